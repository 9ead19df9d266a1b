import type { Api } from '../../common/contract/api';
import { ContractCallError } from '../../common/contract/envelope';
import { tiffPreviewTooLarge } from '../../common/contract/preview';
import { MAX_ATTACHMENT_BYTES } from '../../common/domain/attachments';

/** A TIFF as the browser can draw it: its first page as PNG, and how many pages it has. */
export interface DrawableTiff {
  image: Blob;
  pages: number;
}

export type TiffPreviewPort = Pick<Api, 'files.previewTiff'>;

/**
 * Previews already made, by the stored file's Blob (the detail keeps one Blob per
 * component while its content stays): hiding and showing a preview again asks main
 * nothing. A refusal is not kept, so the next showing asks again.
 */
const made = new WeakMap<Blob, Promise<DrawableTiff>>();

async function make(port: TiffPreviewPort, tiff: Blob): Promise<DrawableTiff> {
  if (tiff.size > MAX_ATTACHMENT_BYTES) throw new ContractCallError(tiffPreviewTooLarge(tiff.size));
  const bytes = new Uint8Array(await tiff.arrayBuffer());
  const preview = await port['files.previewTiff']({ bytes });
  return {
    image: new Blob([preview.png as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
    pages: preview.pages,
  };
}

/** The first page of a TIFF, drawn by main (Chromium decodes no TIFF). */
export function drawableTiff(port: TiffPreviewPort, tiff: Blob): Promise<DrawableTiff> {
  let pending = made.get(tiff);
  if (!pending) {
    pending = make(port, tiff);
    made.set(tiff, pending);
    pending.catch(() => made.delete(tiff));
  }
  return pending;
}
