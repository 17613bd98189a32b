import { findBody, visibleTextLength } from './measure-page';

const MAX_FRAMES = 20;

/**
 * Frames: the content script runs in the top frame only (executeScript without allFrames). When the top
 * page has no article of its own, a same-origin <iframe> or <frame> can still be read through
 * `contentDocument`; cross-origin frames cannot (null or a SecurityError), and are reported as such.
 * Returns the same-origin frame document with the most text, and whether any frame was unreadable.
 */
export function findFrameDocument(doc: Document): { frameDoc: Document | null; hasFrames: boolean } {
  const frames = Array.from(doc.querySelectorAll('iframe, frame')).slice(0, MAX_FRAMES);
  let frameDoc: Document | null = null;
  let best = 0;
  for (const frame of frames) {
    let inner: Document | null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument ?? null;
    } catch {
      inner = null;
    }
    const body = inner ? findBody(inner) : null;
    const length = body ? visibleTextLength(body) : 0;
    if (inner && length > best) [frameDoc, best] = [inner, length];
  }
  return { frameDoc, hasFrames: frames.length > 0 };
}
