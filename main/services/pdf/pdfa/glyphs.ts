import { ServiceError } from '../../../../common/contract/envelope';
import type { FontFace } from '../fonts';
import { stripInvisible } from '../textSafety';

/** "U+4E2D": the code point as Unicode names it. */
export function codePointLabel(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first character of `text` that the face cannot draw, or null when it can draw
 * them all. Only what would be drawn counts: the text as NFC, without the invisible
 * and reordering characters the renderers strip (see textSafety.ts), with line
 * breaks as spaces.
 */
export function firstMissingGlyph(text: string, face: Pick<FontFace, 'hasGlyph'>): string | null {
  for (const char of stripInvisible(text)) {
    if (!face.hasGlyph(char.codePointAt(0) ?? 0)) return char;
  }
  return null;
}

/**
 * Refuses text the face cannot draw. A letter must print what its author wrote, so
 * unlike the stamp and the journal (which print "?"), it names the character to replace.
 */
export function assertDrawable(text: string, face: Pick<FontFace, 'hasGlyph'>): void {
  const char = firstMissingGlyph(text, face);
  if (char === null) return;
  const codePoint = codePointLabel(char);
  throw new ServiceError(
    'errors.pdf.missingGlyph',
    `Znak „${char}“ (${codePoint}) v písmu pro PDF chybí — dopis nelze vytvořit. Nahraďte jej jiným znakem.`,
    { char, codePoint },
  );
}
