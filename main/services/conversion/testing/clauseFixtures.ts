/**
 * Inputs for the clause tests: the repository's fonts and colour profile, JPEG scans
 * made by sharp, a scans PDF/A as buildScanPdf makes one (pdf-lib + savePdfA), a small
 * letter as PDF/A with embedded DejaVu Sans, a stand-in for imagesToPdfA, and a look at
 * a PDF's image streams. Used by tests only.
 */
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';
import { createDocument } from '../../pdf/documentInfo';
import { embedFonts, type FontSet } from '../../pdf/fonts';
import { Pen } from '../../pdf/pen';
import { createColorProfileLoader, type ColorProfile } from '../../pdf/pdfa/colorProfile';
import { savePdfA } from '../../pdf/pdfa/savePdfA';
import { ASSETS_DIR, testFonts } from '../../pdf/testFonts';
import type { ImagesToPdfA } from '../formatChange/changeFormat';

const A4: [number, number] = [595.28, 841.89];

export interface TestAssets {
  fonts: FontSet;
  colorProfile: ColorProfile;
}

const colorProfile = createColorProfileLoader(ASSETS_DIR);

export async function testAssets(): Promise<TestAssets> {
  return { fonts: await testFonts(), colorProfile: await colorProfile() };
}

/** A noisy colour JPEG (so every call gives different bytes), as a scanner writes one. */
export async function testJpeg(width = 400, height = 560): Promise<Uint8Array> {
  const buffer = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 240, g: 236, b: 226 },
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 80 })
    .toBuffer();
  return new Uint8Array(buffer);
}

/** Scans on A4 pages as PDF/A-2b, the JPEG data embedded as it is (DCTDecode). */
export async function scansPdfA(jpegs: Uint8Array[], profile: ColorProfile): Promise<Uint8Array> {
  const doc = await createDocument({
    title: 'Sken dopisu',
    author: 'Obec Testov',
    createdAt: new Date('2026-03-02T08:00:00Z'),
  });
  for (const jpeg of jpegs) {
    const image = await doc.embedJpg(jpeg);
    doc.addPage(A4).drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
  }
  return savePdfA(doc, { part: 2, colorProfile: profile });
}

/** A letter of `pages` pages with a line of DejaVu text each, as PDF/A-2b. */
export async function letterPdfA(
  pages: number,
  assets: TestAssets,
  title = 'Rozhodnuti o prideleni cisla popisneho',
): Promise<Uint8Array> {
  const doc = await createDocument({ title, author: 'Obec Testov', createdAt: new Date() });
  const pen = new Pen(assets.fonts, await embedFonts(doc, assets.fonts));
  for (let index = 1; index <= pages; index++) {
    const page = doc.addPage(A4);
    pen.draw(page, `Obec Testov — rozhodnutí, strana ${index} z ${pages}`, 72, 760, 12, 'regular');
  }
  return savePdfA(doc, { part: 2, colorProfile: assets.colorProfile });
}

/** Stands in for the scans' imagesToPdfA: each JPEG a page of PDF/A-2b, with one notice. */
export const fakeImagesToPdfA: ImagesToPdfA = async (files, deps) => {
  const doc = await createDocument({
    title: files[0]?.name ?? 'Obrázek',
    author: 'Obec Testov',
    createdAt: deps.now(),
  });
  for (const file of files) {
    const image = await doc.embedJpg(file.bytes);
    doc.addPage(A4).drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
  }
  const pdf = await savePdfA(doc, { part: 2, colorProfile: deps.colorProfile });
  return { pdf, pages: files.length, notices: ['Obrázek umístěn na stranu A4.'] };
};

/** The raw (still encoded) data of every DCTDecode image stream in the file. */
export async function jpegStreams(pdf: Uint8Array): Promise<Uint8Array[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const found: Uint8Array[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (
      object instanceof PDFRawStream &&
      object.dict.get(PDFName.of('Filter')) === PDFName.of('DCTDecode')
    ) {
      found.push(object.contents);
    }
  }
  return found;
}

/** How many annotations the pages hold, and whether the catalog has a form: a printout has neither. */
export async function formsAndAnnotations(
  pdf: Uint8Array,
): Promise<{ annotations: number; form: boolean }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const annotations = doc.getPages().reduce((sum, page) => {
    const annots = page.node.lookup(PDFName.of('Annots'));
    return sum + (annots instanceof PDFArray ? annots.size() : 0);
  }, 0);
  return { annotations, form: doc.catalog.has(PDFName.of('AcroForm')) };
}
