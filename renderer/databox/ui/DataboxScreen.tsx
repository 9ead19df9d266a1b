import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigated } from '../../app/appSlice';
import { useAppDispatch, useAppSelector } from '../../app/store';
import { BoxesPanel } from './BoxesPanel';
import {
  boxFiltered,
  detailClosed,
  messageOpened,
  messageSelected,
  searched,
  tabChosen,
} from './databoxSlice';
import { InboxFilters, TABPANEL_ID, tabId } from './InboxFilters';
import { InboxGrid } from './InboxGrid';
import { filterMessages } from './inboxFilter';
import { MessageDetail } from './MessageDetail';
import { boxLabel, useBoxes } from './useBoxes';
import { useMessages, useUnreadCounts } from './useMessages';
import { useReceive } from './useReceive';
import { useZfoImport } from './useZfoImport';
import { ZfoImportResults } from './ZfoImportResults';
import '../../styles/recordList.css';
import '../../styles/journal.css';
import '../../styles/databox.css';

/**
 * Datové schránky: the messages of every box in one list (or of one box), received and
 * sent, with downloading on request, ZFO import (button or drop), and a message's
 * detail beside the list.
 */
export function DataboxScreen() {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const { box, tab, search, selectedId, detailOpen } = useAppSelector((state) => state.databox);
  const { boxes } = useBoxes();
  const receive = useReceive(boxes);
  const importer = useZfoImport();
  const messages = useMessages(tab, box);
  const unread = useUnreadCounts();
  const shown = useMemo(
    () => (messages ? filterMessages(messages, search) : null),
    [messages, search],
  );
  const gridRef = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);

  const onSelect = useCallback((id: string) => dispatch(messageSelected(id)), [dispatch]);
  const onOpen = useCallback((id: string) => dispatch(messageOpened({ id })), [dispatch]);
  const closeDetail = useCallback(() => {
    dispatch(detailClosed());
    gridRef.current?.focus();
  }, [dispatch]);
  const labelOf = useCallback((key: string) => boxLabel(boxes, key), [boxes]);

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) void importer.importDropped(files);
  };
  const hasFiles = (event: DragEvent<HTMLElement>) => event.dataTransfer.types.includes('Files');

  const total = shown?.length ?? null;
  const countText =
    total === null
      ? t('databox.count.loading')
      : search.trim()
        ? t('databox.count.found', { count: total })
        : t('databox.count.total', { count: total });
  const showDetail = detailOpen && selectedId !== null;

  return (
    <section
      className={
        dragging ? 'screen record-list databox databox--dragging' : 'screen record-list databox'
      }
      aria-labelledby="databox-title"
      data-testid="databox-screen"
      onDragEnter={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="record-list__top">
        <h1 id="databox-title" className="screen__title record-list__title">
          {t('databox.title')}
        </h1>
        <p
          className="record-list__count"
          role="status"
          aria-live="polite"
          data-testid="databox-count"
        >
          {countText}
        </p>
        <div className="record-list__toolbar">
          <button
            type="button"
            className="button button--primary"
            data-testid="databox-receive-all"
            disabled={receive.busy || !boxes || boxes.length === 0}
            onClick={() => receive.receive('all')}
          >
            {receive.busy ? t('databox.receive.running') : t('databox.receive.all')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="databox-import"
            disabled={importer.busy}
            aria-describedby="databox-drop-hint"
            onClick={() => void importer.importPicked()}
          >
            {importer.busy ? t('databox.import.working') : t('databox.import.button')}
          </button>
        </div>
      </div>
      <p id="databox-drop-hint" className="record-list__hint">
        {t('databox.import.dropHint')}
      </p>
      {boxes ? (
        <BoxesPanel
          boxes={boxes}
          receive={receive}
          onSettings={() => dispatch(navigated('settings'))}
        />
      ) : null}
      <ZfoImportResults
        rows={importer.rows}
        onDismiss={importer.dismiss}
        onOpen={(id) =>
          dispatch(messageOpened({ id, tab: id.startsWith('sent:') ? 'sent' : 'received' }))
        }
      />
      <InboxFilters
        boxes={boxes ?? []}
        unread={unread}
        box={box}
        tab={tab}
        search={search}
        onBox={(value) => dispatch(boxFiltered(value))}
        onTab={(value) => dispatch(tabChosen(value))}
        onSearch={(value) => dispatch(searched(value))}
      />
      <div
        id={TABPANEL_ID}
        role="tabpanel"
        aria-labelledby={tabId(tab)}
        className={
          showDetail ? 'record-list__content record-list__content--detail' : 'record-list__content'
        }
      >
        <div className="record-table">
          <InboxGrid
            messages={shown ?? []}
            direction={tab}
            boxes={boxes}
            compact={showDetail}
            selectedId={selectedId}
            onSelect={onSelect}
            onOpen={onOpen}
            onClose={closeDetail}
            gridRef={gridRef}
          />
          {shown && shown.length === 0 ? (
            <p className="record-table__empty" data-testid="databox-empty">
              {search.trim()
                ? t('databox.grid.emptySearch')
                : tab === 'received'
                  ? t('databox.grid.emptyReceived')
                  : t('databox.grid.emptySent')}
            </p>
          ) : null}
        </div>
        {showDetail && selectedId ? (
          <MessageDetail
            key={selectedId}
            id={selectedId}
            boxLabel={labelOf}
            onClose={closeDetail}
          />
        ) : null}
      </div>
      <p className="record-list__hint">{t('databox.grid.keyboardHint')}</p>
      {dragging ? (
        <div className="databox__drop" aria-hidden="true">
          {t('databox.import.dropActive')}
        </div>
      ) : null}
    </section>
  );
}
