import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { officeDateString } from '../../../common/domain/time';
import { useServices } from '../../app/services';
import { CommandDialog } from '../../ui/CommandDialog';
import { Field } from '../../ui/Field';
import { useLetterCommand, type LetterDialogProps } from '../../signing/ui/useLetterCommand';
import { recordReturnReceipt } from './recordReturnReceipt';

/** "Zapsat doručenku": the day on the return receipt that came back. */
export function ReturnReceiptDialog({ letter, doc, onClose }: LetterDialogProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useLetterCommand(onClose);
  const [receivedOn, setReceivedOn] = useState(() => officeDateString(new Date()));
  const submit = () =>
    command.submit(
      () => recordReturnReceipt(db, { letterId: letter.id, receivedOn }),
      () => t('postDispatch.receipt.done', { reference: doc.referenceNumber }),
    );
  return (
    <CommandDialog
      title={t('postDispatch.receipt.title', { reference: doc.referenceNumber })}
      onClose={onClose}
      confirmLabel={t('postDispatch.receipt.confirm')}
      workingLabel={t('postDispatch.receipt.working')}
      working={command.working}
      onSubmit={submit}
      failure={command.generalFailure(['receivedOn'])}
      testId="receipt-dialog"
    >
      <Field
        label={t('postDispatch.receipt.receivedOn')}
        error={command.fieldError('receivedOn')}
        required
      >
        <input
          className="input"
          type="date"
          value={receivedOn}
          min={letter.post?.sentOn}
          max={officeDateString(new Date())}
          data-testid="receipt-received-on"
          onChange={(event) => setReceivedOn(event.target.value)}
        />
      </Field>
    </CommandDialog>
  );
}
