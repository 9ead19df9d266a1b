/**
 * Letter text comes from clerks, who paste it from mail, web pages and word
 * processors. What prints must be what they see: control characters, bidi overrides
 * and zero-width characters go, every kind of space becomes a plain space. This is the
 * same rule main's textSafety.ts applies to labels; it lives here too because the
 * live preview in the renderer must show exactly what the PDF will print.
 */

// Whitespace other than the line feed, which the body markup reads as a line break.
// U+00A0 stays: a no-break space must not break.
const SPACES = /[\t\v\f\r \u0085\u1680\u2000-\u200a\u2028\u2029\u205f\u3000]+/gu;

// Cc: control characters; Cf: format characters (bidi embeddings, overrides and
// isolates, LRM/RLM, zero-width space and joiners, soft hyphen, BOM, tags);
// variation selectors, which only pick a presentation of the preceding character.
const INVISIBLE = /[\p{Cc}\p{Cf}\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;

/** One line of text as it prints: NFC, invisible characters removed, single spaces, trimmed. */
export function cleanLine(text: string): string {
  return text
    .normalize('NFC')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The lines of a multi-line text (CR LF, CR or LF). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
