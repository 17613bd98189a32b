/**
 * Scoring of a page's related-link list against the hand-judged truth in aeb-dev/related.json
 * (the rules of /work/shared/data/README.md, section "aeb-dev/related.json"). Pure: no I/O.
 *
 * - URLs compare ignoring scheme, a leading `www.`, trailing `/`, the fragment, tracking parameters and
 *   parameter order; on the same host and path, a URL whose remaining parameters are a subset of the other's
 *   also matches.
 * - Per page: items matching an optional link are dropped first; precision = correct / items (a repeat is
 *   wrong); recall@10 = min(found, 10) / min(relevant, 10), relevant = widget + inline links; a page with a
 *   widget module is covered when at least one of its widget links is listed.
 * - Pooled: precision = sum correct / sum items; recall@10 = sum min(found, 10) / sum min(relevant, 10);
 *   module coverage = covered pages / pages with a widget module.
 */

/** Parameter-name prefixes that only track the click (compared without case). */
export const TRACKING_PREFIXES: readonly string[] = ['utm_', 'itm_', 'at_', 'pk_', 'mtm_', 'hsa_', 'intc_', 'ns_'];

/** Parameter names that only track the click: the README's list and the like (compared without case). */
export const TRACKING_NAMES: ReadonlySet<string> = new Set([
  // The README's list.
  'fbclid',
  'gclid',
  'ref',
  'ref_src',
  'cmpid',
  'icid',
  'intcid',
  'ocid',
  'ncid',
  'smid',
  'spm',
  'xtor',
  '_ga',
  // "And the like": click ids and campaign tags of the common ad, mail and analytics tools.
  '_gl',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'wt.mc_id',
  's_cid',
  'cmp',
  'ftag',
  'sr_share',
  'soc_src',
  'soc_trk',
  '__twitter_impression',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
]);

/** Keys as decoded from a query; an `amp;` prefix is a `&amp;` written into an href and names the same key. */
export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase().replace(/^(?:amp;)+/, '');
  return TRACKING_NAMES.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

export type NormalizedUrl = {
  /** Host without case, port kept when not the default, leading `www.` removed. */
  host: string;
  /** Path without trailing slashes ('' for the root), percent-escapes in one form. */
  path: string;
  /** The remaining query parameters as sorted `key=value` strings (tracking removed). */
  params: string[];
  /** host + path + sorted params: equal keys are the same link. */
  key: string;
};

const UNRESERVED = /[\w.~-]/;

/** RFC 3986 normalisation of escapes: hex in upper case, escaped unreserved characters decoded. */
function normalizeEscapes(text: string): string {
  return text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
}

