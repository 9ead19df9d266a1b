import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../common/contract/api';
import { dispatch } from '../../../common/contract/dispatch';
import type { Envelope } from '../../../common/contract/envelope';
import type { TiffPreview } from '../../../common/contract/preview';
import { MAX_ATTACHMENT_BYTES } from '../../../common/domain/attachments';
import { createMemoryLogger } from '../log/logger';
import { craftedTiff, paperImage, sharpTiff } from '../conversion/scans/testScans';
import { createPreviewHandlers } from './handlers';

/** `files.previewTiff` as the renderer calls it: through the contract's dispatch. */
function setup() {
  const real = createPreviewHandlers();
  const handler = vi.fn(real['files.previewTiff']);
  const handlers = { 'files.previewTiff': handler } as unknown as Handlers;
  const logger = createMemoryLogger();
  const call = (args: unknown) =>
    dispatch(handlers, 'files.previewTiff', args, logger) as Promise<Envelope<TiffPreview>>;
  return { call, handler };
}

describe('files.previewTiff', () => {
  it('answers a TIFF with the PNG of its first page', async () => {
    const { call } = setup();
    const tiff = await sharpTiff([paperImage({ width: 60, height: 40 })], { compression: 'lzw' });
    const envelope = await call({ bytes: tiff });
    if (!envelope.ok) throw new Error(envelope.error.message);
    expect(envelope.value).toMatchObject({ width: 60, height: 40, pages: 1 });
    expect(Buffer.from(envelope.value.png.subarray(1, 4)).toString('latin1')).toBe('PNG');
  });

  it.each([
    ['bytes over the attachment limit', { bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1) }],
    ['no bytes at all', { bytes: new Uint8Array(0) }],
    ['text instead of bytes', { bytes: 'SUkqAA==' }],
    ['an unknown key', { bytes: new Uint8Array(8), name: 'sken.tif' }],
    ['a missing key', {}],
  ])('refuses %s before the service runs', async (_what, args) => {
    const { call, handler } = setup();
    const envelope = await call(args);
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'errors.invalidArguments',
        message: 'Aplikace odmítla neplatný požadavek (files.previewTiff).',
        params: { method: 'files.previewTiff' },
      },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a broken TIFF’s refusal on in Czech', async () => {
    const { call } = setup();
    const cut = craftedTiff([
      { width: 100, height: 100, strip: new Uint8Array(50), claimedStripBytes: 10_000 },
    ]);
    const envelope = await call({ bytes: cut });
    expect(envelope).toMatchObject({
      ok: false,
      error: {
        code: 'errors.tiffPreview.damaged',
        message: expect.stringMatching(/^Obrázek TIFF nelze přečíst/),
      },
    });
  });
});
