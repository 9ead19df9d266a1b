/**
 * Reference numbers (čísla jednací) are produced from a mask such as
 * `{abbr} {seq}/{year}`. The sequence runs per evidence period (calendar year).
 */

export const DEFAULT_REFERENCE_MASK = '{abbr} {seq}/{year}';

const TOKEN = /\{(abbr|seq|year|yy)(?::(\d))?\}/g;
const ANY_TOKEN = /\{[^}]*\}/g;

export interface ReferenceParts {
  abbreviation: string;
  sequence: number;
  year: number;
}

export type MaskProblem =
  | { code: 'mask.empty' }
  | { code: 'mask.missingSequence' }
  | { code: 'mask.missingYear' }
  | { code: 'mask.unknownToken'; token: string }
  | { code: 'mask.tooLong' };

/** Checks a mask; returns the problems in the order a user should fix them. */
export function checkReferenceMask(mask: string): MaskProblem[] {
  const problems: MaskProblem[] = [];
  if (mask.trim().length === 0) return [{ code: 'mask.empty' }];
  if (mask.length > 60) problems.push({ code: 'mask.tooLong' });
  for (const match of mask.matchAll(ANY_TOKEN)) {
    TOKEN.lastIndex = 0;
    if (!TOKEN.test(match[0])) problems.push({ code: 'mask.unknownToken', token: match[0] });
  }
  if (!/\{seq(?::\d)?\}/.test(mask)) problems.push({ code: 'mask.missingSequence' });
  // Without the year two periods would hand out the same number.
  if (!/\{(year|yy)\}/.test(mask)) problems.push({ code: 'mask.missingYear' });
  return problems;
}

export function formatReferenceNumber(mask: string, parts: ReferenceParts): string {
  return mask.replace(TOKEN, (_all, name: string, width: string | undefined) => {
    switch (name) {
      case 'abbr':
        return parts.abbreviation;
      case 'seq':
        return width ? String(parts.sequence).padStart(Number(width), '0') : String(parts.sequence);
      case 'year':
        return String(parts.year);
      default:
        return String(parts.year % 100).padStart(2, '0');
    }
  });
}

/** Sort key of the journal: period first, then sequence. */
export function journalOrder(year: number, sequence: number): number {
  return year * 1_000_000 + sequence;
}
