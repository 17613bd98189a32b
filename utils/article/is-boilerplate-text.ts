import { isRelatedHeading } from '../rules/headings';
import { BOILERPLATE_BLOCKS } from '../rules/phrases/boilerplate-lines';
import { THRESHOLDS } from '../rules/thresholds';

/** "Lire aussi | ...", "Related: ...", "相关阅读：..." : a teaser line led by a related-widget label. */
function isLabelledTeaser(text: string): boolean {
  const m = /^(.{2,40}?)\s*[:|：–—»›]\s*\S/u.exec(text);
  return !!m && isRelatedHeading(m[1]!);
}

/** True for a short block of text that is page furniture rather than article prose. */
export function isBoilerplateText(text: string): boolean {
  if (text.length > THRESHOLDS.boilerplateMaxChars) return false;
  return BOILERPLATE_BLOCKS.some((p) => p.test(text)) || isLabelledTeaser(text);
}
