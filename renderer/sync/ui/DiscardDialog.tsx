import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { CommandDialog } from '../../ui/CommandDialog';
import { Field } from '../../ui/Field';
import { useCommand } from '../../ui/useCommand';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import { DISCARD_REASON_MAX } from '../../db/outboxDiscard';
import { discardEntry } from '../commands/outboxFailures';

export interface DiscardDialogProps {
  entryId: string;
  /** The change in words and the record, for the explanation. */
  what: string;
  record: string;
  onClose: () => void;
}

/**
 * Gives up a refused change, with the reason the logs keep. The clerk is told that
 * the change then stays on this PC only (the eSSL's records differ from here on).
 */
export function DiscardDialog({ entryId, what, record, onClose }: DiscardDialogProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const [reason, setReason] = useState('');
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  useFocusOnOpen(reasonRef);

  const submit = async () => {
    // The command checks the reason itself; its refusal shows at the field.
    if (
      await command.run(
        () => discardEntry(db, entryId, reason),
        () => t('sync.discard.done'),
      )
    )
      onClose();
  };

  return (
    <CommandDialog
      title={t('sync.discard.title')}
      onClose={onClose}
      confirmLabel={t('sync.discard.confirm')}
      workingLabel={t('sync.discard.working')}
      working={command.working}
      danger
      onSubmit={submit}
      failure={command.generalFailure(['reason'])}
    >
      <p>{t('sync.discard.explanation', { what, record })}</p>
      <Field
        label={t('sync.discard.reason')}
        required
        error={command.fieldError('reason')}
        hint={t('sync.discard.reasonHint', { max: DISCARD_REASON_MAX })}
      >
        <textarea
          ref={reasonRef}
          className="textarea"
          value={reason}
          maxLength={DISCARD_REASON_MAX}
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
    </CommandDialog>
  );
}
