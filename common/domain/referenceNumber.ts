/**
 * Reference numbers (čísla jednací) are produced from a mask such as
 * `{abbr} {seq}/{year}`. The sequence runs per evidence period (calendar year).
 */

export const DEFAULT_REFERENCE_MASK = '{abbr} {seq}/{year}';

const TOKEN_SOURCE = String.raw`\{(abbr|seq|year|yy)(?::(\d))?\}`;
/**
 * A fresh regular expression per use: a shared global one carries `lastIndex` from
 * one call into the next (`matchAll` copies it), so a mask checked once would then
 * be read from the middle.
 */
const tokenPattern = () => new RegExp(TOKEN_SOURCE, 'g');
const KNOWN_TOKEN = new RegExp(`^${TOKEN_SOURCE}$`);
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
    if (!KNOWN_TOKEN.test(match[0])) problems.push({ code: 'mask.unknownToken', token: match[0] });
  }
  if (!/\{seq(?::\d)?\}/.test(mask)) problems.push({ code: 'mask.missingSequence' });
  // Without the year two periods would hand out the same number.
  if (!/\{(year|yy)\}/.test(mask)) problems.push({ code: 'mask.missingYear' });
  return problems;
}

export function formatReferenceNumber(mask: string, parts: ReferenceParts): string {
  return mask.replace(tokenPattern(), (_all, name: string, width: string | undefined) => {
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lower case without diacritics, as a user may type a number ("OÚHL" as "ouhl"). */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** A literal part of the mask, with any spacing around it forgiven. */
function literal(chunk: string): string {
  const trimmed = fold(chunk).trim();
  return trimmed ? `\\s*${escapeRegExp(trimmed).replace(/\s+/g, '\\s*')}\\s*` : '\\s*';
}

/**
 * Reads a reference number typed by a user back into its period and sequence, by
 * the organisation's mask ("OUHL 12/2026"), or in the bare form every mask ends in
 * ("12/2026"). Case, spacing and diacritics are forgiven. Null if it is not one.
 */
export function parseReferenceNumber(
  mask: string,
  abbreviation: string,
  text: string,
): { sequence: number; year: number } | null {
  const folded = fold(text).trim().replace(/\s+/g, ' ');
  const patterns = [mask, '{seq}/{year}'];
  for (const pattern of patterns) {
    let source = '';
    let last = 0;
    const groups: Array<'seq' | 'year' | 'yy'> = [];
    for (const match of pattern.matchAll(tokenPattern())) {
      source += literal(pattern.slice(last, match.index));
      const name = match[1] as 'abbr' | 'seq' | 'year' | 'yy';
      if (name === 'abbr') source += literal(abbreviation);
      else {
        groups.push(name);
        // {seq:9} pads to nine digits.
        source += name === 'year' ? '(\\d{4})' : name === 'yy' ? '(\\d{2})' : '(\\d{1,9})';
      }
      last = (match.index ?? 0) + match[0].length;
    }
    source += literal(pattern.slice(last));
    const found = new RegExp(`^${source}$`).exec(folded);
    if (!found) continue;
    let sequence = 0;
    let year = 0;
    groups.forEach((group, index) => {
      const value = Number(found[index + 1]);
      if (group === 'seq') sequence = value;
      else if (group === 'year') year = value;
      else year = 2000 + value;
    });
    // journalOrder keeps six digits for the sequence.
    if (sequence > 0 && sequence < 1_000_000 && year > 0) return { sequence, year };
  }
  return null;
}
