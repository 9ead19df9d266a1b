import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../documentInfo';
import { ASSETS_DIR } from '../testFonts';
import { createColorProfileLoader } from './colorProfile';
import { readMetadataStream } from './metadataStream';
import { savePdfA } from './savePdfA';
import { claimPart1, pdfA1bTwin } from './twin';

describe('claimPart1', () => {
  it('rewrites pdfaid part and level in element and attribute form', () => {
    expect(
      claimPart1('<pdfaid:part>2</pdfaid:part><pdfaid:conformance>U</pdfaid:conformance>'),
    ).toBe('<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>');
    expect(claimPart1('pdfaid:part="2" pdfaid:conformance=\'A\'')).toBe(
      'pdfaid:part="1" pdfaid:conformance=\'B\'',
    );
  });
});

describe('pdfA1bTwin', () => {
  it('keeps the content, the /ID and the metadata, claims part 1 and writes PDF 1.4 without streams of objects', async () => {
    const doc = await createDocument({
      title: 'Dvojče',
      author: 'Obec',
      createdAt: new Date('2026-01-02T03:04:05Z'),
    });
    doc.addPage([200, 200]).drawRectangle({ x: 10, y: 10, width: 50, height: 50 });
    const original = await savePdfA(doc, {
      part: 2,
      colorProfile: await createColorProfileLoader(ASSETS_DIR)(),
    });
    const twin = await pdfA1bTwin(original);
    const text = Buffer.from(twin).toString('latin1');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text).not.toMatch(/\/ObjStm|\/XRef/);
    const [a, b] = await Promise.all([PDFDocument.load(original), PDFDocument.load(twin)]);
    expect(b.context.trailerInfo.ID?.toString()).toBe(a.context.trailerInfo.ID?.toString());
    expect(b.getTitle()).toBe('Dvojče');
    expect(readMetadataStream(b)).toBe(claimPart1(readMetadataStream(a) ?? ''));
    expect(readMetadataStream(b)).toContain('<pdfaid:part>1</pdfaid:part>');
  });
});
