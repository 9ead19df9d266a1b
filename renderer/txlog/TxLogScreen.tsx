import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TxEntityType } from '../../common/domain/transactionLog';
import { ChainStatus } from './ChainStatus';
import { EntityLog } from './EntityLog';
import { ExportActions } from './ExportActions';
import { TxLogFilters } from './TxLogFilters';
import { TxLogTable } from './TxLogTable';
import { todayFilter, type TxLogFilter } from './txlogFilter';
import { PAGE_SIZE, usePagedLog } from './usePagedLog';
import '../styles/txlog.css';

interface ShownEntity {
  entityType: TxEntityType;
  entityId: string;
  identifier: string;
}

/**
 * Transakční protokol: the log of a period (today unless the clerk picks another),
 * narrowed by event, object type or text, a page at a time; the chain check of the
 * period; its NSESSS XML export and a day's printable PDF; the log of one object.
 */
export function TxLogScreen() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<TxLogFilter>(() => todayFilter(new Date()));
  const [entity, setEntity] = useState<ShownEntity | null>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const log = usePagedLog(filter);

  const change = useCallback(
    (patch: Partial<TxLogFilter>) => setFilter((current) => ({ ...current, ...patch })),
    [],
  );

  const counts = log.counts;
  const shown = log.page?.entries ?? [];
  const first = log.pageIndex * PAGE_SIZE + 1;
  let countText = t('txlog.count.loading');
  if (counts) {
    countText =
      counts.matching === null
        ? t('txlog.count.period', { count: counts.period })
        : `${t('txlog.count.period', { count: counts.period })} · ${t('txlog.count.matching', { count: counts.matching })}`;
    if (shown.length > 0)
      countText += ` · ${t('txlog.count.shown', { first, last: first + shown.length - 1 })}`;
  }

  return (
    <section className="screen txlog" aria-labelledby="txlog-title">
      <div className="txlog__top">
        <h1 id="txlog-title" className="screen__title">
          {t('txlog.title')}
        </h1>
        <p className="txlog__intro">{t('txlog.intro')}</p>
      </div>
      <TxLogFilters filter={filter} onChange={change} />
      <div className="txlog__panels">
        <ChainStatus bounds={log.bounds} />
        <ExportActions filter={filter} />
      </div>
      {entity ? (
        <div className="txlog__entity">
          <button
            ref={backRef}
            type="button"
            className="button"
            onClick={() => {
              setEntity(null);
              requestAnimationFrame(() => tableRef.current?.focus());
            }}
          >
            {t('txlog.entity.back')}
          </button>
          <EntityLog
            entityType={entity.entityType}
            entityId={entity.entityId}
            identifier={entity.identifier}
          />
        </div>
      ) : (
        <div className="txlog__list">
          <p className="txlog__count" role="status" data-testid="txlog-count">
            {countText}
          </p>
          <div className="txlog-table-wrap" ref={tableRef} tabIndex={-1}>
            {log.page && shown.length > 0 ? (
              <TxLogTable
                entries={shown}
                labels={log.page.labels}
                caption={t('txlog.table.caption')}
                onShowEntity={(entry, identifier) => {
                  setEntity({ entityType: entry.entityType, entityId: entry.entityId, identifier });
                  requestAnimationFrame(() => backRef.current?.focus());
                }}
              />
            ) : null}
            {log.page && shown.length === 0 ? (
              <p className="txlog-empty">
                {counts?.matching === null
                  ? t('txlog.table.empty')
                  : t('txlog.table.emptyFiltered')}
              </p>
            ) : null}
            {log.failed ? (
              <p className="txlog-empty" role="alert">
                {t('txlog.table.failed')}
              </p>
            ) : null}
          </div>
          <nav className="txlog-pager" aria-label={t('txlog.table.pages')}>
            <button
              type="button"
              className="button"
              disabled={log.pageIndex === 0}
              onClick={log.previous}
            >
              {t('txlog.table.previous')}
            </button>
            <span className="txlog-pager__page">
              {t('txlog.table.page', { page: log.pageIndex + 1 })}
            </span>
            <button
              type="button"
              className="button"
              disabled={!log.page?.hasNext}
              onClick={log.next}
            >
              {t('txlog.table.next')}
            </button>
          </nav>
        </div>
      )}
    </section>
  );
}
