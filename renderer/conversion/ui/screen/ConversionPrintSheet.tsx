import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { openPdf } from '../../../ui/pdfjs';

/** Sharp enough for text and the clause on an office laser printer, small enough to hold many pages. */
const PRINT_DPI = 200;
const MM_PER_POINT = 25.4 / 72;

interface PrintedPage {
  url: string;
  widthMm: number;
  heightMm: number;
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('page not drawn'))),
      'image/png',
    ),
  );
}

export type PrintSheetState = 'drawing' | 'ready' | 'failed';

/**
 * The printable output as it goes to the printer from inside the app: every page drawn
 * by pdf.js, each on a sheet of its own size. Hidden on screen; the print stylesheet
 * hides everything else (as the intake stamp does). The app cannot hand the PDF to
 * Chromium's viewer instead: new windows are blocked by the shell and the CSP allows no
 * `blob:` frame, so the pages are drawn here — one canvas at a time, kept as images.
 */
export function ConversionPrintSheet({
  pdf,
  onState,
}: {
  pdf: Uint8Array;
  onState: (state: PrintSheetState) => void;
}) {
  const [pages, setPages] = useState<PrintedPage[]>([]);
  useEffect(() => {
    let cancelled = false;
    const urls: string[] = [];
    let sheet: CSSStyleSheet | null = null;
    onState('drawing');
    const run = async () => {
      const doc = await openPdf(pdf);
      try {
        const drawn: PrintedPage[] = [];
        const canvas = document.createElement('canvas');
        for (let number = 1; number <= doc.numPages && !cancelled; number++) {
          const page = await doc.getPage(number);
          const base = page.getViewport({ scale: 1 });
          const viewport = page.getViewport({ scale: PRINT_DPI / 72 });
          canvas.width = Math.round(viewport.width);
          canvas.height = Math.round(viewport.height);
          await page.render({ canvas, viewport }).promise;
          const url = URL.createObjectURL(await canvasBlob(canvas));
          urls.push(url);
          drawn.push({
            url,
            widthMm: base.width * MM_PER_POINT,
            heightMm: base.height * MM_PER_POINT,
          });
          page.cleanup();
        }
        canvas.width = 0;
        canvas.height = 0;
        if (cancelled) return;
        const first = drawn[0];
        if (first) {
          // The sheet size is known only now; a constructed sheet sets it (no inline <style> under the CSP).
          sheet = new CSSStyleSheet();
          sheet.replaceSync(
            `@page { size: ${first.widthMm.toFixed(2)}mm ${first.heightMm.toFixed(2)}mm; margin: 0; }`,
          );
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        }
        setPages(drawn);
        onState(drawn.length > 0 ? 'ready' : 'failed');
      } finally {
        void doc.destroy();
      }
    };
    run().catch(() => {
      if (!cancelled) onState('failed');
    });
    return () => {
      cancelled = true;
      urls.forEach((url) => URL.revokeObjectURL(url));
      if (sheet)
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((item) => item !== sheet);
    };
  }, [pdf, onState]);

  return createPortal(
    <div className="conversion-print" aria-hidden="true">
      {pages.map((page) => (
        <img
          key={page.url}
          className="conversion-print__page"
          src={page.url}
          alt=""
          style={{ width: `${page.widthMm}mm`, height: `${page.heightMm}mm` }}
        />
      ))}
    </div>,
    document.body,
  );
}
