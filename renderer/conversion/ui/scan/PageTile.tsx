import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SCAN_MODES, type ScanMode } from '../../../../common/contract/conversion';
import type { ScanPage, TurnDirection } from './pageList';
import { pageFacts } from './pageFacts';
import { PageThumbnail } from './PageThumbnail';

/** The controls of a tile that keep the focus after a move (see PageGrid). */
export type TileControl = 'tile' | 'earlier' | 'later';

export interface PageTileProps {
  page: ScanPage;
  /** 1-based place in the output. */
  number: number;
  total: number;
  /** Where the page comes from ("sken.tif, str. 2"). */
  source: string;
  /** The bytes of a PDF input, for pdf.js; null for image pages. */
  pdfBytes: Uint8Array | null;
  keyboardHintId: string;
  disabled: boolean;
  onMove: (delta: -1 | 1, control: TileControl) => void;
  onRotate: (direction: TurnDirection) => void;
  onRemove: () => void;
  onEnlarge: () => void;
  onMode: (mode: ScanMode) => void;
}

/**
 * One page of the output: its preview, sizes, mode, and the buttons to move, turn,
 * enlarge and remove it. Alt+← / Alt+→ anywhere in the tile move the page.
 */
export function PageTile({
  page,
  number,
  total,
  source,
  pdfBytes,
  keyboardHintId,
  disabled,
  onMove,
  onRotate,
  onRemove,
  onEnlarge,
  onMode,
}: PageTileProps) {
  const { t, i18n } = useTranslation();
  const { info } = page;
  const pdf = info.format === 'pdf' && pdfBytes ? { bytes: pdfBytes, page: info.page } : null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    // Alt+← is the browser's "back" too: the page tools take it while a page has the focus.
    event.preventDefault();
    if (disabled) return;
    onMove(event.key === 'ArrowLeft' ? -1 : 1, 'tile');
  };

  return (
    <li className="scan-page" data-page-key={page.key} data-testid="scan-page">
      <div
        className="scan-page__card"
        tabIndex={0}
        role="group"
        data-control="tile"
        aria-label={t('conversionScan.pages.pageLabel', { number, total, source })}
        aria-describedby={keyboardHintId}
        onKeyDown={onKeyDown}
      >
        <PageThumbnail
          image={info.thumbnail}
          pdf={pdf}
          width={220}
          rotate={page.rotate}
          // PDF pages are copied as they are: the mode does not change them.
          mode={info.format === 'pdf' ? 'colour' : page.mode}
          label={t('conversionScan.pages.thumbnail', { number })}
        />
        <p className="scan-page__number">{t('conversionScan.pages.page', { number })}</p>
        <p className="scan-page__source">{source}</p>
        <ul className="scan-page__facts">
          {pageFacts(page, t, i18n.language).map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
        <select
          className="select"
          value={page.mode}
          aria-label={t('conversionScan.pages.mode', { number })}
          data-testid="scan-page-mode"
          disabled={disabled}
          onChange={(event) => onMode(event.target.value as ScanMode)}
        >
          {SCAN_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`conversion.mode.${mode}`)}
            </option>
          ))}
        </select>
        <div className="scan-page__tools">
          <button
            type="button"
            className="button button--small"
            data-control="earlier"
            aria-label={t('conversionScan.pages.earlierLabel', { number })}
            title={t('conversionScan.pages.earlierLabel', { number })}
            disabled={disabled || number === 1}
            onClick={() => onMove(-1, 'earlier')}
          >
            <span aria-hidden="true">←</span>
          </button>
          <button
            type="button"
            className="button button--small"
            data-control="later"
            aria-label={t('conversionScan.pages.laterLabel', { number })}
            title={t('conversionScan.pages.laterLabel', { number })}
            disabled={disabled || number === total}
            onClick={() => onMove(1, 'later')}
          >
            <span aria-hidden="true">→</span>
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={t('conversionScan.pages.rotateLeftLabel', { number })}
            title={t('conversionScan.pages.rotateLeftLabel', { number })}
            disabled={disabled}
            onClick={() => onRotate('left')}
          >
            <span aria-hidden="true">⟲</span>
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={t('conversionScan.pages.rotateRightLabel', { number })}
            title={t('conversionScan.pages.rotateRightLabel', { number })}
            disabled={disabled}
            onClick={() => onRotate('right')}
          >
            <span aria-hidden="true">⟳</span>
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={t('conversionScan.pages.enlargeLabel', { number })}
            title={t('conversionScan.pages.enlargeLabel', { number })}
            onClick={onEnlarge}
          >
            {t('conversionScan.pages.enlarge')}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={t('conversionScan.pages.removeLabel', { number })}
            title={t('conversionScan.pages.removeLabel', { number })}
            data-testid="scan-page-remove"
            disabled={disabled}
            onClick={onRemove}
          >
            {t('conversionScan.pages.remove')}
          </button>
        </div>
      </div>
    </li>
  );
}
