/**
 * Text that goes onto a PDF page comes from users and from other systems (a subject
 * typed by a clerk, a sender's name from a data message). It is always drawn as
 * text, so HTML or script in it is harmless; what can hurt is what the eye cannot
 * see: control characters, bidi overrides that make "gpj.exe" read as "exe.jpg",
 * zero-width characters, and characters the embedded font has no glyph for (which
 * would print as an empty box or make the layout throw). This module turns any
 * string into one that prints exactly what it says.
 */

/** The one thing the sanitizer needs to know about a font. */
export interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export const MISSING_GLYPH = '?';

// Line and paragraph breaks and the wider spaces become a plain space: every field
// printed here is laid out by our own line breaking. U+00A0 stays (it must not break).
const BREAKING_WHITESPACE = /[\t\n\v\f\r \u0085\u1680\u2000-\u200a\u2028\u2029\u205f\u3000]+/gu;

// Cc: control characters; Cf: format characters, which include the bidi embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069), LRM/RLM/ALM, zero-width
// space/joiners, the soft hyphen, BOM and tag characters; variation selectors, which
// only pick a presentation of the preceding (emoji) character.
const INVISIBLE = /[\p{Cc}\p{Cf}\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;

const SPACE_SEPARATOR = /^\p{Zs}$/u;

/**
 * Removes what would be invisible or would reorder the text, for places where no
 * font is involved (the PDF's metadata, file names). Whitespace runs become one space.
 */
export function stripInvisible(text: string): string {
  return text
    .normalize('NFC')
    .replace(BREAKING_WHITESPACE, ' ')
    .replace(INVISIBLE, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Returns `text` as it can be printed with the font: invisible and reordering
 * characters removed, whitespace collapsed to single spaces, and every character
 * the font cannot draw replaced with "?" (a space separator it lacks becomes a space).
 */
export function printableText(text: string, font: GlyphCoverage): string {
  let out = '';
  for (const char of stripInvisible(text)) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (font.hasGlyphForCodePoint(codePoint)) out += char;
    else out += SPACE_SEPARATOR.test(char) ? ' ' : MISSING_GLYPH;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/** `printableText` bound to one font, remembering which code points it has. */
export function createTextSanitizer(font: GlyphCoverage): (text: string) => string {
  const known = new Map<number, boolean>();
  const cached: GlyphCoverage = {
    hasGlyphForCodePoint(codePoint) {
      let has = known.get(codePoint);
      if (has === undefined) {
        has = font.hasGlyphForCodePoint(codePoint);
        known.set(codePoint, has);
      }
      return has;
    },
  };
  return (text) => printableText(text, cached);
}