function decodeKey(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

export function normalizeUrl(raw: string): NormalizedUrl {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text.replace(/^\/+/, '')}`);
  } catch {
    return { host: '', path: text, params: [], key: text };
  }
  const host = url.host.toLowerCase().replace(/^www\./, '');
  const path = normalizeEscapes(url.pathname).replace(/\/+$/, '');
  const params = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((piece) => piece !== '')
    .map((piece) => {
      const eq = piece.indexOf('=');
      const key = eq < 0 ? piece : piece.slice(0, eq);
      const value = eq < 0 ? '' : piece.slice(eq + 1);
      return { key: decodeKey(key), value: normalizeEscapes(value.replace(/\+/g, '%20')) };
    })
    .filter((p) => !isTrackingParam(p.key))
    .map((p) => `${encodeURIComponent(p.key)}=${p.value}`)
    .sort();
  const key = `${host}${path}${params.length ? `?${params.join('&')}` : ''}`;
  return { host, path, params, key };
}

const isSubset = (a: readonly string[], b: readonly string[]): boolean => {
  const rest = [...b];
  for (const x of a) {
    const i = rest.indexOf(x);
    if (i < 0) return false;
    rest.splice(i, 1);
  }
  return true;
};

/** 'exact' (same key), 'subset' (same host and path, one's parameters within the other's) or null. */
export function urlMatch(a: NormalizedUrl, b: NormalizedUrl): 'exact' | 'subset' | null {
  if (a.key === b.key) return 'exact';
  if (!a.host || a.host !== b.host || a.path !== b.path) return null;
  return isSubset(a.params, b.params) || isSubset(b.params, a.params) ? 'subset' : null;
}

export function sameLink(a: string, b: string): boolean {
  return urlMatch(normalizeUrl(a), normalizeUrl(b)) !== null;
}

export type RelatedTruth = {
  url: string;
  site: string;
  widget: { url: string; title: string; module: string }[];
  inline: { url: string; title: string }[];
  optional: { url: string; title: string; why: string }[];
  notes?: string;
};

export type TruthKind = 'widget' | 'inline' | 'optional';

export type TruthLink = { url: string; title: string; kind: TruthKind; module?: string; why?: string };

/** What became of one listed item. */
export type Verdict =
  | { kind: 'widget' | 'inline'; truth: TruthLink }
  | { kind: 'optional'; truth: TruthLink }
  | { kind: 'repeat'; truth?: TruthLink }
  | { kind: 'wrong' };

export type ListedItem = { url: string; title: string };

export type PageScore = {
  /** Items as listed, before the optional ones are dropped. */
  listed: number;
  /** Items matching an optional link (neutral). */
  dropped: number;
  /** Items scored: listed - dropped. */
  items: number;
  correct: number;
  /** correct / items, null when nothing is left to score. */
  precision: number | null;
  /** Distinct widget/inline links listed. */
  found: number;
  /** Distinct widget/inline links of the page. */
  relevant: number;
  /** min(found, 10) and min(relevant, 10): the pooled recall@10 sums these. */
  found10: number;
  relevant10: number;
  /** found10 / relevant10, null when the page has no relevant link. */
  recall10: number | null;
  /** Whether the page has a widget module, and then whether one of its widget links is listed. */
  hasWidget: boolean;
  moduleCovered: boolean | null;
  verdicts: { item: ListedItem; verdict: Verdict }[];
  /** Widget and inline links not listed. */
  missed: TruthLink[];
};

export const RECALL_AT = 10;

/**
 * The truth's links. A link given twice (in a widget and in the text, or twice under URLs that match) is one
 * relevant link, kept under its first kind (widget before inline): one listed item can only find it once.
 * The optional list is kept whole.
 */
function truthLinks(truth: RelatedTruth): { relevant: TruthLink[]; optional: TruthLink[] } {
  const relevant: TruthLink[] = [];
  const seen: NormalizedUrl[] = [];
  const push = (link: TruthLink): void => {
    const n = normalizeUrl(link.url);
    if (seen.some((s) => urlMatch(n, s))) return;
    seen.push(n);
    relevant.push(link);
  };
  for (const w of truth.widget) push({ url: w.url, title: w.title, kind: 'widget', module: w.module });
  for (const i of truth.inline) push({ url: i.url, title: i.title, kind: 'inline' });
  const optional = truth.optional.map((o): TruthLink => ({ url: o.url, title: o.title, kind: 'optional', why: o.why }));
  return { relevant, optional };
}

export function scorePage(listed: readonly ListedItem[], truth: RelatedTruth): PageScore {
  const { relevant, optional } = truthLinks(truth);
  const rel = relevant.map((t) => ({ t, n: normalizeUrl(t.url) }));
  const opt = optional.map((t) => ({ t, n: normalizeUrl(t.url) }));
  const claimed = new Set<TruthLink>();
  const seenKeys = new Set<string>();
  const verdicts: PageScore['verdicts'] = [];
  for (const item of listed) {
    const n = normalizeUrl(item.url);
    // The optional links are dropped first. The one exception: an item that is exactly a widget/inline link
    // and only loosely (by the parameter-subset rule) an optional one stays a widget/inline link.
    const optExact = opt.find((o) => urlMatch(n, o.n) === 'exact');
    const relExact = rel.some((r) => urlMatch(n, r.n) === 'exact');
    const optAny = optExact ?? (relExact ? undefined : opt.find((o) => urlMatch(n, o.n)));
    if (optAny) {
      verdicts.push({ item, verdict: { kind: 'optional', truth: optAny.t } });
      continue;
    }
    const repeatOf = (): TruthLink | undefined => rel.find((r) => claimed.has(r.t) && urlMatch(n, r.n))?.t;
    if (seenKeys.has(n.key)) {
      verdicts.push({ item, verdict: { kind: 'repeat', truth: repeatOf() } });
      continue;
    }
    seenKeys.add(n.key);
    const free = rel.filter((r) => !claimed.has(r.t));
    const hit = free.find((r) => urlMatch(n, r.n) === 'exact') ?? free.find((r) => urlMatch(n, r.n));
    if (hit) {
      claimed.add(hit.t);
      verdicts.push({ item, verdict: { kind: hit.t.kind as 'widget' | 'inline', truth: hit.t } });
      continue;
    }
    const earlier = repeatOf();
    verdicts.push({ item, verdict: earlier ? { kind: 'repeat', truth: earlier } : { kind: 'wrong' } });
  }
  const dropped = verdicts.filter((v) => v.verdict.kind === 'optional').length;
  const items = listed.length - dropped;
  const correct = claimed.size;
  const found = claimed.size;
  const found10 = Math.min(found, RECALL_AT);
  const relevant10 = Math.min(relevant.length, RECALL_AT);
  const hasWidget = relevant.some((t) => t.kind === 'widget');
  return {
    listed: listed.length,
    dropped,
    items,
    correct,
    precision: items ? correct / items : null,
    found,
    relevant: relevant.length,
    found10,
    relevant10,
    recall10: relevant10 ? found10 / relevant10 : null,
    hasWidget,
    moduleCovered: hasWidget ? [...claimed].some((t) => t.kind === 'widget') : null,
    verdicts,
    missed: relevant.filter((t) => !claimed.has(t)),
  };
}

export type PooledScore = {
  pages: number;
  listed: number;
  dropped: number;
  items: number;
  correct: number;
  /** sum correct / sum items (null when no page listed a scored item). */
  precision: number | null;
  found10: number;
  relevant10: number;
  /** sum min(found, 10) / sum min(relevant, 10). */
  recall10: number | null;
  widgetPages: number;
  coveredPages: number;
  /** covered pages / pages with a widget module. */
  moduleCoverage: number | null;
};

export function poolScores(pages: readonly PageScore[]): PooledScore {
  const sum = (f: (p: PageScore) => number): number => pages.reduce((s, p) => s + f(p), 0);
  const items = sum((p) => p.items);
  const correct = sum((p) => p.correct);
  const found10 = sum((p) => p.found10);
  const relevant10 = sum((p) => p.relevant10);
  const widgetPages = pages.filter((p) => p.hasWidget).length;
  const coveredPages = pages.filter((p) => p.moduleCovered === true).length;
  return {
    pages: pages.length,
    listed: sum((p) => p.listed),
    dropped: sum((p) => p.dropped),
    items,
    correct,
    precision: items ? correct / items : null,
    found10,
    relevant10,
    recall10: relevant10 ? found10 / relevant10 : null,
    widgetPages,
    coveredPages,
    moduleCoverage: widgetPages ? coveredPages / widgetPages : null,
  };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Words that make up calls to action and generic labels ("Read the full story", "Click here to see more"). */
const LABEL_WORDS = new Set(
  (
    'a about all also an and article articles back click continue continues coverage full gallery go here in ' +
    'keep latest learn link listen load more news next now of on our page photo photos podcast post posts ' +
    'previous prev read reading related see show source stories story tap the this to top video videos view ' +
    'watch website'
  ).split(' '),
);

/**
 * A title that reads like a story's headline: at least four words (or eight CJK characters), and not a bare
 * label (only call-to-action and generic words such as "Read the full story here") nor a bare URL.
 */
export function isStoryTitle(title: string): boolean {
  const text = title.trim();
  if (!text || /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*$/i.test(text)) return false;
  const cjk = text.match(CJK)?.length ?? 0;
  const words = (text.replace(CJK, ' ').match(WORD) ?? []).map((w) => w.toLowerCase());
  if (words.length < 4 && cjk < 8) return false;
  return cjk > 0 || !words.every((w) => LABEL_WORDS.has(w));
}
