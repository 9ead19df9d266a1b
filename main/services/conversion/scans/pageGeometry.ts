import type { ImagePage, PdfPage } from './sourcePages';

const MM_PER_INCH = 25.4;
export const PT_PER_MM = 72 / MM_PER_INCH;

const A4 = { short: 210, long: 297 };
/** A0's long side: no scanner takes a larger sheet. */
const LARGEST_SHEET_MM = 1189;
/** PDF's smallest page side, 3 units (ISO 32000-1, C.2), with room to spare. */
const SMALLEST_SIDE_MM = 2;

export interface SizeMm {
  widthMm: number;
  heightMm: number;
}

/** Orientations 5–8 turn the picture by a quarter: its width is the stored height. */
export const swapsAxes = (orientation: number) => orientation >= 5 && orientation <= 8;

/**
 * How far (clockwise) a viewer turns the stored picture for EXIF/TIFF orientations
 * that only rotate; null for the mirrored ones (2, 4, 5, 7), whose pixels must be
 * flipped.
 */
export function orientationRotation(orientation: number): 0 | 90 | 180 | 270 | null {
  switch (orientation) {
    case 1:
      return 0;
    case 3:
      return 180;
    case 6:
      return 90;
    case 8:
      return 270;
    default:
      return null;
  }
}

function fromDpi(page: ImagePage): SizeMm | null {
  const x = page.xDpi ?? page.yDpi;
  const y = page.yDpi ?? page.xDpi;
  if (!x || !y) return null;
  const size = {
    widthMm: (page.width / x) * MM_PER_INCH,
    heightMm: (page.height / y) * MM_PER_INCH,
  };
  // A page larger than any sheet means the resolution is an editor's or a camera's
  // default (72, 96 dpi), not the scanner's; so does one too small for a PDF page.
  const longer = Math.max(size.widthMm, size.heightMm);
  const shorter = Math.min(size.widthMm, size.heightMm);
  if (longer > LARGEST_SHEET_MM || shorter < SMALLEST_SIDE_MM) return null;
  return size;
}

/**
 * The page an image fills, in the axes of the stored pixels: from its resolution,
 * else the largest size of its aspect that fits A4, upright or lying as the picture
 * is shown.
 */
export function storedPageMm(page: ImagePage): SizeMm {
  const byDpi = fromDpi(page);
  if (byDpi) return byDpi;
  const swap = swapsAxes(page.orientation);
  const shownWidth = swap ? page.height : page.width;
  const shownHeight = swap ? page.width : page.height;
  const lying = shownWidth > shownHeight;
  const boxShownWidth = lying ? A4.long : A4.short;
  const boxShownHeight = lying ? A4.short : A4.long;
  const boxWidth = swap ? boxShownHeight : boxShownWidth;
  const boxHeight = swap ? boxShownWidth : boxShownHeight;
  const scale = Math.min(boxWidth / page.width, boxHeight / page.height);
  return { widthMm: page.width * scale, heightMm: page.height * scale };
}

/** The image page as it is shown (its orientation applied). */
export function shownPageMm(page: ImagePage): SizeMm {
  const stored = storedPageMm(page);
  return swapsAxes(page.orientation)
    ? { widthMm: stored.heightMm, heightMm: stored.widthMm }
    : stored;
}

/** A PDF page as it is shown (its /Rotate applied). */
export function shownPdfPageMm(page: PdfPage): SizeMm {
  const widthMm = page.widthPt / PT_PER_MM;
  const heightMm = page.heightPt / PT_PER_MM;
  return page.rotate % 180 === 0 ? { widthMm, heightMm } : { widthMm: heightMm, heightMm: widthMm };
}
