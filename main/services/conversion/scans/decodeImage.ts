import type { Sharp } from 'sharp';
import { loadSharp } from './sharpLoader';
import { CONVERSION_LIMITS } from '../../../../common/contract/conversion';
import type { ImagePage } from './sourcePages';

/**
 * One page of a scan for sharp, oriented as it is shown. The pixel limit is set again
 * (the header check came first); libvips reads sequentially, so a pipeline holds a few
 * rows, not the page. A file cut off is an error ("truncated"); lesser libjpeg
 * warnings are not, since the marker walk has already vouched for the file's extent.
 */
async function openPage(bytes: Uint8Array, page: ImagePage): Promise<Sharp> {
  const sharp = await loadSharp();
  return sharp(bytes, {
    page: page.index,
    pages: 1,
    limitInputPixels: CONVERSION_LIMITS.pixels,
    failOn: 'truncated',
  }).autoOrient();
}

const WHITE = { r: 255, g: 255, b: 255 };

/** The page on white paper (alpha composed away), in sRGB when it was CMYK. */
export async function openFlatPage(bytes: Uint8Array, page: ImagePage): Promise<Sharp> {
  let image = await openPage(bytes, page);
  if (page.hasAlpha) image = image.flatten({ background: WHITE });
  if (page.colour === 'cmyk') image = image.toColourspace('srgb');
  return image;
}
