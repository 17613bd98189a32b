/** A new, inert, empty HTML document (no scripts run and nothing loads in it). */
export function createBlankHtmlDocument(doc: Document): Document {
  const impl = (doc as Partial<Document>).implementation;
  if (impl && typeof impl.createHTMLDocument === 'function') return impl.createHTMLDocument();
  // linkedom (Node) has no DOMImplementation: an empty clone of the document plus the skeleton.
  const blank = doc.cloneNode(false) as Document;
  const html = blank.createElement('html');
  html.append(blank.createElement('head'), blank.createElement('body'));
  blank.appendChild(html);
  return blank;
}

/** An inert HTML document holding a plain text as paragraphs (one per non-empty line) under <article>. */
export function htmlDocumentFromText(doc: Document, title: string, text: string): Document {
  const out = createBlankHtmlDocument(doc);
  if (title) {
    const titleEl = out.createElement('title');
    titleEl.textContent = title;
    out.head?.appendChild(titleEl);
  }
  const article = out.createElement('article');
  for (const line of text.split(/\n/)) {
    const clean = line.replace(/\s+/g, ' ').trim();
    if (!clean) continue;
    const p = out.createElement('p');
    p.textContent = clean;
    article.appendChild(p);
  }
  out.body?.appendChild(article);
  return out;
}
