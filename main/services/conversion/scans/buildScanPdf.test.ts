import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltScanPdf, ScanPageChoice } from '../../../../common/contract/conversion';
import { ServiceError } from '../../../../common/contract/envelope';
import { createAssetLoader } from '../../pdf/assets';
import type { ColorProfile } from '../../pdf/pdfa/colorProfile';
import { assertPdfA } from '../../pdf/pdfa/testPdfA';
import { ASSETS_DIR, testFonts } from '../../pdf/testFonts';
import { buildScanPdf } from './buildScanPdf';
import { imagesToPdfA } from './imagesToPdfA';
import { NOTICE } from './pageImages';
import type { ScanFile } from './readSources';
import {
  bytesOf,
  greyAt,
  meanGrey,
  outputPages,
  paperImage,
  paperPixels,
  rasterizePage,
  scanData,
  sharpTiff,
  withJfifDpi,
  type OutputPage,
} from './testScans';

const NOW = new Date('2026-06-01T08:30:00Z');
const A4_PT = { width: 595.28, height: 841.89 };
/** ±0.5 mm in points. */
const HALF_MM_PT = 0.5 * (72 / 25.4);

let colorProfile: ColorProfile;
const built = new Map<string, Uint8Array>();

async function build(
  name: string,
  files: ScanFile[],
  pages: ScanPageChoice[],
): Promise<BuiltScanPdf> {
  const result = await buildScanPdf(
    { files, pages, title: `Konverze ${name}` },
    { colorProfile, now: () => NOW },
  );
  built.set(name, result.pdf);
  return result;
}

const choice = (
  file: number,
  page: number,
  mode: ScanPageChoice['mode'],
  rotate: ScanPageChoice['rotate'] = 0,
) => ({
  file,
  page,
  mode,
  rotate,
});

function imageOf(page: OutputPage | undefined) {
  if (!page?.image) throw new Error('the page draws no image');
  return page.image;
}

const fixtures = {} as {
  a4Jpeg: Uint8Array;
  greyJpeg: Uint8Array;
  cmykJpeg: Uint8Array;
  png16Alpha: Uint8Array;
  palettePng: Uint8Array;
  g4Tiff: Uint8Array;
  g4Strips: Uint8Array;
  lzwTiff: Uint8Array;
  lzwInks: number[];
  turnedJpeg: Uint8Array;
  pdf: Uint8Array;
};

