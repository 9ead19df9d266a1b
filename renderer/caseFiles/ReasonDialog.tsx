import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX } from '../../common/domain/caseFile';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { useCommand } from './useCommand';
import { useFocusOnOpen } from './useFocusOnOpen';

export interface ReasonDialogProps {
  title: string;
  explanation: string;
  reasonLabel: string;
  confirmLabel: string;
  /** Runs the command with the reason typed. */
  onSubmit: (reason: string) => Promise<unknown>;
  /** The notice after success. */
  doneText: () => string;
  onClose: () => void;
}

/** A step the law records with its reason (taking a document out, reopening a file). */
export function ReasonDialog(props: ReasonDialogProps) {
  const { title, explanation, reasonLabel, confirmLabel, onSubmit, doneText, onClose } = props;
  const { t } = useTranslation();
  const command = useCommand();
  const [reason, setReason] = useState('');
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  useFocusOnOpen(reasonRef);

  const submit = async () => {
    if (!reason.trim()) {
      command.showIssues([{ path: 'reason', message: 'validation.reason.required' }]);
      return;
    }
    if (await command.run(() => onSubmit(reason), doneText)) onClose();
  };

  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button
            type="submit"
            form="case-reason-form"
            className="button button--primary"
            disabled={command.working}
          >
            {command.working ? t('caseFiles.working') : confirmLabel}
          </button>
        </>
      }
    >
      <form
        id="case-reason-form"
        className="case-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p>{explanation}</p>
        <Field
          label={reasonLabel}
          required
          error={command.fieldError('reason')}
          hint={t('caseFiles.reasonHint', { max: REASON_MAX })}
        >
          <textarea
            ref={reasonRef}
            className="textarea"
            value={reason}
            maxLength={REASON_MAX}
            onChange={(event) => setReason(event.target.value)}
          />
        </Field>
        {command.failure && !command.fieldError('reason') ? (
          <p className="field__error" role="alert">
            {command.failure}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
