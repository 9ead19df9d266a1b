import { useId, type ReactNode, type Ref } from 'react';
import { Dialog } from './Dialog';
import { ConfirmButtons } from './DialogButtons';
import { FormFailure } from './FormFailure';

export interface CommandDialogProps {
  title: string;
  onClose: () => void;
  wide?: boolean;
  confirmLabel: string;
  /** The confirm button's label while the command runs; without it the label stays. */
  workingLabel?: string;
  working: boolean;
  /** A step that cannot be taken back is confirmed with a button shown as dangerous. */
  danger?: boolean;
  confirmRef?: Ref<HTMLButtonElement>;
  /** Runs on the confirm button and on Enter in a field. */
  onSubmit: () => void | Promise<void>;
  /** The refusal no field shows, above the buttons. */
  failure: string | null;
  /** Issues about no field of the form, listed with the failure. */
  failureDetails?: string[];
  /** A class of the form's own layout, added to `dialog-form`. */
  formClassName?: string;
  /** The form's data-testid. */
  testId?: string;
  children: ReactNode;
}

/**
 * A dialog that runs one command: its fields in a form, cancel and confirm at the foot,
 * and why the command was refused. The form checks nothing itself: the command's own
 * rules say what is wrong, in Czech, at the field.
 */
export function CommandDialog({
  title,
  onClose,
  wide,
  confirmLabel,
  workingLabel,
  working,
  danger,
  confirmRef,
  onSubmit,
  failure,
  failureDetails,
  formClassName,
  testId,
  children,
}: CommandDialogProps) {
  const formId = useId();
  return (
    <Dialog
      open
      wide={wide}
      title={title}
      onClose={onClose}
      footer={
        <ConfirmButtons
          onCancel={onClose}
          form={formId}
          confirmLabel={confirmLabel}
          workingLabel={workingLabel}
          working={working}
          danger={danger}
          confirmRef={confirmRef}
        />
      }
    >
      <form
        id={formId}
        className={formClassName ? `dialog-form ${formClassName}` : 'dialog-form'}
        noValidate
        data-testid={testId}
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        {children}
        <FormFailure text={failure} details={failureDetails} />
      </form>
    </Dialog>
  );
}
