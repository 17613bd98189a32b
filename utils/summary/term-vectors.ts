import { STOPWORDS } from '../rules/stopwords';
import { hasCjk } from '../text/script';
/** Bag-of-terms vectors for sentence similarity: words in alphabetic scripts, character bigrams in CJK. */

export function terms(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  // (A text without Chinese or Japanese has no word that needs bigrams: no test per word.)
  const cjk = hasCjk(lower);
  for (const m of lower.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0];
    if (cjk && hasCjk(word)) {
      const chars = Array.from(word);
      if (chars.length === 1) out.push(word);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
      continue;
    }
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    // A light suffix strip so "killed"/"kills"/"killing" meet: -ing, -ed, -es or -s off a long word, -s off a short one.
    out.push(stem(word));
  }
  return out;
}

function stem(word: string): string {
  if (word.length > 5) {
    if (word.endsWith('ing')) return word.slice(0, -3);
    if (word.endsWith('ed') || word.endsWith('es')) return word.slice(0, -2);
  }
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

export type Vector = Map<string, number>;

export function termCounts(list: string[]): Vector {
  const v: Vector = new Map();
  for (const t of list) v.set(t, (v.get(t) ?? 0) + 1);
  return v;
}

export function weigh(counts: Vector, idf: Map<string, number>): Vector {
  const v: Vector = new Map();
  for (const [t, c] of counts) v.set(t, c * (idf.get(t) ?? 1));
  return v;
}

/** Each vector's squared length, summed once: a vector is never changed once built. */
const squaredNorms = new WeakMap<Vector, number>();

export function squaredNorm(v: Vector): number {
  let n = squaredNorms.get(v);
  if (n === undefined) {
    n = 0;
    for (const x of v.values()) n += x * x;
    squaredNorms.set(v, n);
  }
  return n;
}

/** (The article's vector has every term of the page: its length is not summed again for each sentence.) */
export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [t, x] of a) {
    const y = b.get(t);
    if (y) dot += x * y;
  }
  const na = squaredNorm(a);
  const nb = squaredNorm(b);
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Inverse document frequency over the sentences of one article (smoothed). */
export function inverseFrequencies(docs: Vector[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log(1 + docs.length / n));
  return idf;
}

/**
 * For each vector, the sum of its cosines with vectors 0..peers-1 (itself left out): the same sums, added in the
 * same order, as calling cosine() for every pair, but each peer is spread once into an array indexed by term, so a
 * pair costs array reads instead of map look-ups.
 */
export function cosineSums(vectors: readonly Vector[], peers: number): number[] {
  const ids = new Map<string, number>();
  const spread = vectors.map((v) => {
    const at = new Int32Array(v.size);
    const weights = new Float64Array(v.size);
    let k = 0;
    for (const [t, x] of v) {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = ids.size));
      at[k] = id;
      weights[k++] = x;
    }
    return { at, weights, norm: squaredNorm(v) };
  });
  const dense = new Float64Array(ids.size);
  const sums = vectors.map(() => 0);
  for (let j = 0; j < peers; j++) {
    const b = spread[j]!;
    for (let k = 0; k < b.at.length; k++) dense[b.at[k]!] = b.weights[k]!;
    for (let i = 0; i < spread.length; i++) {
      if (i === j) continue;
      const a = spread[i]!;
      let dot = 0;
      for (let k = 0; k < a.at.length; k++) {
        const y = dense[a.at[k]!]!;
        if (y) dot += a.weights[k]! * y;
      }
      sums[i]! += a.norm && b.norm ? dot / Math.sqrt(a.norm * b.norm) : 0;
    }
    for (let k = 0; k < b.at.length; k++) dense[b.at[k]!] = 0;
  }
  return sums;
}

/** Distinct adjacent term pairs of a term sequence ("a b c" -> "a b", "b c"). */
export function termPairs(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < list.length; i++) out.add(`${list[i]} ${list[i + 1]}`);
  return out;
}

/** The share of the smaller pair set that the other holds (0 when either has none). */
export function pairOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let shared = 0;
  for (const p of small) if (large.has(p)) shared++;
  return shared / small.size;
}
