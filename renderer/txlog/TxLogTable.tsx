import { useTranslation } from 'react-i18next';
import { formatOfficeDateTime } from '../../common/domain/time';
import type { TxLogEntry } from '../db/txlog/entry';
import { logDetailText } from '../journal/logText';
import { identifierOf } from './identifiers';

export interface TxLogTableProps {
  entries: TxLogEntry[];
  labels: ReadonlyMap<string, string>;
  caption: string;
  /** Opens the log of the entry's object; without it the identifier is plain text. */
  onShowEntity?: (entry: TxLogEntry, identifier: string) => void;
  /** Hides the object columns (the log of one object needs no repeat of it). */
  withObject?: boolean;
}

/** Entries as a table: number, time, event, object, identifier, actor, details. */
export function TxLogTable({
  entries,
  labels,
  caption,
  onShowEntity,
  withObject = true,
}: TxLogTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <table className="txlog-table">
      <caption className="txlog-table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="txlog-table__seq">
            {t('txlog.table.seq')}
          </th>
          <th scope="col">{t('txlog.table.at')}</th>
          <th scope="col">{t('txlog.table.event')}</th>
          {withObject ? <th scope="col">{t('txlog.table.entityType')}</th> : null}
          {withObject ? <th scope="col">{t('txlog.table.identifier')}</th> : null}
          <th scope="col">{t('txlog.table.actor')}</th>
          <th scope="col">{t('txlog.table.detail')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const identifier = identifierOf(entry, labels);
          return (
            <tr key={entry.seq} data-seq={entry.seq}>
              <td className="txlog-table__seq">{entry.seq}</td>
              <td className="txlog-table__at">
                <time dateTime={entry.at}>{formatOfficeDateTime(entry.at)}</time>
              </td>
              <td>{t(`common.enums.txEvent.${entry.event}`)}</td>
              {withObject ? <td>{t(`txlog.entityTypes.${entry.entityType}`)}</td> : null}
              {withObject ? (
                <td className="txlog-table__identifier">
                  {onShowEntity ? (
                    <button
                      type="button"
                      className="txlog-table__link"
                      title={t('txlog.table.showEntity', { identifier })}
                      onClick={() => onShowEntity(entry, identifier)}
                    >
                      {identifier}
                    </button>
                  ) : (
                    identifier
                  )}
                </td>
              ) : null}
              <td>{entry.actor}</td>
              <td className="txlog-table__detail">{logDetailText(t, entry, i18n.language)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
