import { vi } from 'vitest';
import type { PdfService } from '../pdfService';

const rendered = (fileName: string) => ({
  pdf: new Uint8Array([37, 80, 68, 70]),
  fileName,
  pages: 1,
});

/** A PdfService whose every method answers at once with a tiny stand-in (tests of the wiring). */
export function fakePdfService(overrides: Partial<PdfService> = {}): PdfService {
  return {
    renderIntakeStamp: vi.fn(async () => rendered('razitko.pdf')),
    renderJournal: vi.fn(async () => rendered('denik.pdf')),
    renderTxLogDay: vi.fn(async () => rendered('protokol.pdf')),
    renderLetter: vi.fn(async () => ({
      ...rendered('dopis.pdf'),
      signatureBox: { page: 0, x: 300, y: 100, width: 200, height: 70 },
    })),
    renderPostLabel: vi.fn(async () => rendered('obalka.pdf')),
    importAsPdfA: vi.fn(async () => ({
      pdf: new Uint8Array([37, 80, 68, 70]),
      pages: 1,
      changes: [],
    })),
    regularFontBytes: vi.fn(async () => new Uint8Array([0, 1, 0, 0])),
    assets: vi.fn(async () => {
      throw new Error('fakePdfService: no assets (use createPdfService for real PDFs)');
    }),
    ...overrides,
  };
}
