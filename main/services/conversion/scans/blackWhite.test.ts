import { describe, expect, it } from 'vitest';
import { histogramOf, MIDDLE_THRESHOLD, otsuThreshold, packBits } from './blackWhite';

/** Grey pixels: `count` of each level, with ±`noise` spread. */
function pixels(parts: [level: number, count: number][], noise = 0): Uint8Array {
  const values: number[] = [];
  for (const [level, count] of parts) {
    for (let index = 0; index < count; index++) {
      values.push(Math.max(0, Math.min(255, level + ((index % (2 * noise + 1)) - noise))));
    }
  }
  return Uint8Array.from(values);
}

/** The histogram of a one-row strip (histogramOf takes every other pixel). */
const hist = (grey: Uint8Array) => histogramOf(grey, grey.length, 1);

describe('histogramOf', () => {
  it('counts every other pixel of every other row', () => {
    const grey = Uint8Array.from([10, 20, 10, 20, 30, 40, 30, 40]); // 4 × 2
    const histogram = histogramOf(grey, 4, 2);
    expect(histogram[10]).toBe(2);
    expect([histogram[20], histogram[30], histogram[40]]).toEqual([0, 0, 0]);
  });
});

describe('otsuThreshold', () => {
  it('splits ink from paper', () => {
    const threshold = otsuThreshold(
      hist(
        pixels(
          [
            [30, 500],
            [225, 9500],
          ],
          6,
        ),
      ),
    );
    expect(threshold).toBeGreaterThanOrEqual(36);
    expect(threshold).toBeLessThan(219);
  });

  it('keeps dark grey paper white where the fixed middle level would blacken it', () => {
    const grey = pixels(
      [
        [40, 800],
        [115, 9200],
      ],
      4,
    );
    const threshold = otsuThreshold(hist(grey));
    expect(threshold).toBeGreaterThanOrEqual(44);
    expect(threshold).toBeLessThan(111);
    // The paper (around 115) is below the fixed level: 128 would turn the page black.
    expect(115).toBeLessThan(MIDDLE_THRESHOLD);
  });

  it('keeps faint pencil on white paper where the fixed middle level would lose it', () => {
    const threshold = otsuThreshold(
      hist(
        pixels(
          [
            [150, 600],
            [245, 9400],
          ],
          3,
        ),
      ),
    );
    expect(threshold).toBeGreaterThanOrEqual(153);
    expect(threshold).toBeLessThan(242);
  });

  it('uses the middle level for blank paper, not a split inside its noise', () => {
    expect(otsuThreshold(hist(pixels([[240, 10_000]], 8)))).toBe(MIDDLE_THRESHOLD);
    expect(otsuThreshold(hist(new Uint8Array(100).fill(255)))).toBe(MIDDLE_THRESHOLD);
  });
});

describe('packBits', () => {
  it('packs rows most significant bit first, 1 for white, each row padded to a byte', () => {
    const grey = Uint8Array.from([
      255,
      0,
      255,
      0,
      255,
      0,
      255,
      0,
      255,
      255, // row 1: 10 pixels
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      255,
    ]);
    expect([...packBits(grey, 10, 2, 127)]).toEqual([0b10101010, 0b11000000, 0, 0b01000000]);
  });

  it('compares with the threshold strictly', () => {
    expect([...packBits(Uint8Array.from([100, 101]), 2, 1, 100)]).toEqual([0b01000000]);
  });

  it('packs whole bytes and a row of exactly eight pixels without padding', () => {
    const grey = Uint8Array.from([
      0, 255, 255, 0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0,
    ]);
    expect([...packBits(grey, 8, 2, 127)]).toEqual([0b01100011, 0b11111110]);
  });
});
