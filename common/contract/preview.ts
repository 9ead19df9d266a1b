/**
 * What crosses the contract to preview a file the browser cannot draw itself: a TIFF
 * scan, whose first page main decodes (libvips) and hands back as a PNG.
 */
import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES } from '../domain/attachments';
import type { ContractErrorBody } from './envelope';

/** The preview's longer side in pixels at most (sharp enough for a wide detail pane). */
export const TIFF_PREVIEW_LONG_SIDE = 1600;

/** Any file the app keeps is at most an attachment's size; larger is refused before decoding. */
export const tiffPreviewSchema = z
  .object({
    bytes: z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_ATTACHMENT_BYTES, {
        message: 'validation.file.tooLarge',
      }),
  })
  .strict();

export interface TiffPreview {
  /** The first page as PNG, oriented as shown, its longer side at most TIFF_PREVIEW_LONG_SIDE. */
  png: Uint8Array;
  width: number;
  height: number;
  /** Pages (directories) of the TIFF; the preview is of the first. */
  pages: number;
}

/**
 * Why a file over the attachment limit has no preview: main refuses it, and the
 * renderer says so without sending it (the contract's size check alone would give a
 * general message).
 */
export function tiffPreviewTooLarge(bytes: number): ContractErrorBody {
  const megabytes = (count: number) => Math.ceil(count / (1024 * 1024));
  const sizeMb = megabytes(bytes);
  const maxMb = megabytes(MAX_ATTACHMENT_BYTES);
  return {
    code: 'errors.tiffPreview.tooLarge',
    message: `Soubor má ${sizeMb} MB, náhled se zobrazí jen u souboru nejvýše o ${maxMb} MB. Soubor je uložen beze změny.`,
    params: { sizeMb, maxMb },
  };
}
