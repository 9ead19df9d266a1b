import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalQuery, SortColumn } from '../db/journal/query';
import { useAppDispatch, useAppSelector } from '../app/store';
import { DetailPane } from './DetailPane';
import { ExportDialog } from './ExportDialog';
import { FilterBar } from './FilterBar';
import { JournalGrid } from './JournalGrid';
import {
  detailOpened,
  detailToggled,
  hasActiveFilter,
  selected,
  sortChanged,
} from './journalSlice';
import { useJournal } from './useJournal';
import '../styles/recordList.css';
import '../styles/journal.css';

/**
 * Podací deník: every registered document in journal order, filtered, searched as
 * the clerk types, sorted by any indexed column, with the selected document's detail
 * beside the list and exports of the selection.
 */
export function JournalScreen() {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const { filter, sort, descending, selectedPid, detailOpen } = useAppSelector(
    (state) => state.journal,
  );
  const [typed, setTyped] = useState(filter.search ?? '');
  const [exporting, setExporting] = useState(false);
  const gridRef = useRef<HTMLDivElement>(null);

  const query = useMemo<JournalQuery>(
    () => ({ ...filter, sort, descending }),
    [filter, sort, descending],
  );
  const journal = useJournal(query);
  const { rows, answered } = journal;
  /** The count (or, while a changed journal is re-counted, the previous one). */
  const total = rows ? (rows.total ?? rows.provisional) : null;
  const typing = typed.trim() !== (filter.search ?? '').trim();
  const searching = journal.pending || typing;
  const filtered = answered ? hasActiveFilter(answered) : false;

  const onSort = useCallback((column: SortColumn) => dispatch(sortChanged(column)), [dispatch]);
  const onSelect = useCallback((pid: string) => dispatch(selected(pid)), [dispatch]);
  const onOpen = useCallback((pid: string) => dispatch(detailOpened(pid)), [dispatch]);
  const closeDetail = useCallback(() => {
    dispatch(detailToggled(false));
    gridRef.current?.focus();
  }, [dispatch]);

  const countText =
    total === null
      ? t('journal.count.loading')
      : filtered
        ? t('journal.count.found', { count: total })
        : t('journal.count.total', { count: total });

  return (
    <section className="screen record-list journal" aria-labelledby="journal-title">
      <div className="record-list__top">
        <h1 id="journal-title" className="screen__title record-list__title">
          {t('journal.title')}
        </h1>
        <p
          className="record-list__count journal__count"
          role="status"
          aria-live="polite"
          data-testid="journal-count"
        >
          <span>{countText}</span>
          {searching ? (
            <span className="journal__searching">{t('journal.count.searching')}</span>
          ) : null}
        </p>
        <div className="record-list__toolbar">
          <button
            type="button"
            className="button"
            disabled={!rows}
            onClick={() => setExporting(true)}
          >
            {t('journal.export.open')}
          </button>
        </div>
      </div>
      <FilterBar onTyping={setTyped} />
      <div
        className={
          detailOpen && selectedPid
            ? 'record-list__content record-list__content--detail'
            : 'record-list__content'
        }
      >
        <div className="record-table">
          <JournalGrid
            rows={rows}
            revision={journal.revision}
            busy={searching}
            compact={detailOpen && selectedPid !== null}
            resetKey={answered ? JSON.stringify(answered) : ''}
            sort={sort}
            descending={descending}
            selectedPid={selectedPid}
            onSort={onSort}
            onSelect={onSelect}
            onOpen={onOpen}
            onClose={closeDetail}
            onVisibleRange={journal.setVisibleRange}
            gridRef={gridRef}
          />
          {rows && rows.total === 0 ? (
            <p className="record-table__empty journal-table__empty">
              {filtered ? t('journal.grid.empty') : t('journal.grid.emptyJournal')}
            </p>
          ) : null}
          {journal.error ? (
            <div className="record-table__empty journal-table__empty" role="alert">
              <p>{t('journal.grid.failed')}</p>
              <button type="button" className="button" onClick={journal.retry}>
                {t('journal.grid.retry')}
              </button>
            </div>
          ) : null}
        </div>
        {detailOpen && selectedPid ? (
          <DetailPane key={selectedPid} pid={selectedPid} onClose={closeDetail} />
        ) : null}
      </div>
      <p className="record-list__hint">{t('journal.grid.keyboardHint')}</p>
      {exporting && answered ? (
        <ExportDialog
          query={answered}
          total={total ?? rows?.length ?? 0}
          onClose={() => setExporting(false)}
        />
      ) : null}
    </section>
  );
}
