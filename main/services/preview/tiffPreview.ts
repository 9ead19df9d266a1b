import type { Metadata } from 'sharp';
import { CONVERSION_LIMITS } from '../../../common/contract/conversion';
import { TIFF_PREVIEW_LONG_SIDE, type TiffPreview } from '../../../common/contract/preview';
import { MAX_ATTACHMENT_BYTES } from '../../../common/domain/attachments';
import { loadSharp, type SharpFactory } from '../conversion/scans/sharpLoader';
import { sniffFormat } from '../conversion/scans/sniffFormat';
import { refusedFirstPageCompression } from '../conversion/scans/tiffPages';
import {
  compressionError,
  damagedError,
  imageLibraryMissingError,
  imageTooLargeError,
  notTiffError,
  tooLargeError,
} from './errors';

export interface TiffPreviewDeps {
  /** How sharp is loaded (tests: a loader that fails). */
  loadSharp?: () => Promise<SharpFactory>;
}

const bufferOf = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

async function sharpFor(deps: TiffPreviewDeps): Promise<SharpFactory> {
  try {
    return await (deps.loadSharp ?? loadSharp)();
  } catch (error) {
    throw Object.assign(imageLibraryMissingError(), { cause: error });
  }
}

/**
 * The first page of a TIFF scan as a PNG the renderer can draw (Chromium decodes no
 * TIFF). The page's size is read from its header and refused beyond the conversion's
 * pixel limit before anything is decoded; libvips then shrinks while it reads.
 */
export async function previewTiff(
  bytes: Uint8Array,
  deps: TiffPreviewDeps = {},
): Promise<TiffPreview> {
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw tooLargeError(bytes.byteLength);
  if (sniffFormat(bytes) !== 'tiff') throw notTiffError();
  const sharp = await sharpFor(deps);
  const input = bufferOf(bytes);
  let meta: Metadata;
  try {
    // The header only: its declared size is checked here, not by libvips's refusal.
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw Object.assign(damagedError(), { cause: error });
  }
  const { width, height } = meta;
  if (meta.format !== 'tiff' || !width || !height) throw damagedError();
  if (width * height > CONVERSION_LIMITS.pixels) {
    throw imageTooLargeError(width, height, Math.floor(CONVERSION_LIMITS.pixels / 1_000_000));
  }
  const refused = refusedFirstPageCompression(bytes);
  if (refused) throw compressionError(refused);
  // A strip libtiff cannot read is an error (a cut-off file), not a page of noise; a
  // warning (an unknown tag, say) is not.
  const options = {
    page: 0,
    pages: 1,
    limitInputPixels: CONVERSION_LIMITS.pixels,
    failOn: 'error',
  } as const;
  try {
    const { data, info } = await sharp(input, options)
      .autoOrient()
      .resize({
        width: TIFF_PREVIEW_LONG_SIDE,
        height: TIFF_PREVIEW_LONG_SIDE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .png()
      .toBuffer({ resolveWithObject: true });
    return {
      png: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
      pages: meta.pages ?? 1,
    };
  } catch (error) {
    throw Object.assign(damagedError(), { cause: error });
  }
}
