import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readPngPage } from './pngPage';
import { bytesOf, craftedPng, paperImage, withPngDpi } from './testScans';

describe('readPngPage', () => {
  it('reads a large PNG from its header without decoding it', async () => {
    // 8000 × 8000 RGB is 192 MB decoded, within the pixel limit; the data is a stub.
    const png = craftedPng(8000, 8000);
    const before = process.memoryUsage().rss;
    const page = await readPngPage(png, 'plan.png');
    expect((process.memoryUsage().rss - before) / 1e6).toBeLessThan(48);
    expect(page).toMatchObject({ width: 8000, height: 8000, colour: 'colour', bitsPerSample: 8 });
    // Decoding it is what would fail: the header was all that was read.
    await expect(sharp(png, { limitInputPixels: false }).raw().toBuffer()).rejects.toThrow();
  });

  it('takes the resolution from pHYs and the kind from IHDR', async () => {
    // sharp's withMetadata would make the PNG sRGB; pHYs is added by hand.
    const grey = await paperImage({ width: 100, height: 140, channels: 1 })
      .toColourspace('b-w')
      .png()
      .toBuffer();
    const page = await readPngPage(withPngDpi(bytesOf(grey), 200), 'sedy.png');
    expect(page).toMatchObject({ colour: 'greyscale', palette: false, hasAlpha: false });
    expect(page.xDpi).toBeCloseTo(200, 2);
    const none = await paperImage({ width: 100, height: 140 }).png({ palette: true }).toBuffer();
    expect(await readPngPage(bytesOf(none), 'plan.png')).toMatchObject({
      xDpi: null,
      palette: true,
    });
  });

  it('refuses a PNG cut off before IEND', async () => {
    const png = bytesOf(await paperImage({ width: 300, height: 400 }).png().toBuffer());
    await expect(readPngPage(png.subarray(0, png.length - 20), 'cut.png')).rejects.toMatchObject({
      code: 'errors.conversion.truncatedImage',
      params: { file: 'cut.png', format: 'PNG' },
    });
  });
});
