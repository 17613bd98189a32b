import { THRESHOLDS } from '../rules/thresholds';
import { letterKey } from '../text/normalize';
import { longestSharedRun } from '../text/shared-run';

/** The paragraph text of an element, in characters. */
function proseChars(el: Element): number {
  return Array.from(el.getElementsByTagName('p')).reduce((n, p) => n + (p.textContent ?? '').trim().length, 0);
}

/**
 * Removes, from a document clone, the next posts an endless-scroll page has already appended under the story: each a
 * box with its own h1 ("Artemis II Successful Return Marks …" under "Meta Outage Hits Facebook, Instagram and
 * Messenger Worldwide"). Readability would take the longest of them for the story. The story's h1 is the one that
 * matches the page's title; a later h1's box goes when it holds none of the story's headline and the story keeps
 * prose of its own without it.
 */
export function removeFollowingPosts(doc: Document, title: string): void {
  const key = letterKey(title);
  const body = doc.body;
  if (!key || !body) return;
  const h1s = Array.from(body.getElementsByTagName('h1')).filter((h) => !h.querySelector('a[rel~="home"]'));
  if (h1s.length < 2) return;
  const own = h1s.find((h) => {
    const k = letterKey(h.textContent ?? '');
    return k.length >= THRESHOLDS.headlineSharedMinChars && (key.includes(k) || k.includes(key));
  });
  if (!own) return;
  let remaining = proseChars(body);
  // Only the h1s after the story's, in document order (linkedom's compareDocumentPosition cannot tell); a page of
  // thousands of h1s is no endless scroll of a few posts.
  for (const h of h1s.slice(h1s.indexOf(own) + 1, h1s.indexOf(own) + 1 + THRESHOLDS.followingPostMaxPosts)) {
    const k = letterKey(h.textContent ?? '');
    if (k.length < THRESHOLDS.headlineSharedMinChars * 3 || longestSharedRun(k, key) >= k.length / 2) continue;
    let box: Element = h;
    while (box.parentElement && box.parentElement !== body && !box.parentElement.contains(own)) box = box.parentElement;
    if (box.contains(own)) continue;
    const chars = proseChars(box);
    if (chars < THRESHOLDS.followingPostMinChars || remaining - chars < THRESHOLDS.followingPostMinChars) continue;
    box.remove();
    remaining -= chars;
  }
}
