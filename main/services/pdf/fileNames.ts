import { stripInvisible } from './textSafety';

const MAX_PART_LENGTH = 80;

/** ASCII letters without diacritics: "Řízení" → "Rizeni". */
function withoutDiacritics(text: string): string {
  return stripInvisible(text)
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '');
}

/**
 * A piece of a file name that is safe on Windows, macOS and Linux: every character
 * other than ASCII letters, digits, "." , "_" and "-" (so also "/", "\", ":", spaces,
 * reserved names' building blocks) becomes "-"; no leading dots, no runs of dashes.
 * "OUHL 12/2026" → "OUHL-12-2026".
 */
export function fileNamePart(text: string, fallback: string): string {
  const part = withoutDiacritics(text)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_PART_LENGTH)
    .replace(/[-.]+$/, '');
  return part.length > 0 ? part : fallback;
}

/** Lower-case dash-separated words: "1. čtvrtletí 2026" → "1-ctvrtleti-2026". */
export function slug(text: string, fallback: string): string {
  const part = withoutDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_PART_LENGTH)
    .replace(/-+$/, '');
  return part.length > 0 ? part : fallback;
}

export function stampFileName(referenceNumber: string): string {
  return `podaci-razitko-${fileNamePart(referenceNumber, 'bez-cisla')}.pdf`;
}

export function journalFileName(periodLabel: string): string {
  return `podaci-denik-${slug(periodLabel, 'obdobi')}.pdf`;
}
