/**
 * A plain text as PDF/A-2b pages in DejaVu Sans: every line as it was (leading spaces
 * and runs of spaces kept), long lines wrapped, a form feed starts a page. The format
 * change vouches that the content stayed complete, so a character the font cannot show
 * refuses the conversion (naming it and its line) instead of printing "?".
 */
import { CONVERSION_LIMITS } from '../../../../common/contract/conversion';
import { createDocument } from '../../pdf/documentInfo';
import { embedFonts, type FontSet } from '../../pdf/fonts';
import { mm, Pen } from '../../pdf/pen';
import type { ColorProfile } from '../../pdf/pdfa/colorProfile';
import { codePointLabel } from '../../pdf/pdfa/glyphs';
import { savePdfA } from '../../pdf/pdfa/savePdfA';
import { longestFittingPrefix } from '../../pdf/textLayout';
import { A4 } from '../clauses/clausePage';
import { outputTooManyPages, textMissingGlyph } from '../clauses/errors';

export interface TextPdf {
  pdf: Uint8Array;
  pages: number;
  /** What the rendering changed that the record should say, in Czech. */
  changes: string[];
}

const PAGE = { margin: mm(20), size: 10, leading: 13 };
const TAB = '    ';
/** No line piece of 10 pt DejaVu Sans across the page holds more characters than this. */
const MAX_PIECE_CHARS = 400;

/** Pages, each a list of lines; `\f` ends a page, `\r\n`, `\r`, `\n`, U+2028 and U+2029 end a line. */
function pagesOf(text: string): string[][] {
  return text.split('\f').map((page) => page.split(/\r\n|\r|\n|\u2028|\u2029/));
}

function checkGlyphs(lines: string[][], fonts: FontSet): void {
  let lineNumber = 0;
  for (const page of lines) {
    for (const line of page) {
      lineNumber++;
      for (const char of line) {
        if (char === '\t' || char === ' ') continue;
        if (!fonts.regular.hasGlyph(char.codePointAt(0) ?? 0)) {
          throw textMissingGlyph(char, codePointLabel(char), lineNumber);
        }
      }
    }
  }
}

/**
 * One line in pieces that fit `maxWidth`, broken after the last space that fits (the
 * space itself dropped, as a soft line break does) or, in a word longer than the line,
 * between characters. Spaces inside a piece stay as they were.
 */
export function wrapLine(
  line: string,
  maxWidth: number,
  width: (text: string) => number,
): string[] {
  const pieces: string[] = [];
  let rest = Array.from(line);
  while (rest.length > 0 && width(rest.slice(0, MAX_PIECE_CHARS + 1).join('')) > maxWidth) {
    const fit = longestFittingPrefix(
      rest.slice(0, MAX_PIECE_CHARS),
      (text) => width(text) <= maxWidth,
      1,
    );
    const space = rest.slice(0, fit + 1).lastIndexOf(' ');
    const breakable = space > 0 && rest.slice(0, space).some((char) => char !== ' ');
    if (breakable) {
      pieces.push(rest.slice(0, space).join(''));
      rest = rest.slice(space + 1);
    } else {
      pieces.push(rest.slice(0, fit).join(''));
      rest = rest.slice(fit);
    }
  }
  pieces.push(rest.join(''));
  return pieces;
}

export async function textToPdfA(
  text: string,
  info: { title: string; author: string },
  deps: { fonts: FontSet; colorProfile: ColorProfile; now: Date },
): Promise<TextPdf> {
  const normalized = text.normalize('NFC');
  const changes: string[] = [];
  if (normalized !== text)
    changes.push('Znaky textu sjednoceny do normalizované podoby Unicode (NFC).');
  const source = pagesOf(normalized);
  checkGlyphs(source, deps.fonts);
  if (normalized.includes('\t')) changes.push('Tabulátory v textu nahrazeny čtyřmi mezerami.');

  const doc = await createDocument({
    title: info.title,
    author: info.author,
    subject: 'Prostý text převedený do PDF/A',
    createdAt: deps.now,
  });
  const pen = new Pen(deps.fonts, await embedFonts(doc, deps.fonts));
  const maxWidth = A4.width - 2 * PAGE.margin;
  const perPage = Math.floor((A4.height - 2 * PAGE.margin) / PAGE.leading);
  const measure = (piece: string) => pen.width(piece, PAGE.size, 'regular');

  const laid: string[][] = [];
  for (const page of source) {
    let current: string[] = [];
    for (const line of page) {
      for (const piece of wrapLine(line.replaceAll('\t', TAB), maxWidth, measure)) {
        if (current.length === perPage) {
          laid.push(current);
          current = [];
          if (laid.length >= CONVERSION_LIMITS.pages) {
            throw outputTooManyPages(CONVERSION_LIMITS.pages + 1, CONVERSION_LIMITS.pages);
          }
        }
        current.push(piece);
      }
    }
    laid.push(current);
  }
  if (laid.length > CONVERSION_LIMITS.pages) {
    throw outputTooManyPages(laid.length, CONVERSION_LIMITS.pages);
  }

  const ascent = pen.face('regular').ascent * PAGE.size;
  for (const lines of laid) {
    const page = doc.addPage([A4.width, A4.height]);
    lines.forEach((line, index) => {
      if (line.trim().length === 0) return;
      const baseline = A4.height - PAGE.margin - ascent - index * PAGE.leading;
      pen.draw(page, line, PAGE.margin, baseline, PAGE.size, 'regular');
    });
  }
  const pdf = await savePdfA(doc, { part: 2, colorProfile: deps.colorProfile });
  return { pdf, pages: laid.length, changes };
}
