import type { Metadata } from 'sharp';
import { loadSharp } from './sharpLoader';
import { CONVERSION_LIMITS } from '../../../../common/contract/conversion';
import { damagedImageError, truncatedImageError } from './errors';
import { checkImageSize } from './limits';
import type { ImagePage } from './sourcePages';

const COLOUR_TYPES = new Set([0, 2, 3, 4, 6]);

/**
 * Walks the chunks (length, type, data, CRC) to IEND, so a file cut off inside its
 * image data is refused here rather than decoded half; the data itself is not read.
 */
function reachesEnd(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    offset += 12 + length;
    if (offset > bytes.length) return false;
    if (type === 'IEND') return true;
  }
  return false;
}

/**
 * The one page of a PNG. Its size comes from IHDR (at a fixed place: it must be the
 * first chunk) and is checked before sharp sees the file; the rest from sharp's
 * metadata(), which reads the chunks before the image data and decodes nothing.
 */
export async function readPngPage(bytes: Uint8Array, file: string): Promise<ImagePage> {
  if (bytes.length < 33) throw truncatedImageError(file, 'PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw damagedImageError(file, 1);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const colourType = bytes[25] as number;
  if (width === 0 || height === 0 || !COLOUR_TYPES.has(colourType)) {
    throw damagedImageError(file, 1);
  }
  checkImageSize(file, 0, width, height);
  if (!reachesEnd(bytes)) throw truncatedImageError(file, 'PNG');
  let meta: Metadata;
  try {
    const sharp = await loadSharp();
    meta = await sharp(bytes, { limitInputPixels: CONVERSION_LIMITS.pixels }).metadata();
  } catch {
    throw damagedImageError(file, 1);
  }
  const bits = meta.bitsPerSample ?? (bytes[24] as number);
  const grey = colourType === 0 || colourType === 4;
  // pHYs in pixels per metre; sharp gives it as pixels per inch and omits it when absent.
  const density = meta.density && meta.density > 0 ? meta.density : null;
  return {
    kind: 'image',
    format: 'png',
    index: 0,
    width,
    height,
    xDpi: density,
    yDpi: density,
    orientation: meta.orientation ?? 1,
    colour: grey ? (bits === 1 ? 'blackWhite' : 'greyscale') : 'colour',
    bitsPerSample: bits,
    hasAlpha: meta.hasAlpha === true,
    palette: colourType === 3,
    compression: 'png',
    dctPassthrough: false,
    g4: null,
  };
}
