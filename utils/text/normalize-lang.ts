/** A language tag in BCP 47 form ("zh_cn" -> "zh-CN", "EN-us" -> "en-US"), or null when it is not one. */
export function normalizeLang(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // One tag, or the first of a list such as "de-DE, en".
  const first =
    raw
      .trim()
      .split(/\s*[,;]\s*/)[0]
      ?.replace(/_/g, '-') ?? '';
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(first)) return null;
  const [lang, ...rest] = first.split('-');
  const parts = [lang!.toLowerCase()];
  for (const part of rest) {
    if (part.length === 2) parts.push(part.toUpperCase());
    else if (part.length === 4) parts.push(part[0]!.toUpperCase() + part.slice(1).toLowerCase());
    else parts.push(part.toLowerCase());
  }
  try {
    return Intl.getCanonicalLocales(parts.join('-'))[0] ?? null;
  } catch {
    return null;
  }
}
