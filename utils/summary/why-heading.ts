import { stripEmoji } from '../text/strip-emoji';

/** Headings that introduce a "why this matters" part, in several languages (matched on the whole heading). */
const WHY_HEADINGS: RegExp[] = [
  /^(?:so )?why (?:this|it|that) (?:matters|is important)$/i,
  /^why does (?:this|it) matter$/i,
  /^what (?:it|this) means(?: for (?:you|us))?$/i,
  /^(?:key )?takeaways$/i,
  /^(?:the )?(?:key|main) (?:takeaways|points)$/i,
  /^the big picture$/i,
  /^为什么(?:这|此事|它)?(?:很)?重要$/u,
  /^为何重要$/u,
  /^(?:重要|意义|要点)$/u,
  /^なぜ重要(?:か|なのか)?$/u,
  /^(?:ポイント|要点)$/u,
  /^warum (?:das|es|dies) wichtig ist$/i,
  /^was (?:das|es) bedeutet$/i,
  /^(?:das )?wichtigste in kürze$/i,
  /^por qu[ée] (?:importa|es importante)$/i,
  /^qu[ée] significa$/i,
  /^pourquoi (?:c'est|c’est|cela est) important$/i,
  /^ce qu'il faut retenir$/i,
  /^por que (?:isso )?importa$/i,
  /^왜 중요한가$/u,
];

/** A heading without emoji and trailing punctuation, for display and matching. */
export function cleanHeading(text: string): string {
  return stripEmoji(text)
    .replace(/^[\s\-–—•:：#]+|[\s\-–—•:：]+$/gu, '')
    .trim();
}

export function isWhyHeading(text: string | null): boolean {
  if (!text) return false;
  const clean = cleanHeading(text).replace(/^[¿¡]+|[?？!！.。]+$/gu, '');
  return WHY_HEADINGS.some((re) => re.test(clean));
}
