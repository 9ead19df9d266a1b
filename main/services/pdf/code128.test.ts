import { describe, expect, it } from 'vitest';
import { barsOf, canEncodeCode128, code128Widths, totalModules } from './code128';
import { CODE128_PATTERNS, decodeCode128 } from './code128Reader';

/** Bar widths and the gaps between them, read back from drawn bars, in modules. */
function widthsFromBars(bars: ReturnType<typeof barsOf>, moduleWidth: number): number[] {
  const widths: number[] = [];
  bars.forEach((bar, index) => {
    if (index > 0) {
      const previous = bars[index - 1];
      if (previous) widths.push(Math.round((bar.x - previous.x - previous.width) / moduleWidth));
    }
    widths.push(Math.round(bar.width / moduleWidth));
  });
  return widths;
}

describe('the reader’s Code 128 table', () => {
  it('is the symbology’s: 107 distinct patterns of 11 modules (13 for stop), bars even', () => {
    expect(CODE128_PATTERNS).toHaveLength(107);
    expect(new Set(CODE128_PATTERNS).size).toBe(107);
    CODE128_PATTERNS.forEach((pattern, value) => {
      const widths = Array.from(pattern, Number);
      expect(totalModules(widths)).toBe(value === 106 ? 13 : 11);
      const bars = widths.filter((_, index) => index % 2 === 0);
      expect(totalModules(bars) % 2).toBe(0);
    });
  });
});

describe('code128Widths', () => {
  const samples = ['OUHLX7K9M2A3', 'OUHL2345678K', '12345678', 'AB1234567890CD', 'a b-c.d/e+f%'];

  it.each(samples)('encodes %s so that an independent reader decodes it back', (text) => {
    expect(decodeCode128(code128Widths(text))).toBe(text);
  });

  it('draws the bars at the encoded widths and positions', () => {
    const widths = code128Widths('OUHLX7K9M2A3');
    const moduleWidth = 0.9;
    const bars = barsOf(widths, moduleWidth);
    expect(bars).toHaveLength((widths.length + 1) / 2);
    expect(widthsFromBars(bars, moduleWidth)).toEqual(widths);
    const last = bars[bars.length - 1];
    expect(last && last.x + last.width).toBeCloseTo(totalModules(widths) * moduleWidth, 9);
    expect(decodeCode128(widthsFromBars(bars, moduleWidth))).toBe('OUHLX7K9M2A3');
  });

  it('uses code set C for runs of digits (a shorter symbol)', () => {
    // Start + 8 data + check + stop in code set B, versus start + 4 pairs + check + stop.
    expect(totalModules(code128Widths('12345678'))).toBe(6 * 11 + 13);
  });

  it('refuses what it cannot encode instead of printing something else', () => {
    expect(canEncodeCode128('ŘÍZENÍ')).toBe(false);
    expect(canEncodeCode128('')).toBe(false);
    expect(() => code128Widths('Řx')).toThrow();
  });
});

describe('decodeCode128', () => {
  it('rejects a symbol whose check character does not match', () => {
    const widths = code128Widths('OUHLX7K9M2A3');
    // Swap two data symbols: every pattern stays valid, the check sum does not.
    const swapped = [...widths.slice(0, 6), ...widths.slice(12, 18), ...widths.slice(6, 12)];
    swapped.push(...widths.slice(18));
    expect(() => decodeCode128(swapped)).toThrow('check character');
  });

  it('rejects a damaged bar', () => {
    const widths = code128Widths('OUHLX7K9M2A3');
    widths[8] = (widths[8] ?? 1) + 1;
    expect(() => decodeCode128(widths)).toThrow();
  });
});
