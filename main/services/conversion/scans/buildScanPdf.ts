import {
  concatTransformationMatrix,
  degrees,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  type PDFDocument,
} from 'pdf-lib';
import {
  CONVERSION_LIMITS,
  type BuiltScanPdf,
  type ScanPageChoice,
} from '../../../../common/contract/conversion';
import { createDocument } from '../../pdf/documentInfo';
import type { ColorProfile } from '../../pdf/pdfa/colorProfile';
import { savePdfA } from '../../pdf/pdfa/savePdfA';
import { noSuchPageError, tooManyPagesError } from './errors';
import { Notices } from './notices';
import { embedPageImage, NOTICE, type PlacedImage } from './pageImages';
import { PdfPageCopier } from './pdfPageCopier';
import { readSources, type ReadSources, type ScanFile } from './readSources';

export interface ScanBuildDeps {
  colorProfile: ColorProfile;
  now: () => Date;
}

export interface ScanBuildInput {
  files: readonly ScanFile[];
  pages: readonly ScanPageChoice[];
  title: string;
}

function checkChoices(read: ReadSources, pages: readonly ScanPageChoice[]): void {
  if (pages.length === 0) throw new Error('buildScanPdf: no pages chosen');
  if (pages.length > CONVERSION_LIMITS.pages) throw tooManyPagesError(pages.length);
  for (const choice of pages) {
    const source = read.sources[choice.file];
    const name = source?.name ?? `č. ${choice.file + 1}`;
    if (!source?.pages[choice.page]) throw noSuchPageError(name, choice.page + 1);
  }
}

function pdfPagesWanted(read: ReadSources, pages: readonly ScanPageChoice[]) {
  const wanted = new Map<number, number[]>();
  for (const choice of pages) {
    if (read.sources[choice.file]?.format !== 'pdf') continue;
    wanted.set(choice.file, [...(wanted.get(choice.file) ?? []), choice.page]);
  }
  return wanted;
}

function drawImagePage(doc: PDFDocument, image: PlacedImage, rotate: number): void {
  const page = doc.addPage([image.widthPt, image.heightPt]);
  page.setRotation(degrees((image.rotate + rotate) % 360));
  const name = page.node.newXObject('Scan', image.ref);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(image.widthPt, 0, 0, image.heightPt, 0, 0),
    drawObject(name),
    popGraphicsState(),
  );
}

/** The output from sources already read (see buildScanPdf). */
export async function buildFromSources(
  read: ReadSources,
  pages: readonly ScanPageChoice[],
  title: string,
  deps: ScanBuildDeps,
  now: Date,
): Promise<BuiltScanPdf> {
  checkChoices(read, pages);
  const doc = await createDocument({ title, author: '', createdAt: now });
  const notices = new Notices();
  const copier = new PdfPageCopier(doc, read.pdfDocs, pdfPagesWanted(read, pages));
  // A page chosen twice in the same mode is one image drawn on two pages.
  const placed = new Map<string, PlacedImage>();
  for (const choice of pages) {
    const source = read.sources[choice.file];
    const page = source?.pages[choice.page];
    if (!source || !page) throw noSuchPageError(source?.name ?? '', choice.page + 1);
    if (page.kind === 'pdf') {
      const copied = await copier.take(choice.file, choice.page);
      doc.addPage(copied);
      copied.setRotation(degrees((page.rotate + choice.rotate) % 360));
      if (choice.mode !== 'colour') notices.add(source.name, null, NOTICE.pdfMode);
      continue;
    }
    const key = `${choice.file}:${choice.page}:${choice.mode}`;
    let image = placed.get(key);
    if (!image) {
      const notePage = source.pages.length > 1 ? page.index : null;
      image = await embedPageImage(doc, source.bytes, page, choice.mode, source.name, (text) =>
        notices.add(source.name, notePage, text),
      );
      placed.set(key, image);
    }
    drawImagePage(doc, image, choice.rotate);
  }
  const pdf = await savePdfA(doc, { part: 2, colorProfile: deps.colorProfile });
  return { pdf, pages: pages.length, notices: notices.list() };
}

/**
 * Paper → electronic: the chosen pages, in the chosen order, turned and in the chosen
 * mode, as one PDF/A-2b (one image filling each page, sized from the scan's resolution
 * or fitted to A4; PDF inputs' pages copied as they are). Every file is read and every
 * refusal made before the first page is built; the pages are then decoded one at a
 * time, so memory holds the inputs, the output and one page — not every page at once.
 */
export async function buildScanPdf(
  input: ScanBuildInput,
  deps: ScanBuildDeps,
): Promise<BuiltScanPdf> {
  const now = deps.now();
  const read = await readSources(input.files, { colorProfile: deps.colorProfile, now });
  return buildFromSources(read, input.pages, input.title, deps, now);
}
