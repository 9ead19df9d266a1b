import type { PDFDocument } from 'pdf-lib';
import { CONVERSION_LIMITS } from '../../../../common/contract/conversion';
import type { ColorProfile } from '../../pdf/pdfa/colorProfile';
import {
  emptyFileError,
  fileTooLargeError,
  inputTooLargeError,
  tooManyFilesError,
  tooManyPagesError,
  unknownFormatError,
} from './errors';
import { readJpegPage } from './jpegPages';
import { readPdfPages } from './pdfPages';
import { readPngPage } from './pngPage';
import { sniffFormat } from './sniffFormat';
import type { ScanSource } from './sourcePages';
import { readTiffPages } from './tiffPages';

export interface ScanFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadSourcesOptions {
  colorProfile: ColorProfile;
  now: Date;
}

export interface ReadSources {
  sources: ScanSource[];
  /** The imported PDF inputs, parsed, by file index (the build copies their pages). */
  pdfDocs: Map<number, PDFDocument>;
}

/** The contract's limits again: the format change calls in without the contract's schema. */
function checkSizes(files: readonly ScanFile[]): void {
  if (files.length > CONVERSION_LIMITS.files) throw tooManyFilesError(files.length);
  let total = 0;
  for (const { name, bytes } of files) {
    if (bytes.length > CONVERSION_LIMITS.fileBytes) throw fileTooLargeError(name, bytes.length);
    total += bytes.length;
  }
  if (total > CONVERSION_LIMITS.totalBytes) throw inputTooLargeError(total);
}

/**
 * Reads every file's header, in order, and refuses the first thing that cannot be
 * converted — too many files or bytes, an empty file, an unknown format, a cut-off or
 * damaged image, a TIFF compression libtiff cannot read, an image beyond the pixel
 * limits, a PDF the import refuses, more pages in all than one conversion takes —
 * before any image is decoded.
 */
export async function readSources(
  files: readonly ScanFile[],
  options: ReadSourcesOptions,
): Promise<ReadSources> {
  checkSizes(files);
  const sources: ScanSource[] = [];
  const pdfDocs = new Map<number, PDFDocument>();
  let total = 0;
  for (const [fileIndex, { name, bytes }] of files.entries()) {
    if (bytes.length === 0) throw emptyFileError(name);
    const format = sniffFormat(bytes);
    if (format === null) throw unknownFormatError(name);
    const source: ScanSource = { name, format, bytes, pages: [] };
    if (format === 'jpeg') {
      source.pages = [readJpegPage(bytes, name)];
    } else if (format === 'png') {
      source.pages = [await readPngPage(bytes, name)];
    } else if (format === 'tiff') {
      const tiff = readTiffPages(bytes, name, CONVERSION_LIMITS.pages - total);
      if (total + tiff.count > CONVERSION_LIMITS.pages) throw tooManyPagesError(total + tiff.count);
      source.pages = tiff.pages;
    } else {
      const pdf = await readPdfPages(bytes, name, options.colorProfile, options.now);
      source.pages = pdf.pages;
      pdfDocs.set(fileIndex, pdf.doc);
    }
    total += source.pages.length;
    if (total > CONVERSION_LIMITS.pages) throw tooManyPagesError(total);
    sources.push(source);
  }
  return { sources, pdfDocs };
}
