import { damagedImageError, truncatedImageError } from './errors';
import { JpegStructureError, walkJpeg, type JpegWalk } from './jpegMarkers';
import { checkImageSize } from './limits';
import type { ImagePage } from './sourcePages';

/** Baseline, extended and progressive Huffman JPEGs with 8-bit samples: what PDF's DCTDecode reads. */
const PASSTHROUGH_FRAMES = new Set([0xc0, 0xc1, 0xc2]);

const COLOUR: Record<number, ImagePage['colour']> = { 1: 'greyscale', 3: 'colour', 4: 'cmyk' };

/** The one page of a JPEG, refused when it is too large, cut off or not readable. */
export function readJpegPage(bytes: Uint8Array, file: string): ImagePage {
  let walk: JpegWalk;
  try {
    walk = walkJpeg(bytes);
  } catch (error) {
    if (error instanceof JpegStructureError) throw damagedImageError(file, 1);
    throw error;
  }
  const { frame } = walk;
  if (frame) checkImageSize(file, 0, frame.width, frame.height);
  if (!walk.complete) throw truncatedImageError(file, 'JPEG');
  const colour = frame ? COLOUR[frame.components] : undefined;
  if (!frame || !colour || frame.width === 0 || frame.height === 0) {
    throw damagedImageError(file, 1);
  }
  const orientation = walk.orientation >= 1 && walk.orientation <= 8 ? walk.orientation : 1;
  return {
    kind: 'image',
    format: 'jpeg',
    index: 0,
    width: frame.width,
    height: frame.height,
    xDpi: walk.xDpi,
    yDpi: walk.yDpi,
    orientation,
    colour,
    bitsPerSample: frame.precision,
    hasAlpha: false,
    palette: false,
    compression: 'jpeg',
    dctPassthrough:
      PASSTHROUGH_FRAMES.has(frame.marker) && frame.precision === 8 && colour !== 'cmyk',
    g4: null,
  };
}
