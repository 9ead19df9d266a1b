import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanPage } from './pageList';
import { pageFacts } from './pageFacts';
import { PageThumbnail } from './PageThumbnail';

export interface EnlargedPageProps {
  page: ScanPage;
  number: number;
  total: number;
  source: string;
  /** The page's file: a JPEG or PNG of one page is shown from it at full size. */
  fileBytes: Uint8Array | null;
  filePages: number;
  onClose: () => void;
}

/**
 * A page shown large above the grid. Escape closes this preview only (not the dialog);
 * the focus comes here when it opens and goes back to the page's tile when it closes.
 */
export function EnlargedPage({
  page,
  number,
  total,
  source,
  fileBytes,
  filePages,
  onClose,
}: EnlargedPageProps) {
  const { t, i18n } = useTranslation();
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeButton.current?.focus();
  }, [page.key]);

  const { info } = page;
  // The browser draws JPEG and PNG itself; a TIFF has only the inspection's small JPEG.
  const whole = (info.format === 'jpeg' || info.format === 'png') && filePages === 1;
  const image = whole && fileBytes ? fileBytes : info.thumbnail;
  const pdf = info.format === 'pdf' && fileBytes ? { bytes: fileBytes, page: info.page } : null;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    // Keeps the native dialog from taking Escape as "close the whole dialog".
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  const title = t('conversionScan.pages.enlarged', { number, total });
  return (
    <section
      className="scan-enlarged"
      aria-label={title}
      data-testid="scan-enlarged"
      onKeyDown={onKeyDown}
    >
      <header className="scan-enlarged__head">
        <h4>{title}</h4>
        <p className="field__hint">
          {source} · {pageFacts(page, t, i18n.language).join(' · ')}
        </p>
        <button ref={closeButton} type="button" className="button button--small" onClick={onClose}>
          {t('conversionScan.pages.closeEnlarged')}
        </button>
      </header>
      <PageThumbnail
        image={pdf ? null : image}
        pdf={pdf}
        width={720}
        rotate={page.rotate}
        mode={info.format === 'pdf' ? 'colour' : page.mode}
        label={t('conversionScan.pages.thumbnail', { number })}
        large
      />
      {!whole && !pdf ? <p className="field__hint">{t('conversionScan.pages.smallOnly')}</p> : null}
    </section>
  );
}
