import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { openPdf } from '../ui/pdfjs';

const PRINT_DPI = 300;
const MM_PER_POINT = 25.4 / 72;

export interface PageSize {
  widthMm: number;
  heightMm: number;
}

/**
 * The stamp as it goes to the printer: the first page drawn at 300 dpi, sized in
 * millimetres, alone on a page of the label's size. Hidden on screen; the print
 * stylesheet hides everything else.
 */
export function StampPrintSheet({
  pdf,
  onSize,
}: {
  pdf: Uint8Array;
  onSize?: (size: PageSize) => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let cancelled = false;
    let sheet: CSSStyleSheet | null = null;
    const run = async () => {
      const doc = await openPdf(pdf);
      try {
        const page = await doc.getPage(1);
        const base = page.getViewport({ scale: 1 });
        const size = { widthMm: base.width * MM_PER_POINT, heightMm: base.height * MM_PER_POINT };
        const canvas = canvasRef.current;
        if (cancelled || !canvas) return;
        const viewport = page.getViewport({ scale: PRINT_DPI / 72 });
        canvas.width = Math.round(viewport.width);
        canvas.height = Math.round(viewport.height);
        canvas.style.width = `${size.widthMm}mm`;
        canvas.style.height = `${size.heightMm}mm`;
        await page.render({ canvas, viewport }).promise;
        if (cancelled) return;
        // The page size is known only now; a constructed sheet sets it (the CSP allows no inline <style>).
        sheet = new CSSStyleSheet();
        sheet.replaceSync(
          `@page { size: ${size.widthMm.toFixed(2)}mm ${size.heightMm.toFixed(2)}mm; margin: 0; }`,
        );
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        onSize?.(size);
      } finally {
        void doc.destroy();
      }
    };
    void run().catch(() => undefined);
    return () => {
      cancelled = true;
      if (sheet)
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((item) => item !== sheet);
    };
  }, [pdf, onSize]);
  return createPortal(
    <div className="stamp-print" aria-hidden="true">
      <canvas ref={canvasRef} className="stamp-print__page" />
    </div>,
    document.body,
  );
}
