import { PNG } from 'pngjs';

/**
 * A letterhead logo's PNG as 8-bit RGB with any transparency composed onto white
 * paper. pdf-lib would embed an alpha channel as a soft mask, which is transparency —
 * forbidden in PDF/A-1 (the twin the tests check) and a needless risk in print.
 * pngjs decodes every PNG kind (palettes, tRNS, 1–16 bits, Adam7) to 8-bit RGBA.
 */

export interface RgbImage {
  width: number;
  height: number;
  /** 3 bytes per pixel, rows top to bottom. */
  rgb: Uint8Array;
}

/** Why a PNG was refused, for the caller's message; never shown as is. */
export class PngError extends Error {
  override readonly name = 'PngError';
}

/** A logo needs a few hundred pixels; this bounds memory for a hostile file. */
const MAX_LOGO_PIXELS = 4_000_000;

// Bit depths each colour type allows (ISO/IEC 15948, 11.2.2); pngjs checks only that
// the depth is one of 1, 2, 4, 8, 16, and would decode e.g. 4-bit RGB as garbage.
const DEPTHS: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/**
 * The pixel count IHDR declares. IHDR must be the first chunk, so its width and height
 * sit at fixed offsets; reading them first keeps pngjs from allocating for a huge
 * image the file does not even hold.
 */
function declaredPixels(bytes: Uint8Array): number {
  if (bytes.length < 24) throw new PngError('truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(16) * view.getUint32(20);
}

function decodeRgba(bytes: Uint8Array) {
  try {
    return PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new PngError(error instanceof Error ? error.message : 'unreadable', { cause: error });
  }
}

export function decodePngOnWhite(bytes: Uint8Array): RgbImage {
  if (declaredPixels(bytes) > MAX_LOGO_PIXELS) throw new PngError('too many pixels');
  const png = decodeRgba(bytes);
  const { width, height, data } = png;
  if (width === 0 || height === 0) throw new PngError('empty image');
  if (!DEPTHS[png.colorType]?.includes(png.depth)) throw new PngError('colour type');
  if (data.length !== width * height * 4) throw new PngError('image data');
  const rgb = new Uint8Array(width * height * 3);
  for (let pixel = 0, from = 0, to = 0; pixel < width * height; pixel++, from += 4, to += 3) {
    const alpha = data[from + 3] as number;
    for (let channel = 0; channel < 3; channel++) {
      const value = data[from + channel] as number;
      rgb[to + channel] = Math.round((value * alpha + 255 * (255 - alpha)) / 255);
    }
  }
  return { width, height, rgb };
}
