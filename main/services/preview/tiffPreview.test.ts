import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { TIFF_PREVIEW_LONG_SIDE } from '../../../common/contract/preview';
import { MAX_ATTACHMENT_BYTES } from '../../../common/domain/attachments';
import {
  bytesOf,
  craftedTiff,
  inkBlock,
  paperImage,
  sharpTiff,
} from '../conversion/scans/testScans';
import { serviceFailure } from '../testing/serviceFailure';
import { previewTiff } from './tiffPreview';

/** The preview decoded again: its size and the grey at a point (0–1 of each side). */
async function decoded(png: Uint8Array) {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const greyAt = (fx: number, fy: number) =>
    data[Math.floor(fy * info.height) * info.width + Math.floor(fx * info.width)] ?? -1;
  return { ...info, format: (await sharp(png).metadata()).format, greyAt };
}

describe('previewTiff', () => {
  it('draws a one-page TIFF as a PNG of the same page', async () => {
    const tiff = await sharpTiff([paperImage({ width: 400, height: 300 })], {
      compression: 'lzw',
    });
    const preview = await previewTiff(tiff);
    expect(preview).toMatchObject({ width: 400, height: 300, pages: 1 });
    const image = await decoded(preview.png);
    expect(image).toMatchObject({ format: 'png', width: 400, height: 300 });
    // The ink block of the page is dark and the paper light, where the page has them.
    const block = inkBlock(400, 300);
    expect(image.greyAt((block.left + 5) / 400, (block.top + 5) / 300)).toBeLessThan(80);
    expect(image.greyAt(0.9, 0.9)).toBeGreaterThan(200);
  });

  it('shrinks a large scan to the preview size, keeping its proportions', async () => {
    const tiff = await sharpTiff(
      [paperImage({ width: 2480, height: 3508, channels: 1, paper: [250], ink: [10] })],
      { compression: 'ccittfax4', bitdepth: 1 },
      (image) => image.toColourspace('b-w'),
    );
    const preview = await previewTiff(tiff);
    expect(preview.height).toBe(TIFF_PREVIEW_LONG_SIDE);
    expect(preview.width).toBe(Math.round((2480 / 3508) * TIFF_PREVIEW_LONG_SIDE));
    const image = await decoded(preview.png);
    expect([image.width, image.height]).toEqual([preview.width, preview.height]);
  });

  it('previews the first page of a multi-page TIFF and counts the pages', async () => {
    const first = paperImage({ width: 300, height: 200, ink: [0, 0, 0] });
    const second = paperImage({ width: 300, height: 200, paper: [0, 0, 0], ink: [0, 0, 0] });
    const tiff = await sharpTiff([first, second], { compression: 'lzw' });
    const preview = await previewTiff(tiff);
    expect(preview.pages).toBe(2);
    // The second page is black throughout; the first one's paper is light.
    expect((await decoded(preview.png)).greyAt(0.9, 0.9)).toBeGreaterThan(200);
  });

  it('refuses a TIFF cut off in its image data with a Czech message', async () => {
    const tiff = craftedTiff([
      { width: 200, height: 200, strip: new Uint8Array(100), claimedStripBytes: 40_000 },
    ]);
    const error = await serviceFailure(previewTiff(tiff));
    expect(error.code).toBe('errors.tiffPreview.damaged');
    expect(error.message).toMatch(/^Obrázek TIFF nelze přečíst — je poškozený, neúplný/);
  });

  it('names a compression it cannot show instead of calling the file damaged', async () => {
    const jpeg2000 = await serviceFailure(
      previewTiff(craftedTiff([{ width: 200, height: 200, compression: 34712 }])),
    );
    expect(jpeg2000.code).toBe('errors.tiffPreview.compression');
    expect(jpeg2000.params).toEqual({ compression: 'JPEG 2000 (č. 34712)' });
    expect(jpeg2000.message).toBe(
      'Obrázek TIFF používá kompresi JPEG 2000 (č. 34712), kterou aplikace neumí zobrazit. Soubor je uložen beze změny; otevřete jej v jiném programu, případně dokument naskenujte znovu s kompresí CCITT G4, LZW, ZIP nebo JPEG.',
    );
    const unknown = await serviceFailure(
      previewTiff(craftedTiff([{ width: 20, height: 20, compression: 40000 }])),
    );
    expect(unknown.params).toEqual({ compression: 'č. 40000' });
  });

  it('refuses a TIFF whose header leads nowhere', async () => {
    const tiff = bytesOf(Buffer.from([0x49, 0x49, 42, 0, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3, 4]));
    expect((await serviceFailure(previewTiff(tiff))).code).toBe('errors.tiffPreview.damaged');
  });

  it('refuses a file that is no TIFF', async () => {
    const png = bytesOf(await paperImage({ width: 10, height: 10 }).png().toBuffer());
    const error = await serviceFailure(previewTiff(png));
    expect(error.code).toBe('errors.tiffPreview.notTiff');
    expect(error.message).toBe(
      'Soubor není obrázek TIFF, náhled proto nelze zobrazit. Soubor je uložen beze změny.',
    );
  });

  it('refuses a file over the attachment limit before reading it', async () => {
    const tiff = await sharpTiff([paperImage({ width: 20, height: 20 })], {});
    const large = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    large.set(tiff);
    const error = await serviceFailure(previewTiff(large));
    expect(error.code).toBe('errors.tiffPreview.tooLarge');
    expect(error.params).toEqual({ sizeMb: 51, maxMb: 50 });
    expect(error.message).toBe(
      'Soubor má 51 MB, náhled se zobrazí jen u souboru nejvýše o 50 MB. Soubor je uložen beze změny.',
    );
  });

  it('refuses a page beyond the pixel limit from its header, before decoding it', async () => {
    const tiff = craftedTiff([{ width: 20_000, height: 20_000 }]);
    const error = await serviceFailure(previewTiff(tiff));
    expect(error.code).toBe('errors.tiffPreview.imageTooLarge');
    expect(error.message).toBe(
      'Obrázek TIFF má 20000 × 20000 px, to je víc, než aplikace zobrazí (nejvýše 72 Mpx). Soubor je uložen beze změny.',
    );
  });

  it('says so when the image library did not load', async () => {
    const tiff = await sharpTiff([paperImage({ width: 20, height: 20 })], {});
    const error = await serviceFailure(
      previewTiff(tiff, { loadSharp: () => Promise.reject(new Error('no libvips')) }),
    );
    expect(error.code).toBe('errors.tiffPreview.imageLibraryMissing');
    expect(error.message).toMatch(/^Knihovna pro čtení obrázků \(sharp\) se nenačetla/);
  });
});
