import { describe, expect, it } from 'vitest';
import { decodePngOnWhite, PngError } from './letterPng';
import { alphaLogoPng, encodePng } from './letterTestFixtures';

const pixels = (rgb: Uint8Array) => Array.from(rgb);

describe('decodePngOnWhite', () => {
  it('composes RGBA pixels onto white', () => {
    const png = encodePng({
      width: 3,
      height: 1,
      colorType: 6,
      depth: 8,
      rows: [[10, 20, 30, 255, 255, 0, 0, 0, 0, 0, 0, 128]],
    });
    const image = decodePngOnWhite(png);
    expect(image).toMatchObject({ width: 3, height: 1 });
    // Opaque stays, fully transparent becomes white, half-transparent black becomes grey.
    expect(pixels(image.rgb)).toEqual([10, 20, 30, 255, 255, 255, 127, 127, 127]);
  });

  it('undoes the Sub and Up filters', () => {
    const rows = [
      [1, 2, 3, 4, 5, 6],
      [7, 8, 9, 200, 100, 50],
    ];
    for (const filter of [1, 2] as const) {
      const image = decodePngOnWhite(
        encodePng({ width: 2, height: 2, colorType: 2, depth: 8, rows, filter }),
      );
      expect(pixels(image.rgb)).toEqual(rows.flat());
    }
  });

  it('reads a palette with transparency', () => {
    const png = encodePng({
      width: 4,
      height: 1,
      colorType: 3,
      depth: 2,
      // Indices 0, 1, 2, 1 packed in one byte: 00 01 10 01.
      rows: [[0b00011001]],
      palette: [255, 0, 0, 0, 0, 255, 0, 255, 0],
      transparency: [255, 0],
    });
    expect(pixels(decodePngOnWhite(png).rgb)).toEqual([
      255, 0, 0, 255, 255, 255, 0, 255, 0, 255, 255, 255,
    ]);
  });

  it('reads 16-bit grey with a transparent key and 1-bit grey', () => {
    const grey16 = encodePng({
      width: 2,
      height: 1,
      colorType: 0,
      depth: 16,
      rows: [[0x80, 0x00, 0x12, 0x34]],
      transparency: [0x12, 0x34],
    });
    expect(pixels(decodePngOnWhite(grey16).rgb)).toEqual([128, 128, 128, 255, 255, 255]);
    const grey1 = encodePng({ width: 3, height: 1, colorType: 0, depth: 1, rows: [[0b10100000]] });
    expect(pixels(decodePngOnWhite(grey1).rgb)).toEqual([255, 255, 255, 0, 0, 0, 255, 255, 255]);
  });

  it('reads 16-bit RGBA, its alpha scaled to 8 bits before composing', () => {
    const png = encodePng({
      width: 1,
      height: 1,
      colorType: 6,
      depth: 16,
      rows: [[0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00]],
    });
    expect(pixels(decodePngOnWhite(png).rgb)).toEqual([255, 127, 127]);
  });

  it('reads grey with alpha', () => {
    const png = encodePng({ width: 1, height: 1, colorType: 4, depth: 8, rows: [[0, 0]] });
    expect(pixels(decodePngOnWhite(png).rgb)).toEqual([255, 255, 255]);
  });

  it('reads an Adam7-interlaced image', () => {
    const width = 11;
    const height = 9;
    const rows = Array.from({ length: height }, (_, y) =>
      Array.from({ length: width }, (_, x) => [x * 20, y * 25, (x + y) % 256]).flat(),
    );
    const interlaced = encodePng({ width, height, colorType: 2, depth: 8, rows, interlace: true });
    expect(pixels(decodePngOnWhite(interlaced).rgb)).toEqual(rows.flat());
  });

  it('decodes the test logo', () => {
    const image = decodePngOnWhite(alphaLogoPng());
    expect(image).toMatchObject({ width: 40, height: 20 });
    expect(pixels(image.rgb.subarray(0, 3))).toEqual([20, 40, 60]);
    expect(pixels(image.rgb.subarray(3 * 39, 3 * 40))).toEqual([255, 127, 127]);
  });

  it('refuses broken files', () => {
    const good = alphaLogoPng();
    const cases: Uint8Array[] = [
      new Uint8Array([1, 2, 3]),
      good.subarray(0, 40),
      // The pixel data replaced by garbage.
      Uint8Array.from(good, (byte, index) => (index > 45 && index < good.length - 20 ? 7 : byte)),
      encodePng({ width: 1, height: 1, colorType: 2, depth: 4, rows: [[0]] }),
      encodePng({ width: 0, height: 1, colorType: 2, depth: 8, rows: [[]] }),
      encodePng({ width: 5000, height: 5000, colorType: 0, depth: 1, rows: [[0]] }),
      encodePng({ width: 1, height: 1, colorType: 3, depth: 8, rows: [[0]] }),
    ];
    for (const bytes of cases) expect(() => decodePngOnWhite(bytes)).toThrow(PngError);
  });

  it('refuses an unknown filter type', () => {
    const png = encodePng({ width: 1, height: 1, colorType: 0, depth: 8, rows: [[0]], filter: 9 });
    expect(() => decodePngOnWhite(png)).toThrow(PngError);
  });
});
