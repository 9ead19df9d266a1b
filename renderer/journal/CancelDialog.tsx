import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../common/domain/document';
import { CANCEL_REASON_MAX, cancelDocument } from '../db/commands/cancelDocument';
import { ReasonCommandDialog } from '../ui/ReasonCommandDialog';

/** Asks for the reason and cancels (stornuje) a registration; the number stays used. */
export function CancelDialog({ doc, onClose }: { doc: DocumentRecord; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ReasonCommandDialog
      title={t('journal.cancel.title', { referenceNumber: doc.referenceNumber })}
      confirmLabel={t('journal.cancel.confirm')}
      workingLabel={t('journal.cancel.working')}
      reasonLabel={t('journal.cancel.reason')}
      reasonHint={t('journal.cancel.reasonHint', { max: CANCEL_REASON_MAX })}
      maxLength={CANCEL_REASON_MAX}
      run={(db, reason) => cancelDocument(db, doc.pid, reason)}
      done={() => t('journal.cancel.done', { referenceNumber: doc.referenceNumber })}
      onClose={onClose}
    >
      <p>{t('journal.cancel.explanation')}</p>
      <p className="dialog-form__subject">{doc.subject}</p>
    </ReasonCommandDialog>
  );
}
