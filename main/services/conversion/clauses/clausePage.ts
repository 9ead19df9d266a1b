/**
 * One A4 page holding a clause, appended as the document's last page: a bold heading,
 * then blocks of text ("Label: value" with the label in bold), wrapped to the page's
 * width, and room left below them for what the caller draws there (a signature box, the
 * space for a stamp). The clause states facts with legal effect, so no character may
 * silently turn into "?": the clerk's own entries are refused with the character named,
 * text from a certificate (which the clerk cannot change) shows a character the font
 * lacks as its code point.
 */
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { embedFonts, type FontSet } from '../../pdf/fonts';
import { mm, Pen, type Weight } from '../../pdf/pen';
import { codePointLabel, firstMissingGlyph } from '../../pdf/pdfa/glyphs';
import { stripInvisible } from '../../pdf/textSafety';
import type { ClauseBlock, ClauseContent } from './clauseBlocks';
import { clauseMissingGlyph, clauseTooLong } from './errors';

export const A4 = { width: 595.28, height: 841.89 } as const;
export const CLAUSE_MARGIN = mm(22);

export interface DrawnClause {
  /** The clause page. */
  page: PDFPage;
  /** The lowest baseline's descent: where the caller's own drawing may begin (PDF y). */
  bottom: number;
  /** The body text size that fitted. */
  size: number;
  /** The pen with the faces embedded, for what the caller draws below. */
  pen: Pen;
}

const HEADING = { size: 14, leading: 1.3, after: 12 };
const BODY_SIZES = [10.5, 9.5, 8.5, 7.5];
const LEADING = 1.35;
const BLOCK_GAP = 0.55;

interface Word {
  text: string;
  style: Weight;
}

interface LaidLine {
  pieces: { text: string; style: Weight; x: number }[];
  size: number;
  /** Distance from the previous line's baseline (or the top) to this one's. */
  advance: number;
}

/** Every character the face lacks as "<U+XXXX>", so the printed text still says exactly what it is. */
function escapeMissing(text: string, fonts: FontSet): string {
  let out = '';
  for (const char of text) {
    out += fonts.regular.hasGlyph(char.codePointAt(0) ?? 0) ? char : `<${codePointLabel(char)}>`;
  }
  return out;
}

/** The text as it will be drawn (see TextSource in clauseBlocks.ts). */
export function printableBlockText(block: ClauseBlock, fonts: FontSet): string {
  const text = stripInvisible(block.text);
  if (block.source.kind === 'foreign') return escapeMissing(text, fonts);
  const missing = firstMissingGlyph(text, fonts.regular);
  if (missing !== null) {
    if (block.source.kind === 'user')
      throw clauseMissingGlyph(missing, codePointLabel(missing), block.source.field);
    throw new Error(`clause wording uses ${codePointLabel(missing)}, which DejaVu Sans lacks`);
  }
  return text;
}

function wordsOf(text: string, style: Weight): Word[] {
  return text
    .split(' ')
    .filter((word) => word.length > 0)
    .map((word) => ({ text: word, style }));
}

/** A word wider than the line, in pieces that fit (at least one character each). */
function splitWord(word: Word, maxWidth: number, size: number, pen: Pen): Word[] {
  const pieces: Word[] = [];
  let current = '';
  for (const char of word.text) {
    if (current.length > 0 && pen.width(current + char, size, word.style) > maxWidth) {
      pieces.push({ text: current, style: word.style });
      current = '';
    }
    current += char;
  }
  if (current.length > 0) pieces.push({ text: current, style: word.style });
  return pieces;
}

/** Greedy line breaking of words in two weights; each piece keeps its own x. */
function wrapWords(words: Word[], maxWidth: number, size: number, pen: Pen): LaidLine[] {
  const lines: LaidLine[] = [];
  let pieces: LaidLine['pieces'] = [];
  let x = 0;
  const flush = () => {
    if (pieces.length > 0) lines.push({ pieces, size, advance: size * LEADING });
    pieces = [];
    x = 0;
  };
  const fitting = words.flatMap((word) =>
    pen.width(word.text, size, word.style) > maxWidth
      ? splitWord(word, maxWidth, size, pen)
      : [word],
  );
  for (const word of fitting) {
    const width = pen.width(word.text, size, word.style);
    const space = pieces.length > 0 ? pen.width(' ', size, word.style) : 0;
    if (pieces.length > 0 && x + space + width > maxWidth) flush();
    const start = pieces.length > 0 ? x + space : 0;
    pieces.push({ text: word.text, style: word.style, x: start });
    x = start + width;
  }
  flush();
  return lines;
}

function layout(
  pen: Pen,
  content: { heading: string; blocks: { label?: string; text: string }[] },
  width: number,
  size: number,
): { lines: LaidLine[]; height: number } {
  const lines: LaidLine[] = [];
  const heading = wrapWords(wordsOf(content.heading, 'bold'), width, HEADING.size, pen).map(
    (line) => ({ ...line, advance: HEADING.size * HEADING.leading }),
  );
  const bold = pen.face('bold');
  if (heading[0]) heading[0].advance = bold.ascent * HEADING.size;
  lines.push(...heading);
  content.blocks.forEach((block, index) => {
    const words = [...wordsOf(block.label ?? '', 'bold'), ...wordsOf(block.text, 'regular')];
    const wrapped = wrapWords(words, width, size, pen);
    const first = wrapped[0];
    if (first) first.advance += index === 0 ? HEADING.after : size * BLOCK_GAP;
    lines.push(...wrapped);
  });
  const descent = pen.face('regular').descent * size;
  return { lines, height: lines.reduce((sum, line) => sum + line.advance, 0) + descent };
}

/**
 * Appends an A4 page to `doc`, embeds the faces, lays the clause out from the top margin
 * and draws it, leaving `reserve` points above the bottom margin free. The body shrinks
 * in steps when the text is long; when even the smallest size leaves no room, it refuses.
 */
export async function appendClausePage(
  doc: PDFDocument,
  fonts: FontSet,
  content: ClauseContent,
  reserve = 0,
): Promise<DrawnClause> {
  const page = doc.addPage([A4.width, A4.height]);
  const prepared = {
    heading: printableBlockText({ text: content.heading, source: { kind: 'fixed' } }, fonts),
    blocks: content.blocks.map((block) => ({
      label: block.label,
      text: printableBlockText(block, fonts),
    })),
  };
  const pen = new Pen(fonts, await embedFonts(doc, fonts));
  const width = page.getWidth() - 2 * CLAUSE_MARGIN;
  const room = page.getHeight() - 2 * CLAUSE_MARGIN - reserve;
  for (const size of BODY_SIZES) {
    const laid = layout(pen, prepared, width, size);
    if (laid.height > room) continue;
    let baseline = page.getHeight() - CLAUSE_MARGIN;
    for (const line of laid.lines) {
      baseline -= line.advance;
      pen.drawLine(
        page,
        line.pieces.map((piece) => ({ ...piece, x: CLAUSE_MARGIN + piece.x })),
        baseline,
        line.size,
      );
    }
    return { page, bottom: baseline - pen.face('regular').descent * size, size, pen };
  }
  throw clauseTooLong();
}
