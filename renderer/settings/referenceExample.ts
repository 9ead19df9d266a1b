import { checkReferenceMask, formatReferenceNumber } from '../../common/domain/referenceNumber';

/** Stands in for an abbreviation not typed yet, so the example still shows the shape. */
export const MISSING_ABBREVIATION = '…';

/**
 * The number the next registration would get with this mask and abbreviation, or
 * null while the mask is not valid (the form says why next to it).
 */
export function exampleReferenceNumber(
  mask: string,
  abbreviation: string,
  sequence: number,
  year: number,
): string | null {
  const trimmed = mask.trim();
  if (checkReferenceMask(trimmed).length > 0) return null;
  const abbr = abbreviation.trim().replace(/\s+/g, ' ') || MISSING_ABBREVIATION;
  return formatReferenceNumber(trimmed, { abbreviation: abbr, sequence, year });
}
