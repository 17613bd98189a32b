/** A bounded copy of a DOM subtree into another (inert) document, for pages too large to hand over whole. */

/** Elements left out of the copy: no article text lives in them, and some are heavy. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'video',
  'audio',
  'picture',
  'source',
  'form',
  'input',
  'select',
  'textarea',
  'button',
]);
/** Longer attribute values (inline images, tracking blobs) are left out. */
const MAX_ATTRIBUTE = 2_000;

/** Elements and characters still allowed; elements deeper than `maxDepth` are flattened into their ancestor at that depth (text kept). */
export type CopyBudget = { elements: number; chars: number; maxDepth: number; truncated: boolean };

/** A shallow copy of an element into `out`: attributes kept, except event handlers and huge values. */
export function copyElement(el: Element, out: Document): Element | null {
  let copy: Element;
  try {
    copy = out.createElement(el.localName);
  } catch {
    return null; // a name the parser accepted but createElement refuses: keep the text only
  }
  for (const attr of Array.from(el.attributes)) {
    if (attr.value.length > MAX_ATTRIBUTE || /^on/i.test(attr.name)) continue;
    try {
      copy.setAttribute(attr.name, attr.value);
    } catch {
      // an attribute name the DOM refuses: drop it
    }
  }
  return copy;
}

/** Text that fits the budget: whole when it fits; else, only for the first text, cut at a sentence end. */
function fitText(text: string, budget: CopyBudget, isFirst: boolean): string | null {
  if (text.length <= budget.chars) return text;
  budget.truncated = true;
  if (!isFirst) return null;
  const head = text.slice(0, budget.chars);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('。'));
  return end > 0 ? head.slice(0, end + 1) : head;
}

/**
 * Copies the children of `src` under `into` (which belongs to `out`), in document order, until the budget
 * of elements or characters runs out (then `budget.truncated` is set). Iterative: deep pages cannot
 * overflow the stack. The source is only read.
 */
export function copyLimited(src: Element, into: Element, out: Document, budget: CopyBudget): void {
  const stack: Array<{ node: Node; parent: Element; depth: number }> = [];
  const pushChildren = (node: Node, parent: Element, depth: number): void => {
    const kids: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, parent, depth });
  };
  const startChars = budget.chars;
  pushChildren(src, into, 0);
  while (stack.length > 0) {
    if (budget.elements <= 0 || budget.chars <= 0) {
      budget.truncated = true;
      return;
    }
    const { node, parent, depth } = stack.pop()!;
    if (node.nodeType === 3) {
      const text = fitText(node.nodeValue ?? '', budget, budget.chars === startChars);
      if (text === null) return;
      budget.chars -= text.length;
      parent.appendChild(out.createTextNode(text));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (DROP.has(el.localName.toLowerCase())) continue;
    const copy = depth < budget.maxDepth ? copyElement(el, out) : null;
    if (copy) {
      parent.appendChild(copy);
      budget.elements--;
    }
    pushChildren(el, copy ?? parent, copy ? depth + 1 : depth);
  }
}
