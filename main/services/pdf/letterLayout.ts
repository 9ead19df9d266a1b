import type { RunLine, TextRun } from '../../../common/letters/model';
import type { LetterStyle } from './letterFonts';
import type { PlacedText } from './letterPen';
import type { TextMeasurer } from './textLayout';

/**
 * Line breaking for text in several styles (the letter body, the subject line). Text
 * breaks at spaces only; a word may change style inside ("**Horní** Lhota" is two
 * words, "**po**dání" one). Widths come from the same measurers that pen.ts and
 * textLayout.ts use, so what is measured is what is drawn.
 */

export type MeasurerOf = (style: LetterStyle) => TextMeasurer;

export interface Segment {
  text: string;
  style: LetterStyle;
  width: number;
}

export interface Word {
  segments: Segment[];
  width: number;
  /** Width of the space that follows the word (in the style it was typed in). */
  spaceAfter: number;
}

export interface LaidLine {
  words: Word[];
  /** Width without any stretching. */
  width: number;
  /** Stretch to the full width (justified text, not the last line before a break). */
  stretch: boolean;
}

export function styleOf(run: Pick<TextRun, 'bold' | 'italic'>): LetterStyle {
  if (run.bold) return run.italic ? 'boldItalic' : 'bold';
  return run.italic ? 'italic' : 'regular';
}

/** The words of one line of runs, each with its measured pieces. */
export function toWords(line: RunLine, size: number, measurerOf: MeasurerOf): Word[] {
  const words: Word[] = [];
  let segments: Segment[] = [];
  const finish = (spaceStyle: LetterStyle | null) => {
    if (segments.length === 0) return;
    words.push({
      segments,
      width: segments.reduce((sum, segment) => sum + segment.width, 0),
      spaceAfter: spaceStyle ? measurerOf(spaceStyle).width(' ', size) : 0,
    });
    segments = [];
  };
  for (const run of line) {
    const style = styleOf(run);
    const measure = measurerOf(style);
    run.text.split(' ').forEach((part, index) => {
      if (index > 0) finish(style);
      if (part.length > 0) segments.push({ text: part, style, width: measure.width(part, size) });
    });
  }
  finish(null);
  return words;
}

/** A word wider than the line, cut between characters into pieces that fit. */
function splitWord(word: Word, maxWidth: number, size: number, measurerOf: MeasurerOf): Word[] {
  const pieces: Word[] = [];
  let segments: Segment[] = [];
  let width = 0;
  const flush = () => {
    if (segments.length === 0) return;
    pieces.push({ segments, width, spaceAfter: 0 });
    segments = [];
    width = 0;
  };
  for (const segment of word.segments) {
    const measure = measurerOf(segment.style);
    for (const char of Array.from(segment.text)) {
      const charWidth = measure.width(char, size);
      if (width + charWidth > maxWidth && width > 0) flush();
      const last = segments[segments.length - 1];
      if (last && last.style === segment.style) {
        last.text += char;
        last.width += charWidth;
      } else segments.push({ text: char, style: segment.style, width: charWidth });
      width += charWidth;
    }
  }
  flush();
  const last = pieces[pieces.length - 1];
  if (last) last.spaceAfter = word.spaceAfter;
  return pieces;
}

/**
 * Greedy breaking of one typed line into lines of `maxWidth`. With `justify`, every
 * line but the last stretches to the full width.
 */
export function wrapWords(
  words: Word[],
  maxWidth: number,
  size: number,
  measurerOf: MeasurerOf,
  justify: boolean,
): LaidLine[] {
  const lines: LaidLine[] = [];
  let current: Word[] = [];
  let width = 0;
  const flush = () => {
    if (current.length === 0) return;
    lines.push({ words: current, width, stretch: justify });
    current = [];
    width = 0;
  };
  const fitting = words.flatMap((word) =>
    word.width > maxWidth ? splitWord(word, maxWidth, size, measurerOf) : [word],
  );
  for (const word of fitting) {
    let gap = current[current.length - 1]?.spaceAfter ?? 0;
    if (current.length > 0 && width + gap + word.width > maxWidth) {
      flush();
      gap = 0;
    }
    current.push(word);
    width += gap + word.width;
  }
  flush();
  const last = lines[lines.length - 1];
  if (last) last.stretch = false;
  return lines;
}

export type Align = 'left' | 'center' | 'right';

/**
 * The pieces of a laid line at their x positions. A stretched line spreads the spare
 * width over its gaps; every word but the last keeps its space, so copied text and
 * text extraction see the words apart.
 */
export function placeLine(
  line: LaidLine,
  left: number,
  maxWidth: number,
  align: Align = 'left',
): PlacedText[] {
  const gaps = line.words.length - 1;
  const extra = line.stretch && gaps > 0 ? Math.max(0, maxWidth - line.width) / gaps : 0;
  let x = left;
  if (!line.stretch && align === 'center') x += (maxWidth - line.width) / 2;
  if (!line.stretch && align === 'right') x += maxWidth - line.width;
  const pieces: PlacedText[] = [];
  line.words.forEach((word, index) => {
    const isLast = index === gaps;
    word.segments.forEach((segment, segmentIndex) => {
      const trailing = !isLast && segmentIndex === word.segments.length - 1 ? ' ' : '';
      pieces.push({ text: segment.text + trailing, style: segment.style, x });
      x += segment.width;
    });
    x += word.spaceAfter + extra;
  });
  return pieces;
}

/** Lays out one typed line of runs (used for short texts such as the subject). */
export function layoutRuns(
  line: RunLine,
  maxWidth: number,
  size: number,
  measurerOf: MeasurerOf,
  justify = false,
): LaidLine[] {
  return wrapWords(toWords(line, size, measurerOf), maxWidth, size, measurerOf, justify);
}
