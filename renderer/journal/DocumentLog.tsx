import { useTranslation } from 'react-i18next';
import { formatOfficeDateTime } from '../../common/domain/time';
import type { TxLogEntry } from '../db/txlog/entry';
import { useTxLogExport } from '../txlog/useTxLogExport';
import { logDetailText } from './logText';

/** The transaction-log entries of a document and its files (who did what, when), oldest first. */
export function DocumentLog({ entries }: { entries: TxLogEntry[] }) {
  const { t, i18n } = useTranslation();
  const { exportEntityXml, working } = useTxLogExport();
  // The document's own entries carry its PID (its files' entries carry theirs).
  const pid = entries.find((entry) => entry.entityType === 'document')?.entityId;
  return (
    <section className="journal-detail__section" aria-labelledby="journal-detail-log">
      <h3 id="journal-detail-log">{t('journal.detail.sections.log')}</h3>
      {pid ? (
        <button
          type="button"
          className="button"
          disabled={working}
          onClick={() => void exportEntityXml('document', pid)}
        >
          {t('txlog.entity.exportDocumentXml')}
        </button>
      ) : null}
      {entries.length === 0 ? (
        <p className="journal-detail__none">{t('journal.detail.log.none')}</p>
      ) : (
        <ol className="journal-log" aria-labelledby="journal-detail-log">
          {entries.map((entry) => {
            const detail = logDetailText(t, entry, i18n.language);
            return (
              <li key={entry.seq} className="journal-log__entry">
                <div className="journal-log__head">
                  <strong className="journal-log__event">
                    {t(`common.enums.txEvent.${entry.event}`)}
                    {entry.entityType === 'component'
                      ? ` (${t('journal.detail.log.component')})`
                      : null}
                  </strong>
                  <time className="journal-log__at" dateTime={entry.at}>
                    {formatOfficeDateTime(entry.at)}
                  </time>
                </div>
                <div className="journal-log__actor">
                  {t('journal.detail.log.by', { actor: entry.actor })}
                </div>
                {detail ? <div className="journal-log__detail">{detail}</div> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
