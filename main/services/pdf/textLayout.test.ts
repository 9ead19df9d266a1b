import { describe, expect, it } from 'vitest';
import { testFonts } from './testFonts';
import {
  createMeasurer,
  fitLine,
  truncateToWidth,
  wrapText,
  type TextMeasurer,
} from './textLayout';

/** Every character 1 unit wide at size 1: widths are easy to reason about. */
const mono: TextMeasurer = { width: (text, size) => Array.from(text).length * size };

describe('createMeasurer', () => {
  it('measures what the font lays out and remembers each word', async () => {
    let layouts = 0;
    const measurer = createMeasurer({
      unitsPerEm: 1000,
      layout(text) {
        layouts++;
        return { glyphs: Array.from(text, () => ({ advanceWidth: 500 })) };
      },
    });
    expect(measurer.width('ab abc', 10)).toBe(30);
    expect(measurer.width('abc ab', 10)).toBe(30);
    // "ab", " ", "abc" once each.
    expect(layouts).toBe(3);
  });

  it('agrees with pdf-lib on DejaVu Sans widths', async () => {
    const fonts = await testFonts();
    const { PDFDocument } = await import('pdf-lib');
    const { default: fontkit } = await import('@pdf-lib/fontkit');
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont(fonts.bold.bytes, { subset: true });
    for (const text of ['Č. j.: OUHL 123/2026', 'Příloh: 2 listinné', 'fi ffl Wa Tě']) {
      expect(fonts.bold.measure.width(text, 9)).toBeCloseTo(font.widthOfTextAtSize(text, 9), 6);
    }
  });
});

describe('truncateToWidth', () => {
  it('keeps text that fits and cuts what does not, with an ellipsis', () => {
    expect(truncateToWidth('abcdef', 6, 1, mono)).toBe('abcdef');
    expect(truncateToWidth('abcdefgh', 6, 1, mono)).toBe('abcde…');
    expect(truncateToWidth('abc def', 5, 1, mono)).toBe('abc…');
    expect(truncateToWidth('abc', 5, 1, mono, true)).toBe('abc…');
    expect(truncateToWidth('abc', 0.5, 1, mono)).toBe('');
  });
});

describe('fitLine', () => {
  it('shrinks first, then truncates at the minimum size', () => {
    expect(fitLine('abcd', 10, { size: 2, minSize: 1 }, mono)).toEqual({ text: 'abcd', size: 2 });
    expect(fitLine('abcdefgh', 10, { size: 2, minSize: 1 }, mono)).toEqual({
      text: 'abcdefgh',
      size: 1.25,
    });
    expect(fitLine('abcdefghijklmnop', 10, { size: 2, minSize: 1 }, mono)).toEqual({
      text: 'abcdefghi…',
      size: 1,
    });
  });

  it('never returns a line wider than the box (real font, hostile lengths)', async () => {
    const { regular } = await testFonts();
    for (const text of ['W'.repeat(500), 'Řečice '.repeat(80), 'x', '']) {
      for (const maxWidth of [5, 40, 238]) {
        const fitted = fitLine(text, maxWidth, { size: 9, minSize: 6 }, regular.measure);
        expect(regular.measure.width(fitted.text, fitted.size)).toBeLessThanOrEqual(maxWidth);
        expect(fitted.size).toBeGreaterThanOrEqual(6);
      }
    }
  });
});

describe('wrapText', () => {
  it('breaks at spaces, greedily', () => {
    expect(wrapText('aa bb cc dd', 5, 1, mono)).toEqual(['aa bb', 'cc dd']);
    expect(wrapText('aa bb cc', 4, 1, mono)).toEqual(['aa', 'bb', 'cc']);
    expect(wrapText('', 4, 1, mono)).toEqual([]);
  });

  it('breaks a word longer than the box between characters', () => {
    expect(wrapText('ab cdefghij k', 4, 1, mono)).toEqual(['ab', 'cdef', 'ghij', 'k']);
  });

  it('keeps at most maxLines and marks the cut with an ellipsis', () => {
    expect(wrapText('aa bb cc dd ee', 5, 1, mono, 2)).toEqual(['aa bb', 'cc d…']);
  });

  it('with a real font, every line fits and no character is lost', async () => {
    const { regular } = await testFonts();
    const text = `Oznámení o zahájení řízení ${'Dlouhéslovobezmezer'.repeat(12)} konec`;
    const lines = wrapText(text, 120, 7.5, regular.measure);
    for (const line of lines) expect(regular.measure.width(line, 7.5)).toBeLessThanOrEqual(120);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    expect(lines.length).toBeGreaterThan(3);
  });
});
