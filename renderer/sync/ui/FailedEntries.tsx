import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatOfficeDateTime } from '../../../common/domain/time';
import { navigated } from '../../app/appSlice';
import { useServices } from '../../app/services';
import { useAppDispatch } from '../../app/store';
import { caseFileSelected } from '../../caseFiles/caseFilesSlice';
import { detailOpened } from '../../journal/journalSlice';
import { useNotify } from '../../ui/useNotify';
import { retryEntry } from '../commands/outboxFailures';
import type { EntryTarget } from './entryTarget';
import { DiscardDialog } from './DiscardDialog';
import { kindText } from './logText';
import { useSyncControl } from './syncControl';
import type { FailedRow } from './useSyncRecords';

interface Discarding {
  entryId: string;
  what: string;
  record: string;
}

function recordText(t: TFunction, target: EntryTarget): string {
  return target.type === 'other'
    ? (t('sync.failed.unknownRecord', { id: target.id }) as string)
    : target.reference;
}

/**
 * Changes the eSSL refused, each with its words (Popis) and code: send again, open the
 * record to fix it, or discard the change with a reason.
 */
export function FailedEntries({ rows }: { rows: FailedRow[] }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const dispatch = useAppDispatch();
  const notify = useNotify();
  const control = useSyncControl();
  const [busy, setBusy] = useState<string | null>(null);
  const [discarding, setDiscarding] = useState<Discarding | null>(null);

  const retry = async (row: FailedRow) => {
    setBusy(row.entry.id);
    try {
      await retryEntry(db, row.entry.id);
      notify.success(t('sync.failed.retried', { what: kindText(t, row.entry.kind) }));
      void control.syncNow('user');
    } catch (error) {
      notify.failure(error);
    } finally {
      setBusy(null);
    }
  };

  // The record opens where it is edited; the change then goes out with "Zkusit znovu".
  const edit = (target: EntryTarget) => {
    if (target.type === 'document') {
      dispatch(detailOpened(target.pid));
      dispatch(navigated('journal'));
    } else if (target.type === 'caseFile') {
      dispatch(caseFileSelected(target.id));
      dispatch(navigated('caseFiles'));
    }
  };

  if (rows.length === 0) return <p className="sync-empty">{t('sync.failed.empty')}</p>;
  return (
    <>
      <ul className="sync-failed">
        {rows.map((row) => {
          const { entry, target } = row;
          const what = kindText(t, entry.kind);
          const record = recordText(t, target);
          const failure = entry.failure;
          return (
            <li key={entry.id} className="sync-failed__item" data-entry={entry.id}>
              <p className="sync-failed__what">
                <strong>{what}</strong>
                <span className="sync-failed__record">
                  {t('sync.failed.record')}: {record}
                </span>
              </p>
              <p className="sync-failed__reason">
                {t('sync.failed.reason')}: {failure?.message ?? entry.lastError ?? ''}
                {failure?.statusCode ? (
                  <span className="sync-failed__code">
                    {' '}
                    ({t('sync.failed.code', { code: failure.statusCode })})
                  </span>
                ) : null}
              </p>
              {failure ? (
                <p className="sync-failed__at">
                  {t('sync.failed.at', { at: formatOfficeDateTime(failure.at) })}
                </p>
              ) : null}
              <div
                className="sync-failed__actions"
                role="group"
                aria-label={t('sync.failed.actions', { what, record })}
              >
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy !== null}
                  onClick={() => void retry(row)}
                >
                  {t('sync.failed.retry')}
                </button>
                {target.type === 'other' ? null : (
                  <button type="button" className="button" onClick={() => edit(target)}>
                    {t('sync.failed.edit')}
                  </button>
                )}
                <button
                  type="button"
                  className="button"
                  disabled={busy !== null}
                  onClick={() => setDiscarding({ entryId: entry.id, what, record })}
                >
                  {t('sync.failed.discard')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {discarding ? (
        <DiscardDialog
          entryId={discarding.entryId}
          what={discarding.what}
          record={discarding.record}
          onClose={() => setDiscarding(null)}
        />
      ) : null}
    </>
  );
}
