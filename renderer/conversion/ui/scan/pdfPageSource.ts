import { createContext, useContext } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { openPdf } from '../../../ui/pdfjs';

/**
 * Draws pages of the PDF inputs with pdf.js (the app's `openPdf`: no scripting, no
 * eval). Each PDF is opened once for all its pages, and pages are drawn one after
 * another, so a long PDF does not decode all its pages at once.
 */
export class PdfPageSource {
  private readonly docs = new Map<Uint8Array, Promise<PDFDocumentProxy>>();
  private queue: Promise<unknown> = Promise.resolve();

  /** Draws 0-based `page` of `bytes` on `canvas`, `width` CSS pixels wide. */
  draw(bytes: Uint8Array, page: number, width: number, canvas: HTMLCanvasElement): Promise<void> {
    const run = this.queue.then(async () => {
      if (!canvas.isConnected) return;
      const pdf = await this.open(bytes);
      const proxy = await pdf.getPage(page + 1);
      const base = proxy.getViewport({ scale: 1 });
      const ratio = window.devicePixelRatio || 1;
      const viewport = proxy.getViewport({ scale: (width / base.width) * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await proxy.render({ canvas, viewport }).promise;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Closes the PDFs (the dialog is gone); a later draw opens them again. */
  dispose(): void {
    for (const doc of this.docs.values())
      void doc.then(
        (pdf) => pdf.destroy(),
        () => undefined,
      );
    this.docs.clear();
  }

  private open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
    let doc = this.docs.get(bytes);
    if (!doc) {
      doc = openPdf(bytes);
      this.docs.set(bytes, doc);
    }
    return doc;
  }
}

export const PdfPagesContext = createContext<PdfPageSource | null>(null);

export function usePdfPages(): PdfPageSource | null {
  return useContext(PdfPagesContext);
}
