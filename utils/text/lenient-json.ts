/**
 * JSON as pages really write it in their JSON-LD: wrapped in `<![CDATA[ ... ]]>` or an HTML comment, with
 * trailing commas, raw line breaks inside strings, or several objects one after another. Returns undefined when
 * even the repaired text is no JSON.
 */
export function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // repaired below
  }
  const unwrapped = text
    .replace(/\/\*\s*<!\[CDATA\[\s*\*\/|\/\*\s*\]\]>\s*\*\//g, '')
    .replace(/^\s*(?:<!\[CDATA\[|<!--)/, '')
    .replace(/(?:\]\]>|-->)\s*$/, '')
    .trim();
  const repaired = repair(unwrapped);
  for (const candidate of [repaired, `[${repaired}]`]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // next
    }
  }
  return undefined;
}

/** One pass outside strings: drops commas before a closing bracket, puts a comma between top-level objects. */
function repair(text: string): string {
  let out = '';
  let inString = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') {
        out += ch + (text[i + 1] ?? '');
        i++;
      } else if (ch === '"') {
        inString = false;
        out += ch;
      } else out += ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : ch;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (depth === 0 && ch === '{' && /\}\s*$/.test(out)) out += ',';
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      out = out.replace(/,\s*$/, '');
    }
    out += ch;
  }
  return out;
}
