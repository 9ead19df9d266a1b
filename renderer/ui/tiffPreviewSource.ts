import type { Api } from '../../common/contract/api';
import { ContractCallError } from '../../common/contract/envelope';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from '../../common/domain/attachments';

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
  // Main refuses such a file at the contract's door with a general message; this one says why.
  if (tiff.size > MAX_ATTACHMENT_BYTES) {
    const sizeMb = Math.ceil(tiff.size / (1024 * 1024));
    throw new ContractCallError({
      code: 'errors.tiffPreview.tooLarge',
      message: `Soubor má ${sizeMb} MB, náhled se zobrazí jen u souboru nejvýše o ${MAX_ATTACHMENT_MB} MB. Soubor je uložen beze změny.`,
      params: { sizeMb, maxMb: MAX_ATTACHMENT_MB },
    });
  }
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