beforeAll(async () => {
  colorProfile = (await createAssetLoader(ASSETS_DIR)()).colorProfile;
  fixtures.a4Jpeg = withJfifDpi(
    bytesOf(await paperImage({ width: 2480, height: 3508 }).jpeg().toBuffer()),
    300,
  );
  fixtures.greyJpeg = withJfifDpi(
    bytesOf(
      await paperImage({ width: 1240, height: 1754, channels: 1 })
        .toColourspace('b-w')
        .jpeg()
        .toBuffer(),
    ),
    150,
  );
  fixtures.cmykJpeg = bytesOf(
    await paperImage({ width: 620, height: 877 }).toColourspace('cmyk').jpeg().toBuffer(),
  );

  // Left half transparent over black: composed onto white it must print white.
  const rgba = paperPixels({ width: 400, height: 566, channels: 4 });
  for (let y = 0; y < 566; y++) {
    for (let x = 0; x < 200; x++) rgba.fill(0, (y * 400 + x) * 4, (y * 400 + x) * 4 + 4);
  }
  fixtures.png16Alpha = bytesOf(
    await sharp(rgba, { raw: { width: 400, height: 566, channels: 4 } })
      .toColourspace('rgb16')
      .png()
      .toBuffer(),
  );
  fixtures.palettePng = bytesOf(
    await paperImage({ width: 400, height: 566, ink: [200, 30, 30] })
      .png({ palette: true })
      .toBuffer(),
  );

  const bw = (count: number) =>
    Array.from({ length: count }, () =>
      paperImage({ width: 850, height: 1100, channels: 1, paper: [250], ink: [10] }),
    );
  const g4 = { compression: 'ccittfax4', bitdepth: 1, xres: 100 / 25.4, yres: 100 / 25.4 } as const;
  fixtures.g4Tiff = await sharpTiff(bw(3), { ...g4, tileHeight: 2048 }, (image) =>
    image.toColourspace('b-w'),
  );
  fixtures.g4Strips = await sharpTiff(bw(1), { ...g4, tileHeight: 64, miniswhite: true }, (image) =>
    image.toColourspace('b-w'),
  );
  fixtures.lzwInks = [0, 120, 200];
  fixtures.lzwTiff = await sharpTiff(
    fixtures.lzwInks.map((ink) =>
      paperImage({ width: 850, height: 1100, channels: 1, paper: [250], ink: [ink] }),
    ),
    { compression: 'lzw', xres: 100 / 25.4, yres: 100 / 25.4 },
    (image) => image.toColourspace('b-w'),
  );
  fixtures.turnedJpeg = bytesOf(
    await paperImage({ width: 1100, height: 850 })
      .withMetadata({ orientation: 6, density: 100 })
      .jpeg()
      .toBuffer(),
  );

  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont((await testFonts()).regular.bytes, { subset: true });
  doc
    .addPage([A4_PT.width, A4_PT.height])
    .drawText('Žádost – strana 1', { font, x: 60, y: 760, size: 14 });
  const second = doc.addPage([A4_PT.width, A4_PT.height]);
  second.drawText('Příloha – strana 2', { font, x: 60, y: 760, size: 14 });
  second.setRotation(degrees(90));
  fixtures.pdf = await doc.save();
}, 60_000);

