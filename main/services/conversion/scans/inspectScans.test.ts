import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONVERSION_LIMITS } from '../../../../common/contract/conversion';
import { ServiceError } from '../../../../common/contract/envelope';
import { createColorProfileLoader, type ColorProfile } from '../../pdf/pdfa/colorProfile';
import { ASSETS_DIR, testFonts } from '../../pdf/testFonts';
import { inspectScans } from './inspectScans';
import type { ScanFile } from './readSources';
import {
  blankPdf,
  bytesOf,
  craftedPng,
  craftedTiff,
  encryptedPdf,
  paperImage,
  pdfWithJavaScript,
  sharpTiff,
  withFrameSize,
  withJfifDpi,
  withoutDpi,
} from './testScans';

let colorProfile: ColorProfile;
const inspect = (files: ScanFile[]) => inspectScans(files, { colorProfile });

async function refusal(files: ScanFile[]): Promise<ServiceError> {
  const error: unknown = await inspect(files).then(
    () => new Error('not refused'),
    (reason: unknown) => reason,
  );
  if (error instanceof ServiceError) return error;
  throw error;
}

let a4Jpeg: Uint8Array;

beforeAll(async () => {
  colorProfile = await createColorProfileLoader(ASSETS_DIR)();
  a4Jpeg = withJfifDpi(
    bytesOf(await paperImage({ width: 2480, height: 3508 }).jpeg().toBuffer()),
    300,
  );
});

