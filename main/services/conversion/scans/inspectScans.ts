import type { ScanInspection, ScanPageInfo } from '../../../../common/contract/conversion';
import type { ColorProfile } from '../../pdf/pdfa/colorProfile';
import { shownPageMm, shownPdfPageMm, swapsAxes } from './pageGeometry';
import { readSources, type ScanFile } from './readSources';
import type { ImagePage, PdfPage } from './sourcePages';
import { thumbnailOf } from './thumbnail';

export interface InspectDeps {
  /** The PDF inputs go through the PDF/A import, which needs the output profile. */
  colorProfile: ColorProfile;
  now?: () => Date;
}

/** A resolution as the page tools show it: whole when it is (118.11 dpcm is 300 dpi). */
function shownDpi(page: ImagePage): number | null {
  const dpi = page.xDpi ?? page.yDpi;
  return dpi === null ? null : Math.round(dpi * 100) / 100;
}

async function imageInfo(file: number, bytes: Uint8Array, page: ImagePage, name: string) {
  const swap = swapsAxes(page.orientation);
  const info: ScanPageInfo = {
    file,
    page: page.index,
    format: page.format,
    widthPx: swap ? page.height : page.width,
    heightPx: swap ? page.width : page.height,
    dpi: shownDpi(page),
    ...shownPageMm(page),
    colour: page.colour,
    bitsPerSample: page.bitsPerSample,
    hasAlpha: page.hasAlpha,
    compression: page.compression,
    thumbnail: await thumbnailOf(bytes, page, name),
  };
  return info;
}

/**
 * A PDF page has no pixels of its own: its "pixels" are its points (1/72 in) and the
 * resolution is null; pdf.js draws its preview.
 */
function pdfInfo(file: number, page: PdfPage): ScanPageInfo {
  const quarter = page.rotate % 180 !== 0;
  return {
    file,
    page: page.index,
    format: 'pdf',
    widthPx: Math.round(quarter ? page.heightPt : page.widthPt),
    heightPx: Math.round(quarter ? page.widthPt : page.heightPt),
    dpi: null,
    ...shownPdfPageMm(page),
    colour: 'colour',
    bitsPerSample: 8,
    hasAlpha: false,
    compression: null,
    thumbnail: null,
  };
}

/**
 * What the page tools show of the scans: every page with its size, resolution, colour
 * and a thumbnail. All headers are read and every refusal made first; only then are
 * the thumbnails decoded, one page at a time.
 */
export async function inspectScans(
  files: readonly ScanFile[],
  deps: InspectDeps,
): Promise<ScanInspection> {
  const now = deps.now?.() ?? new Date();
  const { sources } = await readSources(files, { colorProfile: deps.colorProfile, now });
  const pages: ScanPageInfo[] = [];
  for (const [file, source] of sources.entries()) {
    for (const page of source.pages) {
      pages.push(
        page.kind === 'pdf'
          ? pdfInfo(file, page)
          : await imageInfo(file, source.bytes, page, source.name),
      );
    }
  }
  return {
    files: sources.map((source) => ({
      name: source.name,
      format: source.format,
      pages: source.pages.length,
    })),
    pages,
  };
}
