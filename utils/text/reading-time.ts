/** Words (or CJK characters) in a text. */
export function countWords(text: string, lang: string | null): number {
  const segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: 'word' });
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}

export function readingMinutes(text: string, lang: string | null): number {
  return Math.max(1, Math.round(countWords(text, lang) / 230));
}