describe('inspectScans', () => {
  it('describes a 300-dpi A4 colour JPEG from its header, with a 240 px thumbnail', async () => {
    const { files, pages } = await inspect([{ name: 'dopis.jpg', bytes: a4Jpeg }]);
    expect(files).toEqual([{ name: 'dopis.jpg', format: 'jpeg', pages: 1 }]);
    const [page] = pages;
    expect(page).toMatchObject({
      file: 0,
      page: 0,
      format: 'jpeg',
      widthPx: 2480,
      heightPx: 3508,
      dpi: 300,
      colour: 'colour',
      bitsPerSample: 8,
      hasAlpha: false,
      compression: 'jpeg',
    });
    expect(page?.widthMm).toBeCloseTo(210, 0);
    expect(Math.abs((page?.widthMm ?? 0) - 210)).toBeLessThan(0.5);
    expect(Math.abs((page?.heightMm ?? 0) - 297)).toBeLessThan(0.5);
    const thumbnail = await sharp(page?.thumbnail ?? new Uint8Array()).metadata();
    expect(thumbnail).toMatchObject({ format: 'jpeg', width: 240 });
    expect(Math.abs((thumbnail.height ?? 0) - (3508 * 240) / 2480)).toBeLessThanOrEqual(1);
  });

  it('knows the format by the bytes, not the name, and fits a page without resolution to A4', async () => {
    const jpeg = withoutDpi(
      bytesOf(await paperImage({ width: 600, height: 400 }).jpeg().toBuffer()),
    );
    const { files, pages } = await inspect([{ name: 'sken.pdf', bytes: jpeg }]);
    expect(files[0]?.format).toBe('jpeg');
    expect(pages[0]).toMatchObject({ dpi: null, widthMm: 297, heightMm: 198 });
  });

  it('tells grey, CMYK, 16-bit with alpha and palette images apart', async () => {
    const grey = await paperImage({ width: 200, height: 280, channels: 1 })
      .toColourspace('b-w')
      .jpeg()
      .toBuffer();
    const cmyk = await paperImage({ width: 200, height: 280 })
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer();
    const rgba16 = await paperImage({ width: 200, height: 280, channels: 4 })
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    const palette = await paperImage({ width: 200, height: 280 }).png({ palette: true }).toBuffer();
    const { pages } = await inspect([
      { name: 'grey.jpg', bytes: bytesOf(grey) },
      { name: 'cmyk.jpg', bytes: bytesOf(cmyk) },
      { name: 'alpha16.png', bytes: bytesOf(rgba16) },
      { name: 'palette.png', bytes: bytesOf(palette) },
    ]);
    expect(
      pages.map(({ colour, bitsPerSample, hasAlpha, compression }) => ({
        colour,
        bitsPerSample,
        hasAlpha,
        compression,
      })),
    ).toEqual([
      { colour: 'greyscale', bitsPerSample: 8, hasAlpha: false, compression: 'jpeg' },
      { colour: 'cmyk', bitsPerSample: 8, hasAlpha: false, compression: 'jpeg' },
      { colour: 'colour', bitsPerSample: 16, hasAlpha: true, compression: 'png' },
      { colour: 'colour', bitsPerSample: 8, hasAlpha: false, compression: 'png' },
    ]);
    // The CMYK thumbnail is in sRGB, as a browser shows it.
    const thumbnail = await sharp(pages[1]?.thumbnail ?? new Uint8Array()).metadata();
    expect(thumbnail).toMatchObject({ space: 'srgb', channels: 3 });
  });

  it('lists every page of a multi-page CCITT G4 TIFF', async () => {
    const sheets = Array.from({ length: 3 }, () =>
      paperImage({ width: 850, height: 1100, channels: 1 }),
    );
    const tiff = await sharpTiff(
      sheets,
      { compression: 'ccittfax4', bitdepth: 1, xres: 100 / 25.4, yres: 100 / 25.4 },
      (image) => image.toColourspace('b-w'),
    );
    const { files, pages } = await inspect([{ name: 'fax.tif', bytes: tiff }]);
    expect(files).toEqual([{ name: 'fax.tif', format: 'tiff', pages: 3 }]);
    expect(
      pages.map((page) => [page.page, page.colour, page.compression, page.bitsPerSample]),
    ).toEqual([
      [0, 'blackWhite', 'ccittfax4', 1],
      [1, 'blackWhite', 'ccittfax4', 1],
      [2, 'blackWhite', 'ccittfax4', 1],
    ]);
    expect(pages[0]?.widthMm).toBeCloseTo(215.9, 1);
    for (const page of pages)
      expect((await sharp(page.thumbnail ?? new Uint8Array()).metadata()).width).toBe(240);
  });

  it("describes a PDF's pages from their boxes, turned by /Rotate, with no thumbnail", async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595.28, 841.89]);
    doc.addPage([595.28, 841.89]).setRotation(degrees(90));
    const { files, pages } = await inspect([{ name: 'sken.pdf', bytes: await doc.save() }]);
    expect(files).toEqual([{ name: 'sken.pdf', format: 'pdf', pages: 2 }]);
    expect(
      pages.map((page) => [
        page.format,
        Math.round(page.widthMm),
        Math.round(page.heightMm),
        page.thumbnail,
      ]),
    ).toEqual([
      ['pdf', 210, 297, null],
      ['pdf', 297, 210, null],
    ]);
  });

  it('refuses an empty file', async () => {
    const error = await refusal([
      { name: 'sken.jpg', bytes: a4Jpeg },
      { name: 'prazdny.jpg', bytes: new Uint8Array() },
    ]);
    expect(error.code).toBe('errors.conversion.emptyFile');
    expect(error.message).toBe(
      'Soubor „prazdny.jpg“ je prázdný (0 bajtů). Naskenujte nebo zkopírujte jej znovu.',
    );
  });

  it('refuses a file that is no scan', async () => {
    const error = await refusal([
      { name: 'poznamka.jpg', bytes: new TextEncoder().encode('Dobrý den') },
    ]);
    expect(error.code).toBe('errors.conversion.unknownFormat');
    expect(error.message).toBe(
      'Soubor „poznamka.jpg“ není obrázek JPEG, PNG, TIFF ani PDF. Uložte sken v jednom z těchto formátů.',
    );
  });

  it('refuses a JPEG cut off inside its scan data (sharp would decode it with a warning)', async () => {
    const cut = a4Jpeg.subarray(0, Math.round(a4Jpeg.length * 0.6));
    // What the marker walk guards against: libvips still decodes it.
    expect(
      (await sharp(cut, { failOn: 'none' }).raw().toBuffer({ resolveWithObject: true })).info
        .height,
    ).toBe(3508);
    const error = await refusal([{ name: 'neuplny.jpg', bytes: cut }]);
    expect(error.code).toBe('errors.conversion.truncatedImage');
    expect(error.message).toBe(
      'Obrázek JPEG „neuplny.jpg“ je neúplný — soubor končí uprostřed obrazových dat (ukládání nebo kopírování se nedokončilo). Naskenujte nebo zkopírujte jej znovu.',
    );
  });

  it('refuses a TIFF with an unsupported compression, naming it and the page', async () => {
    const tiff = craftedTiff([
      { width: 100, height: 100 },
      { width: 100, height: 100, compression: 34712 },
    ]);
    const error = await refusal([{ name: 'archiv.tif', bytes: tiff }]);
    expect(error.code).toBe('errors.conversion.tiffCompression');
    expect(error.message).toBe(
      'Soubor „archiv.tif“, strana 2: TIFF používá kompresi JPEG 2000 (č. 34712), kterou aplikace nepřevede. Uložte sken s kompresí CCITT G4, LZW, ZIP nebo JPEG, případně bez komprese.',
    );
  });

  it('refuses a 20,000 × 20,000 px image from its header, with memory staying small', async () => {
    const small = bytesOf(await paperImage({ width: 64, height: 64 }).jpeg().toBuffer());
    const huge = [
      { name: 'obri.jpg', bytes: withFrameSize(small, 20_000, 20_000) },
      { name: 'obri.png', bytes: craftedPng(20_000, 20_000) },
      { name: 'obri.tif', bytes: craftedTiff([{ width: 20_000, height: 20_000 }]) },
    ];
    const before = process.memoryUsage();
    for (const file of huge) {
      const error = await refusal([file]);
      expect(error.code).toBe('errors.conversion.imageTooLarge');
      expect(error.message).toBe(
        `Soubor „${file.name}“, strana 1: obrázek má 20000 × 20000 px, to je víc, než aplikace převede (nejvýše ${CONVERSION_LIMITS.side} px na stranu a ${CONVERSION_LIMITS.pixels / 1e6} Mpx). Naskenujte dokument v menším rozlišení.`,
      );
    }
    const after = process.memoryUsage();
    // Decoding one of them would take 1.2 GB (RGB) at least.
    expect((after.rss - before.rss) / 1e6).toBeLessThan(64);
    expect((after.arrayBuffers - before.arrayBuffers) / 1e6).toBeLessThan(16);
  });

  it('refuses more pages in all than the limit (600 of 500), counted without decoding', async () => {
    const many = craftedTiff(Array.from({ length: 600 }, () => ({ width: 1, height: 1 })));
    const message = `Vstup má 600 stran, najednou lze převést nejvýše ${CONVERSION_LIMITS.pages}. Rozdělte konverzi na více částí.`;
    await expect(refusal([{ name: 'dlouhy.tif', bytes: many }])).resolves.toMatchObject({
      code: 'errors.conversion.tooManyPages',
      message,
    });
    const half = craftedTiff(Array.from({ length: 300 }, () => ({ width: 1, height: 1 })));
    await expect(
      refusal([
        { name: 'a.tif', bytes: half },
        { name: 'b.tif', bytes: half },
      ]),
    ).resolves.toMatchObject({ message });
    await expect(
      refusal([{ name: 'dlouhy.pdf', bytes: await blankPdf(600) }]),
    ).resolves.toMatchObject({ message });
  });

  it('refuses too many files or bytes (the format change calls without the schema)', async () => {
    const small = { name: 'a.jpg', bytes: a4Jpeg };
    const tooMany = CONVERSION_LIMITS.files + 1;
    await expect(refusal(Array.from({ length: tooMany }, () => small))).resolves.toMatchObject({
      code: 'errors.conversion.tooManyFiles',
      message: `Vybráno je ${tooMany} souborů, najednou lze převést nejvýše ${CONVERSION_LIMITS.files}.`,
    });
    // Zero-filled and never written: the pages stay unallocated.
    const big = new Uint8Array(256 * 1024 * 1024 + 1);
    await expect(refusal([{ name: 'velky.tif', bytes: big }])).resolves.toMatchObject({
      code: 'errors.conversion.fileTooLarge',
      message:
        'Soubor „velky.tif“ má 257 MB, převést lze soubor nejvýše o 256 MB. Naskenujte dokument po částech nebo v menším rozlišení.',
    });
    const part = { name: 'dil.tif', bytes: big.subarray(0, 200 * 1024 * 1024) };
    await expect(refusal([part, part, part])).resolves.toMatchObject({
      code: 'errors.conversion.inputTooLarge',
      message:
        'Soubory mají dohromady 600 MB, najednou lze převést nejvýše 512 MB. Rozdělte konverzi na více částí.',
    });
  });

  it('refuses an encrypted PDF', async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont((await testFonts()).regular.bytes, { subset: true });
    doc.addPage([595.28, 841.89]).drawText('Tajné', { font, x: 50, y: 700 });
    const error = await refusal([
      { name: 'zamceny.pdf', bytes: await encryptedPdf(await doc.save()) },
    ]);
    expect(error.code).toBe('errors.conversion.pdfEncrypted');
    expect(error.message).toBe(
      'Soubor „zamceny.pdf“: PDF je zašifrované nebo chráněné heslem, proto je nelze převést do PDF/A. Uložte je bez ochrany a vložte znovu.',
    );
  });

  it('refuses a PDF with JavaScript', async () => {
    const error = await refusal([{ name: 'skript.pdf', bytes: await pdfWithJavaScript() }]);
    expect(error).toMatchObject({
      code: 'errors.conversion.pdfJavascript',
      params: { file: 'skript.pdf', what: 'JavaScript' },
    });
    expect(error.message).toBe(
      'Soubor „skript.pdf“: PDF obsahuje JavaScript nebo jiné akce (JavaScript), proto je nelze převést do PDF/A.',
    );
  });
});
