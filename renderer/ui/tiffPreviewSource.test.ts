import { describe, expect, it, vi } from 'vitest';
import { ContractCallError } from '../../common/contract/envelope';
import type { TiffPreview } from '../../common/contract/preview';
import { MAX_ATTACHMENT_BYTES } from '../../common/domain/attachments';
import { drawableTiff, type TiffPreviewPort } from './tiffPreviewSource';

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const tiffBlob = (bytes = [0x49, 0x49, 42, 0, 8, 0, 0, 0]) =>
  new Blob([new Uint8Array(bytes)], { type: 'image/tiff' });

function port(answer: () => Promise<TiffPreview>) {
  const previewTiff = vi.fn(async (_args: { bytes: Uint8Array }) => answer());
  return { port: { 'files.previewTiff': previewTiff } as TiffPreviewPort, previewTiff };
}

const preview = (pages: number): TiffPreview => ({ png: PNG_BYTES, width: 4, height: 3, pages });

describe('drawableTiff', () => {
  it('sends the stored bytes to main and gives back a PNG Blob with the page count', async () => {
    const { port: main, previewTiff } = port(async () => preview(3));
    const tiff = tiffBlob([0x49, 0x49, 42, 0, 9, 9]);
    const drawn = await drawableTiff(main, tiff);
    expect(previewTiff).toHaveBeenCalledWith({
      bytes: new Uint8Array([0x49, 0x49, 42, 0, 9, 9]),
    });
    expect(drawn.pages).toBe(3);
    expect(drawn.image.type).toBe('image/png');
    expect(new Uint8Array(await drawn.image.arrayBuffer())).toEqual(PNG_BYTES);
  });

  it('asks main once per stored file, however often the preview is shown', async () => {
    const { port: main, previewTiff } = port(async () => preview(1));
    const tiff = tiffBlob();
    const first = await drawableTiff(main, tiff);
    expect(await drawableTiff(main, tiff)).toBe(first);
    await drawableTiff(main, tiffBlob());
    expect(previewTiff).toHaveBeenCalledTimes(2);
  });

  it('asks again after a refusal (the refusal is not kept)', async () => {
    const refusal = new ContractCallError({
      code: 'errors.tiffPreview.damaged',
      message: 'Obrázek TIFF nelze přečíst.',
    });
    let answers = 0;
    const { port: main, previewTiff } = port(async () => {
      answers += 1;
      if (answers === 1) throw refusal;
      return preview(1);
    });
    const tiff = tiffBlob();
    await expect(drawableTiff(main, tiff)).rejects.toBe(refusal);
    await expect(drawableTiff(main, tiff)).resolves.toMatchObject({ pages: 1 });
    expect(previewTiff).toHaveBeenCalledTimes(2);
  });

  it('says in Czech why a file over the attachment limit has no preview, without asking main', async () => {
    const { port: main, previewTiff } = port(async () => preview(1));
    const large = new Blob([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], { type: 'image/tiff' });
    const failure = await drawableTiff(main, large).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ContractCallError);
    expect(failure).toMatchObject({
      code: 'errors.tiffPreview.tooLarge',
      params: { sizeMb: 51, maxMb: 50 },
      message:
        'Soubor má 51 MB, náhled se zobrazí jen u souboru nejvýše o 50 MB. Soubor je uložen beze změny.',
    });
    expect(previewTiff).not.toHaveBeenCalled();
  });
});
