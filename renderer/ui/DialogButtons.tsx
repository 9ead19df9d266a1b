import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmAction {
  confirmLabel: string;
  /** The label while the step runs; without it the button keeps its label. */
  workingLabel?: string;
  /** Disables the confirm button (and any further action) while the step runs. */
  working: boolean;
  /** A step that cannot be taken back is shown as dangerous. */
  danger?: boolean;
  confirmRef?: Ref<HTMLButtonElement>;
}

/** The confirm button either submits the dialog's form or runs the step itself. */
type ConfirmTarget = { form: string; onConfirm?: never } | { onConfirm: () => void; form?: never };

export type ConfirmButtonsProps = ConfirmAction &
  ConfirmTarget & {
    onCancel: () => void;
    /** Further actions, placed between cancelling and confirming. */
    children?: ReactNode;
  };

/** A dialog's footer: cancel, then the step the dialog is for. */
export function ConfirmButtons({
  onCancel,
  confirmLabel,
  workingLabel,
  working,
  danger,
  confirmRef,
  form,
  onConfirm,
  children,
}: ConfirmButtonsProps) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        {t('common.actions.cancel')}
      </button>
      {children}
      <button
        ref={confirmRef}
        type={form ? 'submit' : 'button'}
        form={form}
        className={danger ? 'button button--danger' : 'button button--primary'}
        disabled={working}
        onClick={onConfirm}
      >
        {working && workingLabel ? workingLabel : confirmLabel}
      </button>
    </>
  );
}

/** The footer of a dialog that only tells something: one button to close it. */
export function CloseButton({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--primary" onClick={onClose}>
      {t('common.actions.close')}
    </button>
  );
}
