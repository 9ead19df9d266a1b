/**
 * Reads a count the clerk typed (sheets, attachments) without guessing: whole numbers
 * and decimals become numbers, so the domain rules can say "negative" or "not a whole
 * number"; anything else (words, an empty box, "1e3", "12abc") becomes NaN, which the
 * rules report as "not a number". `Number()` alone would turn "" into 0 and "0x1f" into 31.
 */
export function parseCount(text: string): number {
  const trimmed = text.trim();
  if (/^[+-]?\d+$/.test(trimmed)) return Number(trimmed);
  // Czech writes decimals with a comma; either way it is not a count of sheets.
  if (/^[+-]?\d+[.,]\d+$/.test(trimmed)) return Number(trimmed.replace(',', '.'));
  return Number.NaN;
}
