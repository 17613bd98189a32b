/** A text without its accents and other combining marks: "câmara" -> "camara", "À lire" -> "A lire". */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/**
 * A text reduced to its lower-cased letters and digits, for comparing titles and headings whatever their
 * case, punctuation, emoji and spacing: "✅ Why This Matters!" and "why this matters" share one key.
 */
export function letterKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** letterKey without accents: "Céline Coat" and "Celine coat!" share one key. */
export function foldedKey(text: string): string {
  return letterKey(withoutAccents(text));
}
