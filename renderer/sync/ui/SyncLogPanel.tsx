import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatOfficeDateTime } from '../../../common/domain/time';
import { logLineText } from './logText';
import { SYNC_LOG_PAGE, useSyncLogPage } from './useSyncLogPage';

/** The sync log, newest first, a page at a time (time, level in words, record, text). */
export function SyncLogPanel() {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const log = useSyncLogPage(page);
  const pages = Math.max(1, Math.ceil((log?.total ?? 0) / SYNC_LOG_PAGE));
  // The log may shrink (pruning) while a later page is shown.
  const shown = Math.min(page, pages - 1);

  if (!log) return null;
  if (log.total === 0) return <p className="sync-empty">{t('sync.logPanel.empty')}</p>;
  return (
    <>
      <p className="sync-log__count">{t('sync.logPanel.count', { count: log.total })}</p>
      <table className="sync-log" data-testid="sync-log">
        <caption className="sync-log__caption">{t('sync.logPanel.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sync.logPanel.at')}</th>
            <th scope="col">{t('sync.logPanel.level')}</th>
            <th scope="col">{t('sync.logPanel.record')}</th>
            <th scope="col">{t('sync.logPanel.text')}</th>
          </tr>
        </thead>
        <tbody>
          {log.entries.map((entry) => (
            <tr key={entry.seq} className={`sync-log__row sync-log__row--${entry.level}`}>
              <td className="sync-log__at">
                <time dateTime={entry.at}>{formatOfficeDateTime(entry.at)}</time>
              </td>
              <td>{t(`sync.logPanel.levels.${entry.level}`)}</td>
              <td>{entry.entityId ? (log.labels.get(entry.entityId) ?? '') : ''}</td>
              <td>{logLineText(t, entry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav className="txlog-pager" aria-label={t('sync.logPanel.pages')}>
          <button
            type="button"
            className="button"
            disabled={shown === 0}
            onClick={() => setPage(shown - 1)}
          >
            {t('sync.logPanel.previous')}
          </button>
          <span className="txlog-pager__page">
            {t('sync.logPanel.page', { page: shown + 1, pages })}
          </span>
          <button
            type="button"
            className="button"
            disabled={shown >= pages - 1}
            onClick={() => setPage(shown + 1)}
          >
            {t('sync.logPanel.next')}
          </button>
        </nav>
      ) : null}
    </>
  );
}