describe('buildScanPdf', () => {
  it('passes a colour JPEG through byte for byte on an A4 page from its 300 dpi', async () => {
    const result = await build(
      'colour-jpeg',
      [{ name: 'dopis.jpg', bytes: fixtures.a4Jpeg }],
      [choice(0, 0, 'colour')],
    );
    expect(result).toMatchObject({ pages: 1, notices: [] });
    const [page] = await outputPages(result.pdf);
    const image = imageOf(page);
    expect(image).toMatchObject({
      filter: '/DCTDecode',
      colorSpace: '/DeviceRGB',
      bits: 8,
      width: 2480,
      height: 3508,
    });
    expect(Buffer.compare(Buffer.from(image.data), Buffer.from(fixtures.a4Jpeg))).toBe(0);
    // The entropy-coded data is in the file verbatim.
    expect(Buffer.from(result.pdf).indexOf(Buffer.from(scanData(fixtures.a4Jpeg)))).toBeGreaterThan(
      0,
    );
    const [, , width = 0, height = 0] = page?.mediaBox ?? [];
    expect(Math.abs(width - A4_PT.width)).toBeLessThan(HALF_MM_PT);
    expect(Math.abs(height - A4_PT.height)).toBeLessThan(HALF_MM_PT);
    expect(page?.rotate).toBe(0);
  });

  it('passes a grey JPEG through in colour and greyscale, and makes a colour one grey', async () => {
    const grey = [{ name: 'sedy.jpg', bytes: fixtures.greyJpeg }];
    for (const mode of ['colour', 'greyscale'] as const) {
      const result = await build(`grey-jpeg-${mode}`, grey, [choice(0, 0, mode)]);
      const image = imageOf((await outputPages(result.pdf))[0]);
      expect(image).toMatchObject({ filter: '/DCTDecode', colorSpace: '/DeviceGray' });
      expect(Buffer.compare(Buffer.from(image.data), Buffer.from(fixtures.greyJpeg))).toBe(0);
    }
    const result = await build(
      'colour-to-grey',
      [{ name: 'barevny.jpg', bytes: fixtures.a4Jpeg }],
      [choice(0, 0, 'greyscale')],
    );
    const image = imageOf((await outputPages(result.pdf))[0]);
    expect(image).toMatchObject({
      filter: '/DCTDecode',
      colorSpace: '/DeviceGray',
      width: 2480,
      height: 3508,
    });
    expect((await sharp(image.data).metadata()).channels).toBe(1);
  });

  it('converts a CMYK JPEG to sRGB and says so; nothing is DeviceCMYK', async () => {
    const result = await build(
      'cmyk',
      [{ name: 'tiskovy.jpg', bytes: fixtures.cmykJpeg }],
      [choice(0, 0, 'colour')],
    );
    expect(result.notices).toEqual([`„tiskovy.jpg“: ${NOTICE.cmyk}.`]);
    expect(result.notices[0]).toContain('barvy CMYK převedeny do sRGB');
    const image = imageOf((await outputPages(result.pdf))[0]);
    expect(image).toMatchObject({ filter: '/DCTDecode', colorSpace: '/DeviceRGB' });
    expect((await sharp(image.data).metadata()).space).toBe('srgb');
    expect(Buffer.from(result.pdf).includes('/DeviceCMYK')).toBe(false);
  });

  it('composes a 16-bit PNG with alpha onto white as 8 bits, with notices', async () => {
    const result = await build(
      'png16-alpha',
      [{ name: 'foto.png', bytes: fixtures.png16Alpha }],
      [choice(0, 0, 'colour')],
    );
    expect(result.notices).toEqual([
      `„foto.png“: ${NOTICE.alpha}.`,
      `„foto.png“: ${NOTICE.depth(16)}.`,
    ]);
    const image = imageOf((await outputPages(result.pdf))[0]);
    expect(image).toMatchObject({ bits: 8, colorSpace: '/DeviceRGB' });
    expect(Buffer.from(result.pdf).includes('/SMask')).toBe(false);
    const raster = await rasterizePage(result.pdf, 1, 30);
    // Transparent over black: white on paper, not black.
    expect(greyAt(raster, 0.25, 0.75)).toBeGreaterThan(245);
    expect(greyAt(raster, 0.75, 0.75)).toBeGreaterThan(200);
  });

  it('keeps a palette PNG lossless (Flate)', async () => {
    const result = await build(
      'palette',
      [{ name: 'plan.png', bytes: fixtures.palettePng }],
      [choice(0, 0, 'colour')],
    );
    const image = imageOf((await outputPages(result.pdf))[0]);
    expect(image).toMatchObject({
      filter: '/FlateDecode',
      colorSpace: '/DeviceRGB',
      bits: 8,
      width: 400,
      height: 566,
    });
    const expected = await sharp(fixtures.palettePng).toColourspace('srgb').raw().toBuffer();
    expect(Buffer.compare(inflateSync(image.data), expected)).toBe(0);
  });

  it('passes single-strip CCITT G4 pages through and decodes a G4 TIFF of several strips to 1 bit', async () => {
    const three = [
      choice(0, 0, 'blackWhite'),
      choice(0, 1, 'blackWhite'),
      choice(0, 2, 'blackWhite'),
    ];
    const result = await build('g4', [{ name: 'fax.tif', bytes: fixtures.g4Tiff }], three);
    const pages = await outputPages(result.pdf);
    expect(pages).toHaveLength(3);
    for (const page of pages) {
      const image = imageOf(page);
      expect(image).toMatchObject({
        filter: '/CCITTFaxDecode',
        bits: 1,
        colorSpace: '/DeviceGray',
        width: 850,
      });
      expect(Buffer.from(fixtures.g4Tiff).indexOf(Buffer.from(image.data))).toBeGreaterThan(0);
    }
    const strips = await build(
      'g4-strips',
      [{ name: 'pruhy.tif', bytes: fixtures.g4Strips }],
      [choice(0, 0, 'colour')],
    );
    expect(imageOf((await outputPages(strips.pdf))[0])).toMatchObject({
      filter: '/FlateDecode',
      bits: 1,
    });
    // Ink black and paper white: MinIsBlack (pass-through) and MinIsWhite (decoded) alike.
    for (const pdf of [result.pdf, strips.pdf]) {
      const raster = await rasterizePage(pdf, 1, 30);
      expect(greyAt(raster, 0.3, 0.2)).toBeLessThan(20);
      expect(greyAt(raster, 0.75, 0.75)).toBeGreaterThan(235);
    }
  });

  it('makes black and white 1-bit DeviceGray, ink black and paper white', async () => {
    const result = await build(
      'black-white',
      [{ name: 'dopis.jpg', bytes: fixtures.a4Jpeg }],
      [choice(0, 0, 'blackWhite')],
    );
    const image = imageOf((await outputPages(result.pdf))[0]);
    expect(image).toMatchObject({
      filter: '/FlateDecode',
      bits: 1,
      colorSpace: '/DeviceGray',
      width: 2480,
      height: 3508,
    });
    expect(inflateSync(image.data).length).toBe(Math.ceil(2480 / 8) * 3508);
    const raster = await rasterizePage(result.pdf, 1, 20);
    expect(greyAt(raster, 0.3, 0.2)).toBeLessThan(5);
    expect(greyAt(raster, 0.75, 0.75)).toBeGreaterThan(250);
  });

  it('puts the chosen pages in the chosen order, turned, the removed one left out', async () => {
    const files = [
      { name: 'spis.tif', bytes: fixtures.lzwTiff },
      { name: 'dopis.jpg', bytes: fixtures.a4Jpeg },
    ];
    const result = await build('order', files, [
      choice(0, 2, 'greyscale', 90),
      choice(1, 0, 'colour', 270),
      choice(0, 0, 'greyscale', 180),
    ]);
    expect(result.pages).toBe(3);
    const pages = await outputPages(result.pdf);
    expect(pages.map((page) => page.rotate)).toEqual([90, 270, 180]);
    expect(Buffer.compare(Buffer.from(imageOf(pages[1]).data), Buffer.from(fixtures.a4Jpeg))).toBe(
      0,
    );
    const sourceMeans = await Promise.all(
      fixtures.lzwInks.map(async (_, index) => {
        const raw = await sharp(fixtures.lzwTiff, { page: index }).raw().toBuffer();
        return raw.reduce((sum, value) => sum + value, 0) / raw.length;
      }),
    );
    const nearest = (mean: number) =>
      sourceMeans.reduce(
        (best, value, index) =>
          Math.abs(value - mean) < Math.abs((sourceMeans[best] ?? 0) - mean) ? index : best,
        0,
      );
    const first = await rasterizePage(result.pdf, 1, 20);
    const third = await rasterizePage(result.pdf, 3, 20);
    expect(nearest(meanGrey(first))).toBe(2);
    expect(nearest(meanGrey(third))).toBe(0);
    // Turned a quarter: shown lying.
    expect(first.width).toBeGreaterThan(first.height);
    expect(third.width).toBeLessThan(third.height);
  });

  it('keeps a JPEG taken upright (EXIF orientation 6) passing through, turned by /Rotate', async () => {
    const files = [{ name: 'foto.jpg', bytes: fixtures.turnedJpeg }];
    const result = await build('exif-turned', files, [
      choice(0, 0, 'colour'),
      choice(0, 0, 'colour', 90),
    ]);
    const pages = await outputPages(result.pdf);
    expect(pages.map((page) => page.rotate)).toEqual([90, 180]);
    expect(
      Buffer.compare(Buffer.from(imageOf(pages[0]).data), Buffer.from(fixtures.turnedJpeg)),
    ).toBe(0);
    const raster = await rasterizePage(result.pdf, 1, 20);
    expect(raster.width).toBeLessThan(raster.height);
  });

  it("copies a PDF's pages as they are, turning them further, and says the mode does not apply", async () => {
    const files = [{ name: 'podani.pdf', bytes: fixtures.pdf }];
    const result = await build('pdf', files, [
      choice(0, 1, 'greyscale', 90),
      choice(0, 0, 'colour'),
      choice(0, 1, 'colour'),
    ]);
    expect(result.notices).toEqual([`„podani.pdf“: ${NOTICE.pdfMode}.`]);
    const doc = await PDFDocument.load(result.pdf);
    expect(doc.getPages().map((page) => page.getRotation().angle)).toEqual([180, 0, 90]);
    expect(doc.getPages().map((page) => Math.round(page.getWidth()))).toEqual([595, 595, 595]);
  });

  it('refuses a bad file among good ones, building nothing, and a page that is not there', async () => {
    const files = [
      { name: 'dopis.jpg', bytes: fixtures.a4Jpeg },
      { name: 'prazdny.tif', bytes: new Uint8Array() },
    ];
    await expect(
      buildScanPdf(
        { files, pages: [choice(0, 0, 'colour')], title: 'x' },
        { colorProfile, now: () => NOW },
      ),
    ).rejects.toMatchObject({
      code: 'errors.conversion.emptyFile',
      params: { file: 'prazdny.tif' },
    });
    const missing = await buildScanPdf(
      { files: files.slice(0, 1), pages: [choice(0, 3, 'colour')], title: 'x' },
      { colorProfile, now: () => NOW },
    ).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ServiceError);
    expect((missing as ServiceError).message).toBe(
      'Soubor „dopis.jpg“, strana 4 ve vstupu není. Načtěte soubory znovu.',
    );
  });
});

