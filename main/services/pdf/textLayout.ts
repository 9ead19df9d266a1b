/**
 * Measuring, fitting and wrapping text for fixed boxes (a label line, a table cell).
 * Text given to these functions is already printable (see textSafety.ts): single
 * spaces, no line breaks.
 */

/** Width of text in points; what a laid-out font must answer. */
export interface TextMeasurer {
  width(text: string, size: number): number;
}

/** The parts of a fontkit font the measurer reads. */
export interface LayoutFont {
  unitsPerEm: number;
  layout(text: string): { glyphs: ReadonlyArray<{ advanceWidth: number }> };
}

const ELLIPSIS = '…';
const WORD_CACHE_LIMIT = 50_000;

/**
 * Measures as pdf-lib draws: the font's shaping decides the glyphs (ligatures,
 * contextual forms) and each glyph advances by its width; pdf-lib writes no kerning.
 * Shaping is the slow part, so widths are remembered per word — a journal of
 * thousands of rows repeats the same names and words again and again.
 */
export function createMeasurer(font: LayoutFont): TextMeasurer {
  const words = new Map<string, number>();
  const scale = 1 / font.unitsPerEm;

  function wordUnits(word: string): number {
    let units = words.get(word);
    if (units === undefined) {
      units = 0;
      for (const glyph of font.layout(word).glyphs) units += glyph.advanceWidth;
      if (words.size >= WORD_CACHE_LIMIT) words.clear();
      words.set(word, units);
    }
    return units;
  }

  return {
    width(text, size) {
      if (text.length === 0) return 0;
      const parts = text.split(' ');
      let units = wordUnits(' ') * (parts.length - 1);
      for (const part of parts) if (part.length > 0) units += wordUnits(part);
      return units * scale * size;
    },
  };
}

/**
 * How many of `chars` make the longest start that `fits`, found by halving (the width of
 * a start grows with its length); never fewer than `least`, whether they fit or not.
 */
export function longestFittingPrefix(
  chars: string[],
  fits: (candidate: string) => boolean,
  least = 0,
): number {
  let low = least;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(chars.slice(0, middle).join(''))) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * `text` cut to `maxWidth` with an ellipsis where something was cut. With `force`
 * the ellipsis is added even when the text fits (the caller dropped what followed).
 */
export function truncateToWidth(
  text: string,
  maxWidth: number,
  size: number,
  measure: TextMeasurer,
  force = false,
): string {
  if (!force && measure.width(text, size) <= maxWidth) return text;
  const chars = Array.from(text);
  const kept = longestFittingPrefix(
    chars,
    (candidate) => measure.width(candidate.trimEnd() + ELLIPSIS, size) <= maxWidth,
  );
  if (kept === 0) return measure.width(ELLIPSIS, size) <= maxWidth ? ELLIPSIS : '';
  return chars.slice(0, kept).join('').trimEnd() + ELLIPSIS;
}

export interface FittedLine {
  text: string;
  size: number;
}

/**
 * One line that must stay inside `maxWidth`: first the font shrinks (down to
 * `minSize`), then the text is cut with an ellipsis.
 */
export function fitLine(
  text: string,
  maxWidth: number,
  sizes: { size: number; minSize: number },
  measure: TextMeasurer,
): FittedLine {
  const natural = measure.width(text, sizes.size);
  if (natural <= maxWidth) return { text, size: sizes.size };
  // Width is proportional to size, so the size that fits is computed, not searched.
  const shrunk = Math.floor(((sizes.size * maxWidth) / natural) * 4) / 4;
  if (shrunk >= sizes.minSize && measure.width(text, shrunk) <= maxWidth) {
    return { text, size: shrunk };
  }
  return {
    text: truncateToWidth(text, maxWidth, sizes.minSize, measure),
    size: sizes.minSize,
  };
}

/** Splits a word wider than the box into pieces that fit (at least one character each). */
function breakWord(word: string, maxWidth: number, size: number, measure: TextMeasurer): string[] {
  const pieces: string[] = [];
  let rest = Array.from(word);
  while (rest.length > 0) {
    const kept = Math.max(
      1,
      longestFittingPrefix(rest, (candidate) => measure.width(candidate, size) <= maxWidth),
    );
    pieces.push(rest.slice(0, kept).join(''));
    rest = rest.slice(kept);
  }
  return pieces;
}

/**
 * Greedy line breaking at spaces; a word that alone is wider than the box is broken
 * between characters. With `maxLines`, the last kept line ends with an ellipsis.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  measure: TextMeasurer,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  if (text.length === 0) return [];
  const lines: string[] = [];
  const spaceWidth = measure.width(' ', size);
  let line = '';
  let lineWidth = 0;

  for (const word of text.split(' ')) {
    if (word.length === 0) continue;
    const wordWidth = measure.width(word, size);
    if (line.length > 0 && lineWidth + spaceWidth + wordWidth <= maxWidth) {
      line += ` ${word}`;
      lineWidth += spaceWidth + wordWidth;
      continue;
    }
    if (line.length > 0) lines.push(line);
    if (wordWidth <= maxWidth) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    const pieces = breakWord(word, maxWidth, size, measure);
    const last = pieces.pop() ?? '';
    lines.push(...pieces);
    line = last;
    lineWidth = measure.width(last, size);
  }
  if (line.length > 0) lines.push(line);

  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines));
  if (kept.length > 0) {
    const lastIndex = kept.length - 1;
    kept[lastIndex] = truncateToWidth(kept[lastIndex] ?? '', maxWidth, size, measure, true);
  }
  return kept;
}
