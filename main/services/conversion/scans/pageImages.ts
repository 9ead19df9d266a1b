import type { PDFDocument } from 'pdf-lib';
import type { ScanMode } from '../../../../common/contract/conversion';
import { histogramOf, MIDDLE_THRESHOLD, otsuThreshold, packBits } from './blackWhite';
import { openFlatPage } from './decodeImage';
import { damagedImageError } from './errors';
import { embedDct, embedFlate, embedG4, type EmbeddedImage } from './imageXObjects';
import { orientationRotation, PT_PER_MM, shownPageMm, storedPageMm } from './pageGeometry';
import type { ImagePage } from './sourcePages';

/** What the clerk is told (see BuiltScanPdf.notices). */
export const NOTICE = {
  cmyk: 'barvy CMYK převedeny do sRGB',
  alpha: 'průhlednost sloučena s bílým podkladem',
  depth: (bits: number) => `${bits}bitová barevná hloubka snížena na 8 bitů`,
  pdfMode: 'stránky PDF převzaty beze změny, barevný režim se na ně nepoužije',
} as const;

export interface PlacedImage extends EmbeddedImage {
  /** The page box in points, in the axes of the embedded pixels. */
  widthPt: number;
  heightPt: number;
  /** How far (clockwise) the page turns the embedded pixels to show them upright. */
  rotate: 0 | 90 | 180 | 270;
}

/**
 * JPEG quality for what is re-encoded (a CMYK or greyscale conversion, a continuous-
 * tone PNG or TIFF): Flate on a 300-dpi colour page is some 15 MB, JPEG 90 about a
 * tenth of it with no loss a reader of the page can see. Chroma is kept at full
 * resolution (4:4:4) so thin coloured lines — a stamp, a signature in blue — keep
 * their edges. Palette and 1-bit images stay lossless (Flate).
 */
const JPEG = { quality: 90, chromaSubsampling: '4:4:4' } as const;

type Notify = (notice: string) => void;

async function decodeOneBit(doc: PDFDocument, bytes: Uint8Array, page: ImagePage) {
  const { data, info } = await (
    await openFlatPage(bytes, page)
  )
    .toColourspace('b-w')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`black and white: ${info.channels} channels`);
  // A 1-bit scan decodes to 0 and 255 only: any middle level splits it exactly.
  const threshold =
    page.colour === 'blackWhite'
      ? MIDDLE_THRESHOLD
      : otsuThreshold(histogramOf(data, info.width, info.height));
  const packed = packBits(data, info.width, info.height, threshold);
  return embedFlate(doc, packed, {
    width: info.width,
    height: info.height,
    colorSpace: 'DeviceGray',
    bits: 1,
  });
}

async function decodeLossless(doc: PDFDocument, bytes: Uint8Array, page: ImagePage, grey: boolean) {
  const { data, info } = await (
    await openFlatPage(bytes, page)
  )
    .toColourspace(grey ? 'b-w' : 'srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const colorSpace = info.channels === 1 ? 'DeviceGray' : 'DeviceRGB';
  if (info.channels !== 1 && info.channels !== 3) throw new Error(`${info.channels} channels`);
  return embedFlate(doc, data, { width: info.width, height: info.height, colorSpace, bits: 8 });
}

async function decodeJpeg(doc: PDFDocument, bytes: Uint8Array, page: ImagePage, grey: boolean) {
  const { data, info } = await (
    await openFlatPage(bytes, page)
  )
    .toColourspace(grey ? 'b-w' : 'srgb')
    .jpeg(JPEG)
    .toBuffer({ resolveWithObject: true });
  return embedDct(doc, data, { width: info.width, height: info.height, components: info.channels });
}

function pagePoints(size: { widthMm: number; heightMm: number }) {
  return { widthPt: size.widthMm * PT_PER_MM, heightPt: size.heightMm * PT_PER_MM };
}

/**
 * One scan page as an image of the output, in the mode the clerk chose:
 * - a single-strip CCITT G4 TIFF page passes its data through in any mode (it is
 *   black and white already);
 * - a JPEG passes its DCT data through in colour, and in greyscale when it is grey;
 * - black and white: grey, Otsu's threshold, 1-bit Flate;
 * - a palette image: lossless Flate; other images: JPEG 90 (see JPEG).
 * Pass-through keeps the EXIF/TIFF orientation as the page's rotation; a decoded
 * page is turned upright first. Alpha is composed onto white, 16 bits become 8.
 */
export async function embedPageImage(
  doc: PDFDocument,
  bytes: Uint8Array,
  page: ImagePage,
  mode: ScanMode,
  file: string,
  notify: Notify,
): Promise<PlacedImage> {
  const turn = orientationRotation(page.orientation);
  if (turn !== null && page.g4) {
    const data = bytes.subarray(page.g4.offset, page.g4.offset + page.g4.length);
    const { width, height } = page;
    const image = embedG4(doc, data, { width, height, blackIs1: page.g4.blackIs1 });
    return { ...image, ...pagePoints(storedPageMm(page)), rotate: turn };
  }
  const dctAsIs =
    page.dctPassthrough &&
    (mode === 'colour' || (mode === 'greyscale' && page.colour === 'greyscale'));
  if (turn !== null && dctAsIs) {
    const components = page.colour === 'greyscale' ? 1 : 3;
    const image = embedDct(doc, bytes, { width: page.width, height: page.height, components });
    return { ...image, ...pagePoints(storedPageMm(page)), rotate: turn };
  }

  const oneBit = mode === 'blackWhite' || page.colour === 'blackWhite';
  const grey = mode === 'greyscale' || page.colour === 'greyscale';
  let image: EmbeddedImage;
  try {
    if (oneBit) image = await decodeOneBit(doc, bytes, page);
    else if (page.palette) image = await decodeLossless(doc, bytes, page, grey);
    else image = await decodeJpeg(doc, bytes, page, grey);
  } catch {
    throw damagedImageError(file, page.index + 1);
  }
  if (page.hasAlpha) notify(NOTICE.alpha);
  if (!oneBit && page.bitsPerSample > 8) notify(NOTICE.depth(page.bitsPerSample));
  if (mode === 'colour' && page.colour === 'cmyk') notify(NOTICE.cmyk);
  return { ...image, ...pagePoints(shownPageMm(page)), rotate: 0 };
}
