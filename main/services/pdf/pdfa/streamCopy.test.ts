import { PDFDocument, PDFStream, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { installFastStreamCopy, pdfLibCopyBytesInto } from './streamCopy';

async function sample(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date('2026-01-02T03:04:05Z'));
  doc.setModificationDate(new Date('2026-01-02T03:04:05Z'));
  const page = doc.addPage([200, 200]);
  page.drawRectangle({ x: 10, y: 10, width: 50, height: 50, color: rgb(0.2, 0.4, 0.6) });
  // A raw stream of every byte value, as image data is.
  const bytes = new Uint8Array(70_000).map((_, index) => (index * 7919) % 256);
  doc.context.register(doc.context.stream(bytes, { Type: 'XObject', Subtype: 'Image' }));
  return doc;
}

describe('the fast stream copy', () => {
  it('writes the very bytes pdf-lib writes', async () => {
    installFastStreamCopy();
    const fast = await (await sample()).save({ useObjectStreams: false });
    const patched = PDFStream.prototype.copyBytesInto;
    PDFStream.prototype.copyBytesInto = pdfLibCopyBytesInto;
    try {
      const slow = await (await sample()).save({ useObjectStreams: false });
      expect(Buffer.from(fast).equals(Buffer.from(slow))).toBe(true);
    } finally {
      PDFStream.prototype.copyBytesInto = patched;
    }
    expect(patched).not.toBe(pdfLibCopyBytesInto);
  });
});
