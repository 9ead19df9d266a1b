import { describe, expect, it } from 'vitest';
import { parseInline } from '../../../common/letters/bodyMarkup';
import type { LetterStyle } from './letterFonts';
import { layoutRuns, placeLine, toWords, type MeasurerOf } from './letterLayout';
import type { TextMeasurer } from './textLayout';

/** Every character 1 unit wide per point of size; bold 2 units (easy arithmetic). */
const measurerOf: MeasurerOf = (style: LetterStyle): TextMeasurer => ({
  width: (text, size) =>
    Array.from(text).length * size * (style === 'bold' || style === 'boldItalic' ? 2 : 1),
});

describe('letter line layout', () => {
  it('splits runs into words at spaces only, keeping style changes inside a word', () => {
    const words = toWords(parseInline('**po**dání a *b*'), 1, measurerOf);
    expect(words.map((word) => word.segments.map((s) => `${s.style}:${s.text}`))).toEqual([
      ['bold:po', 'regular:dání'],
      ['regular:a'],
      ['italic:b'],
    ]);
    expect(words[0]).toMatchObject({ width: 8, spaceAfter: 1 });
    expect(words[2]?.spaceAfter).toBe(0);
  });

  it('breaks greedily and stretches all but the last line when justified', () => {
    const lines = layoutRuns(parseInline('aa bb cc dd ee'), 8, 1, measurerOf, true);
    expect(lines.map((line) => line.words.length)).toEqual([3, 2]);
    expect(lines.map((line) => line.stretch)).toEqual([true, false]);
    const placed = placeLine(lines[0]!, 10, 10);
    // 3 words of 2 in 10 units: the two gaps share the 4 spare units.
    expect(placed.map((piece) => piece.x)).toEqual([10, 14, 18]);
    // Words keep a trailing space for text extraction, but the last.
    expect(placed.map((piece) => piece.text)).toEqual(['aa ', 'bb ', 'cc']);
  });

  it('does not stretch left-aligned text', () => {
    const [line] = layoutRuns(parseInline('aa bb cc dd ee'), 8, 1, measurerOf, false);
    expect(placeLine(line!, 0, 10).map((piece) => piece.x)).toEqual([0, 3, 6]);
  });

  it('centres and right-aligns a short line', () => {
    const [line] = layoutRuns(parseInline('abcd'), 10, 1, measurerOf);
    expect(placeLine(line!, 0, 10, 'center')[0]?.x).toBe(3);
    expect(placeLine(line!, 0, 10, 'right')[0]?.x).toBe(6);
  });

  it('cuts a word longer than the line between characters', () => {
    const lines = layoutRuns(parseInline('x abcdefghij'), 4, 1, measurerOf);
    expect(
      lines.map((line) => line.words.map((w) => w.segments.map((s) => s.text).join(''))),
    ).toEqual([['x'], ['abcd'], ['efgh'], ['ij']]);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(4);
  });

  it('measures mixed styles by their own faces', () => {
    const [line] = layoutRuns(parseInline('a **b**'), 100, 2, measurerOf);
    // "a" 2 + space 2 + bold "b" 4.
    expect(line?.width).toBe(8);
  });
});
