import { THRESHOLDS } from '../rules/thresholds';

/**
 * Readability deletes every <aside> inside the article it picks (`_prepArticle`). A site that wraps its story in
 * one (Rhein-Neckar-Zeitung's `<aside class="nfy-pa-direct-content">` around the headline and the text) loses the
 * whole story, and the page looks empty. In the (cloned) document, an aside holding the page's headline (its
 * first h1) or the story's marked body (`itemprop="articleBody"`), with paragraphs of its own, becomes a <div>.
 */
export function protectArticleAsides(doc: Document): void {
  const headline = doc.querySelector('h1');
  for (const box of Array.from(doc.querySelectorAll('aside'))) {
    const holdsStory =
      (headline && box.contains(headline)) ||
      box.querySelector('[itemprop~="articleBody"], [itemprop~="articlebody"]') !== null;
    if (!holdsStory) continue;
    const text = Array.from(box.querySelectorAll('p')).reduce((n, p) => n + (p.textContent ?? '').trim().length, 0);
    if (text < THRESHOLDS.articleAsideMinChars) continue;
    const div = doc.createElement('div');
    for (const { name, value } of Array.from(box.attributes)) div.setAttribute(name, value);
    while (box.firstChild) div.appendChild(box.firstChild);
    box.replaceWith(div);
  }
}
