import { PDFDocument } from 'pdf-lib';
import { ServiceError } from '../../../../common/contract/envelope';
import { iccComponents, type ColorProfile } from '../../pdf/pdfa/colorProfile';
import { importPdfAsPdfA } from '../../pdf/pdfa/import/importPdf';
import { decodeStream } from '../../pdf/pdfa/import/contentColors';
import { refusalError } from '../../pdf/pdfa/import/refusals';
import { outputProfileStream } from '../../pdf/pdfa/outputIntent';
import { pdfRefusalError } from './errors';
import type { PdfPage } from './sourcePages';

export interface PdfRead {
  pages: PdfPage[];
  /** The input as the import made it PDF/A-2b, parsed (the build copies its pages). */
  doc: PDFDocument;
}

/** A /Rotate as 0, 90, 180 or 270 (it must be a multiple of 90; negative values count). */
function normalRotation(angle: number): number {
  return (((Math.round(angle / 90) * 90) % 360) + 360) % 360;
}

function intentComponents(doc: PDFDocument): number | null {
  const stream = outputProfileStream(doc);
  try {
    return stream ? iccComponents(decodeStream(stream)) : null;
  } catch {
    return null;
  }
}

/**
 * A scanner's PDF goes through the letters' import (importPdfAsPdfA): encrypted,
 * damaged, with JavaScript or actions, fonts not embedded, transparency and the rest
 * are refused there with their reason, said here of the file. Its pages are then
 * copied into the output, whose output intent is sRGB; a file that kept a CMYK
 * output intent could paint DeviceCMYK that sRGB cannot stand for, so it is refused.
 * pdf-lib parses the objects and decodes only the content streams (to find the
 * colours they paint), never an image.
 */
export async function readPdfPages(
  bytes: Uint8Array,
  file: string,
  colorProfile: ColorProfile,
  now: Date,
): Promise<PdfRead> {
  let pdfA: Uint8Array;
  try {
    ({ pdf: pdfA } = await importPdfAsPdfA(bytes, { title: file, importedAt: now }, colorProfile));
  } catch (error) {
    if (error instanceof ServiceError && error.code.startsWith('errors.pdf.')) {
      throw pdfRefusalError(file, error);
    }
    throw error;
  }
  const doc = await PDFDocument.load(pdfA, { updateMetadata: false });
  if (intentComponents(doc) === 4) {
    const feature = 'výstupní barevný profil CMYK (výstup konverze je v barvách sRGB)';
    throw pdfRefusalError(file, refusalError({ kind: 'unsupported', feature }));
  }
  const pages = doc.getPages().map((page, index) => {
    const box = page.getCropBox();
    return {
      kind: 'pdf' as const,
      index,
      widthPt: box.width,
      heightPt: box.height,
      rotate: normalRotation(page.getRotation().angle),
    };
  });
  return { pages, doc };
}
