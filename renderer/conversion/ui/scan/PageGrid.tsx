import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SCAN_MODES,
  type ScanInspection,
  type ScanMode,
} from '../../../../common/contract/conversion';
import { EnlargedPage } from './EnlargedPage';
import { commonMode, type ScanPage } from './pageList';
import { pageSource } from './pageFacts';
import { PageTile, type TileControl } from './PageTile';
import type { ScanDialogAction } from './scanDialogState';
import type { ScanInputFile } from './scanFiles';

export interface PageGridProps {
  pages: ScanPage[];
  files: ScanInputFile[];
  inspection: ScanInspection | null;
  enlarged: string | null;
  disabled: boolean;
  dispatch: (action: ScanDialogAction) => void;
}

const MIXED = '';

/**
 * The output's pages in order, as tiles, with one mode for all of them. After a move the
 * focus stays with the moved page (the DOM node may be re-inserted, which drops focus),
 * and what happened is announced.
 */
export function PageGrid({
  pages,
  files,
  inspection,
  enlarged,
  disabled,
  dispatch,
}: PageGridProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const allModesId = useId();
  const list = useRef<HTMLOListElement>(null);
  // Where the focus goes once the pages are drawn after a move, a removal or the preview.
  const pendingFocus = useRef<{ key: string; control: TileControl } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const setFocus = (target: { key: string; control: TileControl }) => {
    pendingFocus.current = target;
  };

  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus || !list.current) return;
    pendingFocus.current = null;
    const tile = list.current.querySelector<HTMLElement>(
      `[data-page-key="${CSS.escape(focus.key)}"]`,
    );
    const control = tile?.querySelector<HTMLElement>(`[data-control="${focus.control}"]`);
    const target =
      control && !(control as HTMLButtonElement).disabled
        ? control
        : tile?.querySelector<HTMLElement>('[data-control="tile"]');
    target?.focus();
  }, [pages, enlarged]);

  const fileOf = (page: ScanPage) => ({
    name: inspection?.files[page.info.file]?.name ?? files[page.info.file]?.name ?? '',
    pages: inspection?.files[page.info.file]?.pages ?? 1,
    bytes: files[page.info.file]?.bytes ?? null,
  });

  const move = (key: string, index: number, delta: -1 | 1, control: TileControl) => {
    const to = index + delta;
    if (to < 0 || to >= pages.length) return;
    dispatch({ type: 'move', key, delta });
    setFocus({ key, control });
    setAnnouncement(
      t('conversionScan.pages.moved', { from: index + 1, to: to + 1, total: pages.length }),
    );
  };

  const remove = (key: string, index: number) => {
    const next = pages[index + 1] ?? pages[index - 1];
    dispatch({ type: 'remove', key });
    if (next) setFocus({ key: next.key, control: 'tile' });
    setAnnouncement(t('conversionScan.pages.removed', { number: index + 1 }));
  };

  const shown = enlarged ? pages.findIndex((page) => page.key === enlarged) : -1;
  const shownPage = shown >= 0 ? pages[shown] : undefined;
  const mode = commonMode(pages);

  return (
    <div className="scan-pages">
      <div className="scan-pages__bar">
        <label className="scan-pages__all" htmlFor={allModesId}>
          <span className="field__label">{t('conversionScan.pages.allModes')}</span>
          <select
            id={allModesId}
            className="select"
            value={mode ?? MIXED}
            data-testid="scan-all-modes"
            disabled={disabled || pages.length === 0}
            onChange={(event) => {
              if (event.target.value !== MIXED)
                dispatch({ type: 'allModes', mode: event.target.value as ScanMode });
            }}
          >
            {mode === null ? (
              <option value={MIXED} disabled>
                {t('conversionScan.pages.mixed')}
              </option>
            ) : null}
            {SCAN_MODES.map((item) => (
              <option key={item} value={item}>
                {t(`conversion.mode.${item}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="field__hint">
          {t('conversionScan.pages.count', { count: pages.length })} ·{' '}
          {t('conversionScan.pages.modeHint')}
        </p>
      </div>
      <p id={hintId} className="field__hint">
        {t('conversionScan.pages.keyboard')} {t('conversionScan.pages.approximate')}
      </p>
      {shownPage ? (
        <EnlargedPage
          page={shownPage}
          number={shown + 1}
          total={pages.length}
          source={pageSource(shownPage, fileOf(shownPage).name, fileOf(shownPage).pages, t)}
          fileBytes={fileOf(shownPage).bytes}
          filePages={fileOf(shownPage).pages}
          onClose={() => {
            dispatch({ type: 'enlarge', key: null });
            setFocus({ key: shownPage.key, control: 'tile' });
          }}
        />
      ) : null}
      <ol ref={list} className="scan-pages__list" aria-label={t('conversionScan.pages.list')}>
        {pages.map((page, index) => {
          const file = fileOf(page);
          return (
            <PageTile
              key={page.key}
              page={page}
              number={index + 1}
              total={pages.length}
              source={pageSource(page, file.name, file.pages, t)}
              pdfBytes={page.info.format === 'pdf' ? file.bytes : null}
              keyboardHintId={hintId}
              disabled={disabled}
              onMove={(delta, control) => move(page.key, index, delta, control)}
              onRotate={(direction) => dispatch({ type: 'rotate', key: page.key, direction })}
              onRemove={() => remove(page.key, index)}
              onEnlarge={() => dispatch({ type: 'enlarge', key: page.key })}
              onMode={(next) => dispatch({ type: 'mode', key: page.key, mode: next })}
            />
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
