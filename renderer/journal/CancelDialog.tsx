import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../common/domain/document';
import { CANCEL_REASON_MAX, cancelDocument } from '../db/commands/cancelDocument';
import { CommandError } from '../db/errors';
import { errorText, issueText } from '../i18n';
import { useServices } from '../app/services';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { useNotify } from '../ui/useNotify';

/** Asks for the reason and cancels (stornuje) a registration; the number stays used. */
export function CancelDialog({ doc, onClose }: { doc: DocumentRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const notify = useNotify();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  // After the dialog opened (it focuses its first button), the clerk starts typing the reason.
  useEffect(() => reasonRef.current?.focus(), []);

  const submit = async () => {
    setWorking(true);
    setError(null);
    setFailure(null);
    try {
      await cancelDocument(db, doc.pid, reason);
      notify.success(t('journal.cancel.done', { referenceNumber: doc.referenceNumber }));
      onClose();
    } catch (caught) {
      const issue =
        caught instanceof CommandError
          ? caught.issues.find((item) => item.path === 'reason')
          : undefined;
      if (issue) setError(issueText(t, issue));
      else setFailure(errorText(t, caught));
    } finally {
      setWorking(false);
    }
  };

  return (
    <Dialog
      open
      title={t('journal.cancel.title', { referenceNumber: doc.referenceNumber })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button
            type="submit"
            form="journal-cancel-form"
            className="button button--danger"
            disabled={working}
          >
            {working ? t('journal.cancel.working') : t('journal.cancel.confirm')}
          </button>
        </>
      }
    >
      <form
        id="journal-cancel-form"
        className="journal-cancel"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p>{t('journal.cancel.explanation')}</p>
        <p className="journal-cancel__subject">{doc.subject}</p>
        <Field
          label={t('journal.cancel.reason')}
          required
          error={error}
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
        {failure ? (
          <p className="field__error" role="alert">
            {failure}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
