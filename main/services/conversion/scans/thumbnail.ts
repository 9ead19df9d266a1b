import { damagedImageError } from './errors';
import { openFlatPage } from './decodeImage';
import type { ImagePage } from './sourcePages';

const THUMBNAIL_WIDTH = 240;

/** A small JPEG of the page for the page tools (as shown: orientation applied, on white). */
export async function thumbnailOf(
  bytes: Uint8Array,
  page: ImagePage,
  file: string,
): Promise<Uint8Array> {
  try {
    const jpeg = await (
      await openFlatPage(bytes, page)
    )
      .resize({ width: THUMBNAIL_WIDTH, height: THUMBNAIL_WIDTH * 4, fit: 'inside' })
      .jpeg({ quality: 70 })
      .toBuffer();
    return new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
  } catch {
    throw damagedImageError(file, page.index + 1);
  }
}
