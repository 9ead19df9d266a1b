import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX } from '../../common/domain/caseFile';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { useCommand } from '../ui/useCommand';
import { useFocusOnOpen } from '../ui/useFocusOnOpen';

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
    <CommandDialog
      title={title}
      onClose={onClose}
      confirmLabel={confirmLabel}
      workingLabel={t('caseFiles.working')}
      working={command.working}
      onSubmit={submit}
      failure={command.generalFailure(['reason'])}
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
    </CommandDialog>
  );
}
