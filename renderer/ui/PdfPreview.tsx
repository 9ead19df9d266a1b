import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { openPdf } from './pdfjs';

export interface PdfPreviewProps {
  bytes: Uint8Array;
  /** Accessible name of the preview, e.g. the file name. */
  label: string;
  /** Largest number of pages drawn (a long scan shows its beginning). */
  maxPages?: number;
  /** Width of the drawn page in CSS pixels. */
  width?: number;
}

/** Names a drawn page from the page number and count it carries. */
function namePage(canvas: HTMLCanvasElement, t: TFunction, label: string) {
  const number = Number(canvas.dataset.page);
  const total = Number(canvas.dataset.total);
  canvas.setAttribute('aria-label', t('common.preview.page', { number, total, label }));
}

/**
 * Draws the first pages of a PDF onto canvases with pdf.js. Only new bytes, page count
 * or width draw again; a new label renames the pages already drawn.
 */
export function PdfPreview({ bytes, label, maxPages = 3, width = 560 }: PdfPreviewProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ pages: number; failed: boolean }>({
    pages: 0,
    failed: false,
  });

  const nameNewPage = useEffectEvent((canvas: HTMLCanvasElement) => namePage(canvas, t, label));
  useEffect(() => {
    container.current
      ?.querySelectorAll<HTMLCanvasElement>('canvas.pdf-preview__page')
      .forEach((canvas) => namePage(canvas, t, label));
  }, [label, t]);

  useEffect(() => {
    let cancelled = false;
    const host = container.current;
    if (!host) return;
    host.replaceChildren();
    const run = async () => {
      const pdf = await openPdf(bytes);
      try {
        const count = Math.min(pdf.numPages, maxPages);
        for (let number = 1; number <= count && !cancelled; number++) {
          const page = await pdf.getPage(number);
          const base = page.getViewport({ scale: 1 });
          const scale = width / base.width;
          const ratio = window.devicePixelRatio || 1;
          const viewport = page.getViewport({ scale: scale * ratio });
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
          canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
          canvas.className = 'pdf-preview__page';
          canvas.setAttribute('role', 'img');
          canvas.dataset.page = String(number);
          canvas.dataset.total = String(pdf.numPages);
          nameNewPage(canvas);
          await page.render({ canvas, viewport }).promise;
          if (!cancelled) host.append(canvas);
        }
        if (!cancelled) setState({ pages: pdf.numPages, failed: false });
      } finally {
        void pdf.destroy();
      }
    };
    run().catch(() => {
      if (!cancelled) setState({ pages: 0, failed: true });
    });
    return () => {
      cancelled = true;
    };
  }, [bytes, maxPages, width]);

  return (
    <div className="pdf-preview">
      <div ref={container} className="pdf-preview__pages" />
      {state.failed ? <p className="field__error">{t('common.preview.failed')}</p> : null}
      {state.pages > maxPages ? (
        <p className="field__hint">
          {t('common.preview.more', { shown: maxPages, total: state.pages })}
        </p>
      ) : null}
    </div>
  );
}
