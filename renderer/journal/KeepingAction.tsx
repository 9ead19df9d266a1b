import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../common/domain/document';
import { GuardedButton } from '../caseFiles/GuardedButton';
import { useServices } from '../app/services';
import { returnFromKeeping, takeIntoKeeping } from '../sync/commands/keeping';
import { returnRefusal, takeRefusal, waitingEntriesOf } from '../sync/commands/keepingGuard';
import { useSyncControl } from '../sync/ui/syncControl';
import { useNotify } from '../ui/useNotify';

/**
 * "Převzít do výhradní správy" for a document the eSSL holds, "Vrátit do eSSL" for one
 * kept here. One button that changes its label, so the focus stays on it for a
 * keyboard user after either step; while it waits for the eSSL it says so.
 */
export function KeepingAction({ doc }: { doc: DocumentRecord }) {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const notify = useNotify();
  const control = useSyncControl();
  const [working, setWorking] = useState(false);
  const waiting = useLiveQuery(() => waitingEntriesOf(db, doc.pid), [db, doc.pid]);
  const kept = doc.essl?.keptHere === true;

  const run = async () => {
    setWorking(true);
    try {
      if (kept) {
        const after = await returnFromKeeping(db, api, doc.pid);
        notify.success(t('journal.keeping.returned', { referenceNumber: after.referenceNumber }));
      } else {
        const after = await takeIntoKeeping(db, api, doc.pid);
        notify.success(t('journal.keeping.taken', { referenceNumber: after.referenceNumber }));
      }
      void control.syncNow('change');
    } catch (error) {
      notify.failure(error);
    } finally {
      setWorking(false);
    }
  };

  const guard = kept ? returnRefusal : takeRefusal;
  // Not offered as possible before the waiting work is counted (a moment after opening).
  const refusal = working
    ? { key: 'journal.keeping.working' }
    : (guard(doc, waiting ?? 0) ??
      (waiting === undefined ? { key: 'journal.keeping.checking' } : null));
  return (
    <GuardedButton
      label={t(kept ? 'journal.detail.actions.giveBack' : 'journal.detail.actions.take')}
      refusal={refusal}
      onClick={() => void run()}
      small
    />
  );
}

/** The note that the document is edited on this PC only while the app keeps it. */
export function KeptBadge() {
  const { t } = useTranslation();
  return (
    <p className="journal-detail__kept" role="note" data-testid="kept-badge">
      {t('journal.detail.keptBadge')}
    </p>
  );
}
