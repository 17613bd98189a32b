import { DROP_CAP_CLASS_WORDS, classWordPattern } from '../rules/class-names';

/** A drop cap's element, by its class: "dropcap", "drop-cap", "g-drop", "first-letter". */
const DROP_CAP_CLASS = classWordPattern(DROP_CAP_CLASS_WORDS, { whole: true });

/**
 * A drop cap set in its own element and followed by white space in the markup ("<span class="g-drop">T</span>
 * <span>he Smithsonian’s</span>") reads "T he" as text; CSS floats it beside its word. The white space between the
 * letter and the rest of its word is removed, in the document given (extraction works on a clone).
 */
export function joinDropCaps(doc: Document): void {
  for (const el of Array.from(doc.body?.querySelectorAll('[class]') ?? [])) {
    if (!DROP_CAP_CLASS.test(el.getAttribute('class') ?? '')) continue;
    if (!/^\p{L}{1,2}$/u.test((el.textContent ?? '').trim())) continue;
    // The white space after it, and the word's rest right after that (a letter, maybe inside the next element).
    const next = el.nextSibling;
    if (!next || next.nodeType !== 3 || /\S/.test(next.nodeValue ?? '')) continue;
    const after = next.nextSibling;
    const rest = after?.textContent ?? '';
    if (!/^\p{Ll}/u.test(rest)) continue;
    next.parentNode?.removeChild(next);
  }
}
