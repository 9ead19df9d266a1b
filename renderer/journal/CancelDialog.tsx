import { useFocusOnOpen } from '../ui/useFocusOnOpen';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../common/domain/document';
import { CANCEL_REASON_MAX, cancelDocument } from '../db/commands/cancelDocument';
import { useServices } from '../app/services';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { useCommand } from '../ui/useCommand';

/** Asks for the reason and cancels (stornuje) a registration; the number stays used. */
export function CancelDialog({ doc, onClose }: { doc: DocumentRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const [reason, setReason] = useState('');
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  // After the dialog opened (it focuses its first button), the clerk starts typing the reason.
  useFocusOnOpen(reasonRef);

  const submit = async () => {
    const done = await command.run(
      () => cancelDocument(db, doc.pid, reason),
      () => t('journal.cancel.done', { referenceNumber: doc.referenceNumber }),
    );
    if (done) onClose();
  };

  return (
    <CommandDialog
      title={t('journal.cancel.title', { referenceNumber: doc.referenceNumber })}
      onClose={onClose}
      confirmLabel={t('journal.cancel.confirm')}
      workingLabel={t('journal.cancel.working')}
      working={command.working}
      danger
      onSubmit={submit}
      failure={command.generalFailure(['reason'])}
    >
      <p>{t('journal.cancel.explanation')}</p>
      <p className="dialog-form__subject">{doc.subject}</p>
      <Field
        label={t('journal.cancel.reason')}
        required
        error={command.fieldError('reason')}
        hint={t('journal.cancel.reasonHint', { max: CANCEL_REASON_MAX })}
      >
        <textarea
          className="textarea"
          value={reason}
          ref={reasonRef}
          maxLength={CANCEL_REASON_MAX}
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
    </CommandDialog>
  );
}
