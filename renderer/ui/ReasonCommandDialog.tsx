import { useRef, useState, type ReactNode } from 'react';
import { useServices } from '../app/services';
import type { UradovnaDatabase } from '../db/schema';
import { CommandDialog } from './CommandDialog';
import { Field } from './Field';
import { useCommand } from './useCommand';
import { useFocusOnOpen } from './useFocusOnOpen';

export interface ReasonCommandDialogProps {
  title: string;
  confirmLabel: string;
  workingLabel: string;
  reasonLabel: string;
  reasonHint: string;
  /** The command's limit of the reason. */
  maxLength: number;
  rows?: number;
  testId?: string;
  reasonTestId?: string;
  /** The step that cannot be taken back; the command checks the reason itself. */
  run: (db: UradovnaDatabase, reason: string) => Promise<unknown>;
  /** The notice once it is done. */
  done: () => string;
  onClose: () => void;
  /** What the step means, above the reason. */
  children: ReactNode;
}

/**
 * A step that cannot be taken back and keeps the clerk's reason (cancel, discard): the reason
 * is typed at once, a refusal shows at the field, the dialog closes once it is done.
 */
export function ReasonCommandDialog(props: ReasonCommandDialogProps) {
  const { db } = useServices();
  const command = useCommand();
  const [reason, setReason] = useState('');
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  // After the dialog opened (it focuses its first button), the clerk starts typing the reason.
  useFocusOnOpen(reasonRef);

  const submit = async () => {
    if (await command.run(() => props.run(db, reason), props.done)) props.onClose();
  };

  return (
    <CommandDialog
      title={props.title}
      onClose={props.onClose}
      confirmLabel={props.confirmLabel}
      workingLabel={props.workingLabel}
      working={command.working}
      danger
      onSubmit={submit}
      failure={command.generalFailure(['reason'])}
      testId={props.testId}
    >
      {props.children}
      <Field
        label={props.reasonLabel}
        hint={props.reasonHint}
        error={command.fieldError('reason')}
        required
      >
        <textarea
          ref={reasonRef}
          className="textarea"
          rows={props.rows}
          maxLength={props.maxLength}
          value={reason}
          data-testid={props.reasonTestId}
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
    </CommandDialog>
  );
}
