import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { CommandDialog } from '../../ui/CommandDialog';
import { Field } from '../../ui/Field';
import { RETURN_COMMENT_MAX, returnLetter } from '../commands/returnLetter';
import { useLetterCommand, type LetterDialogProps } from './useLetterCommand';

/** "Vrátit k úpravě": the mayor says what to change; the letter leaves the queue. */
export function ReturnDialog({ letter, doc, onClose }: LetterDialogProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useLetterCommand(onClose);
  const [comment, setComment] = useState('');
  const submit = () =>
    command.submit(
      () => returnLetter(db, { letterId: letter.id, comment }),
      () => t('signingUi.notices.returned', { reference: doc.referenceNumber }),
    );
  return (
    <CommandDialog
      title={t('signingUi.returnDialog.title', { reference: doc.referenceNumber })}
      onClose={onClose}
      confirmLabel={t('signingUi.returnDialog.confirm')}
      workingLabel={t('signingUi.returnDialog.working')}
      working={command.working}
      onSubmit={submit}
      failure={command.generalFailure(['comment'])}
      testId="return-dialog"
    >
      <Field
        label={t('signingUi.returnDialog.comment')}
        hint={t('signingUi.returnDialog.commentHint')}
        error={command.fieldError('comment')}
        required
      >
        <textarea
          className="input"
          rows={5}
          maxLength={RETURN_COMMENT_MAX + 100}
          value={comment}
          data-testid="return-comment"
          onChange={(event) => setComment(event.target.value)}
        />
      </Field>
    </CommandDialog>
  );
}