describe('imagesToPdfA', () => {
  it('puts every page of the files in colour, in order', async () => {
    const result = await imagesToPdfA(
      [
        { name: 'dopis.jpg', bytes: fixtures.a4Jpeg },
        { name: 'spis.tif', bytes: fixtures.lzwTiff },
      ],
      { colorProfile, now: () => NOW },
    );
    built.set('images-to-pdfa', result.pdf);
    expect(result.pages).toBe(4);
    const doc = await PDFDocument.load(result.pdf);
    expect(doc.getTitle()).toBe('dopis');
    const pages = await outputPages(result.pdf);
    expect(pages.map((page) => page.rotate)).toEqual([0, 0, 0, 0]);
    expect(Buffer.compare(Buffer.from(imageOf(pages[0]).data), Buffer.from(fixtures.a4Jpeg))).toBe(
      0,
    );
    expect(pages.slice(1).map((page) => imageOf(page).colorSpace)).toEqual([
      '/DeviceGray',
      '/DeviceGray',
      '/DeviceGray',
    ]);
  });
});

describe('the outputs', () => {
  it('are PDF/A (PDFBox Preflight on the PDF/A-1b twin, qpdf --check, pdffonts, pdfinfo, XMP)', async () => {
    const names = [
      'colour-jpeg',
      'grey-jpeg-colour',
      'colour-to-grey',
      'cmyk',
      'png16-alpha',
      'palette',
      'g4',
      'g4-strips',
      'black-white',
      'order',
      'exif-turned',
      'pdf',
      'images-to-pdfa',
    ];
    const pdfs = await Promise.all(
      names.map(async (name) => {
        const pdf = built.get(name);
        if (pdf) return { name, pdf };
        // Run alone (-t), a test above did not build its file: build its like here.
        const again = await buildScanPdf(
          {
            files: [{ name: 'dopis.jpg', bytes: fixtures.a4Jpeg }],
            pages: [choice(0, 0, 'colour')],
            title: name,
          },
          { colorProfile, now: () => NOW },
        );
        return { name, pdf: again.pdf };
      }),
    );
    const reports = await assertPdfA(pdfs);
    expect(reports).toHaveLength(names.length);
  }, 120_000);
});
