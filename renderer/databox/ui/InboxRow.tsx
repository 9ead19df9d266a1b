import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataMessageRecord } from '../../../common/domain/databox';
import { cellText, cellTitle, type InboxColumnId } from './inboxColumns';
import { suspicionSummary } from './messageText';
import { useDocumentReference } from './useDocumentReference';
import { RecordRow } from '../../ui/RecordRow';

export interface InboxRowProps {
  message: DataMessageRecord;
  columns: ReadonlyArray<InboxColumnId>;
  boxLabel: string;
  index: number;
  top: number;
  selected: boolean;
  onPick: (index: number, id: string) => void;
  onOpen: (index: number, id: string) => void;
}

export function inboxRowId(index: number): string {
  return `databox-row-${index}`;
}

/** One message of the list; unread ones in bold, suspicious ones flagged with words, not colour alone. */
export const InboxRow = memo(function InboxRow({
  message,
  columns,
  boxLabel,
  index,
  top,
  selected,
  onPick,
  onOpen,
}: InboxRowProps) {
  const { t } = useTranslation();
  const reference = useDocumentReference(message.documentPid);
  const unread = message.direction === 'received' && message.unread;
  const suspicious = message.suspicious.length > 0;
  return (
    <RecordRow
      place={{ index, top, selected }}
      id={inboxRowId(index)}
      testId="databox-row"
      classNames={[unread && 'databox-row--unread', suspicious && 'databox-row--suspicious']}
      data={{ 'data-message-id': message.id, 'data-unread': unread || undefined }}
      onClick={() => onPick(index, message.id)}
      onDoubleClick={() => onOpen(index, message.id)}
    >
      {columns.map((id) => {
        const text = cellText(t, message, id, { boxLabel, reference });
        if (id === 'flag') {
          return (
            <div
              key={id}
              role="gridcell"
              className="record-cell databox-cell--flag"
              title={suspicious ? suspicionSummary(t, message.suspicious) : undefined}
            >
              {unread ? <span className="visually-hidden">{t('databox.grid.unread')} </span> : null}
              {suspicious ? (
                <span className="databox-flag" data-testid="databox-suspicious">
                  <span aria-hidden="true">⚠ </span>
                  {text}
                  <span className="visually-hidden">
                    : {suspicionSummary(t, message.suspicious)}
                  </span>
                </span>
              ) : null}
            </div>
          );
        }
        return (
          <div
            key={id}
            role="gridcell"
            className={`record-cell databox-cell--${id}`}
            title={cellTitle(t, message, id, text)}
          >
            {text}
          </div>
        );
      })}
    </RecordRow>
  );
});
