import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../common/contract/envelope';
import { readTiffPages, refusedFirstPageCompression } from './tiffPages';
import { TiffStructure, TiffStructureError } from './tiffStructure';
import { bytesOf, craftedTiff, paperImage, sharpTiff } from './testScans';

const sheets = (count: number, width = 300, height = 424) =>
  Array.from({ length: count }, () => paperImage({ width, height, channels: 1 }));

function refusal(run: () => unknown): ServiceError {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('readTiffPages', () => {
  it('reads every page of an LZW TIFF with its resolution', async () => {
    const dpi = { xres: 300 / 25.4, yres: 300 / 25.4 };
    const tiff = await sharpTiff(sheets(3), { compression: 'lzw', ...dpi }, (image) =>
      image.toColourspace('b-w'),
    );
    const { pages, count } = readTiffPages(tiff, 'sken.tif', 500);
    expect(count).toBe(3);
    expect(pages.map((page) => page.index)).toEqual([0, 1, 2]);
    for (const page of pages) {
      expect(page).toMatchObject({ format: 'tiff', width: 300, height: 424, compression: 'lzw' });
      expect(page.colour).toBe('greyscale');
      expect(page.xDpi).toBeCloseTo(300, 3);
      expect(page.g4).toBeNull();
    }
  });

  it('finds a single-strip CCITT G4 page whose data can pass through, and which colour is black', async () => {
    const g4 = { compression: 'ccittfax4', bitdepth: 1 } as const;
    const single = await sharpTiff(sheets(2), { ...g4, tileHeight: 1024 }, (image) =>
      image.toColourspace('b-w'),
    );
    const [first] = readTiffPages(single, 'a.tif', 500).pages;
    expect(first).toMatchObject({
      colour: 'blackWhite',
      bitsPerSample: 1,
      compression: 'ccittfax4',
    });
    expect(first?.g4).toMatchObject({ blackIs1: true });
    expect(first?.g4?.length).toBeGreaterThan(0);

    const minIsWhite = await sharpTiff(
      sheets(1),
      { ...g4, tileHeight: 1024, miniswhite: true },
      (image) => image.toColourspace('b-w'),
    );
    expect(readTiffPages(minIsWhite, 'b.tif', 500).pages[0]?.g4?.blackIs1).toBe(false);

    const strips = await sharpTiff(sheets(1), { ...g4, tileHeight: 64 }, (image) =>
      image.toColourspace('b-w'),
    );
    expect(readTiffPages(strips, 'c.tif', 500).pages[0]?.g4).toBeNull();
  });

  it('reads BigTIFF', async () => {
    const tiff = await sharpTiff(sheets(2), { compression: 'deflate', bigtiff: true });
    expect(new TiffStructure(tiff).big).toBe(true);
    expect(readTiffPages(tiff, 'big.tif', 500).pages.map((page) => page.compression)).toEqual([
      'deflate',
      'deflate',
    ]);
  });

  it('refuses an unsupported compression naming it and the page', () => {
    const tiff = craftedTiff([
      { width: 10, height: 10 },
      { width: 10, height: 10, compression: 34712 },
    ]);
    expect(refusal(() => readTiffPages(tiff, 'jp2.tif', 500))).toMatchObject({
      code: 'errors.conversion.tiffCompression',
      params: { file: 'jp2.tif', page: 2, compression: 'JPEG 2000 (č. 34712)' },
    });
    const unknown = craftedTiff([{ width: 10, height: 10, compression: 40001 }]);
    expect(refusal(() => readTiffPages(unknown, 'x.tif', 500)).params.compression).toBe('č. 40001');
  });

  it('refuses a strip that runs past the end of the file as cut off', () => {
    const tiff = craftedTiff([
      { width: 100, height: 100, strip: new Uint8Array(100), claimedStripBytes: 10_000 },
    ]);
    expect(refusal(() => readTiffPages(tiff, 'cut.tif', 500)).code).toBe(
      'errors.conversion.truncatedImage',
    );
  });

  it('refuses a size beyond the limits from the directory', () => {
    const tiff = craftedTiff([{ width: 20_000, height: 20_000 }]);
    expect(refusal(() => readTiffPages(tiff, 'huge.tif', 500))).toMatchObject({
      code: 'errors.conversion.imageTooLarge',
      params: { width: 20_000, height: 20_000, page: 1 },
    });
  });

  it('counts the directories beyond the page limit without reading the pages', () => {
    const tiff = craftedTiff(Array.from({ length: 600 }, () => ({ width: 1, height: 1 })));
    expect(readTiffPages(tiff, 'many.tif', 500)).toEqual({ pages: [], count: 600 });
  });

  it('refuses a broken directory chain as damaged', () => {
    const tiff = Buffer.from(craftedTiff([{ width: 10, height: 10 }]));
    const loop = Buffer.from(tiff);
    const first = loop.readUInt32LE(4);
    const count = loop.readUInt16LE(first);
    loop.writeUInt32LE(first, first + 2 + count * 12); // next → itself
    expect(refusal(() => readTiffPages(bytesOf(loop), 'loop.tif', 500)).code).toBe(
      'errors.conversion.damagedImage',
    );
    const outside = Buffer.from(tiff);
    outside.writeUInt32LE(1_000_000, 4);
    expect(refusal(() => readTiffPages(bytesOf(outside), 'bad.tif', 500)).code).toBe(
      'errors.conversion.damagedImage',
    );
  });

  it('reads big-endian structures', () => {
    const be = Buffer.from([
      0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 1, 0, 0, 3, 0, 0, 0, 1, 0x01, 0x2c, 0, 0, 0, 0, 0, 0,
    ]);
    const tiff = new TiffStructure(bytesOf(be));
    const dir = tiff.readDirectory(tiff.firstDirectory);
    expect(tiff.value(dir, 256)).toBe(300);
    expect(dir.next).toBe(0);
    expect(() => new TiffStructure(bytesOf(Buffer.from('II*')))).toThrow(TiffStructureError);
  });
});

describe('refusedFirstPageCompression', () => {
  it('names the first page’s compression when libvips cannot decode it, and only then', () => {
    expect(
      refusedFirstPageCompression(craftedTiff([{ width: 10, height: 10, compression: 9 }])),
    ).toBe('JBIG (č. 9)');
    expect(
      refusedFirstPageCompression(craftedTiff([{ width: 10, height: 10, compression: 5 }])),
    ).toBeNull();
    // Only the first page is shown, so only its compression matters.
    const later = craftedTiff([
      { width: 10, height: 10 },
      { width: 10, height: 10, compression: 34712 },
    ]);
    expect(refusedFirstPageCompression(later)).toBeNull();
  });

  it('leaves a file whose structure cannot be read to the decoder', () => {
    expect(
      refusedFirstPageCompression(bytesOf(Buffer.from('II*\0\xff\xff\xff\x0f', 'latin1'))),
    ).toBeNull();
  });
});
