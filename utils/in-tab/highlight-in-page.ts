/**
 * Runs IN THE ARTICLE TAB via `scripting.executeScript({ func: highlightInPage, args: [sentence] })`.
 * It must stay self-contained: Chrome serialises the function's source, so it may not use imports,
 * module constants or helpers defined outside its body.
 *
 * Finds the sentence in the live page text (whitespace ignored, so it matches across element
 * boundaries and however the page wraps its lines), scrolls it to the middle of the view and
 * highlights it: the CSS Custom Highlight API where available (no DOM change at all besides a
 * <style> element that is removed again), else temporary overlay boxes. Both go away on the next
 * jump, on the reader's next click or key press in the page, or after HOLD_MS.
 * Returns whether the sentence was found.
 */
export function highlightInPage(sentence: string): boolean {
  const NAME = 'news-lens';
  const HOLD_MS = 15000;
  const scope = globalThis as unknown as { __newsLensClearHighlight?: () => void };
  scope.__newsLensClearHighlight?.();

  const isSpace = (ch: string) => /[\s\u200b-\u200d\u2060]/.test(ch);
  const squeeze = (text: string) =>
    Array.from(text)
      .filter((ch) => !isSpace(ch))
      .join('');

  // One string of all visible-ish text with whitespace removed, and where each character came from.
  const nodes: Text[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  let haystack = '';
  const skip = 'script,style,noscript,template,textarea,select,head';
  const root = document.body ?? document.documentElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const index = nodes.push(node as Text) - 1;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (isSpace(ch)) continue;
      haystack += ch;
      nodeOf.push(index);
      offsetOf.push(i);
    }
  }

  const rangeAt = (start: number, length: number): Range => {
    const range = document.createRange();
    range.setStart(nodes[nodeOf[start]!]!, offsetOf[start]!);
    const last = start + length - 1;
    range.setEnd(nodes[nodeOf[last]!]!, offsetOf[last]! + 1);
    return range;
  };
  const find = (needle: string): Range | null => {
    if (needle.length === 0) return null;
    let first: Range | null = null;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const range = rangeAt(at, needle.length);
      if (range.getClientRects().length > 0) return range; // prefer a visible copy
      first ??= range;
    }
    return first;
  };

  const needle = squeeze(sentence.replace(/\s\|\s/g, ' ')).replace(/[.…]+$/, '');
  const range = find(needle) ?? (needle.length > 40 ? find(needle.slice(0, 40)) : null);
  if (!range) return false;

  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });

  const cleanups: Array<() => void> = [];
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightCtor = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (registry && HighlightCtor) {
    const style = document.createElement('style');
    style.textContent = `::highlight(${NAME}){background-color:#ffd43b;color:#111}`;
    (document.head ?? document.documentElement).append(style);
    registry.set(NAME, new HighlightCtor(range));
    cleanups.push(() => {
      registry.delete(NAME);
      style.remove();
    });
  } else {
    // Fallback: boxes over the sentence, in document coordinates, ignoring the pointer.
    const layer = document.createElement('div');
    layer.setAttribute('aria-hidden', 'true');
    layer.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483647';
    for (const rect of Array.from(range.getClientRects())) {
      const box = document.createElement('div');
      box.style.cssText = `position:absolute;left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px;background:rgba(255,212,59,.45);outline:2px solid #f59f00;border-radius:2px`;
      layer.append(box);
    }
    document.documentElement.append(layer);
    cleanups.push(() => layer.remove());
  }

  const clear = () => {
    clearTimeout(timer);
    removeEventListener('pointerdown', clear, true);
    removeEventListener('keydown', clear, true);
    for (const cleanup of cleanups) cleanup();
    if (scope.__newsLensClearHighlight === clear) delete scope.__newsLensClearHighlight;
  };
  const timer = setTimeout(clear, HOLD_MS);
  addEventListener('pointerdown', clear, true);
  addEventListener('keydown', clear, true);
  scope.__newsLensClearHighlight = clear;
  return true;
}
