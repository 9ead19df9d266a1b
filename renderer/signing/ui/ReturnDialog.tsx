import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord } from '../../../common/domain/letter';
import { useServices } from '../../app/services';
import { CommandDialog } from '../../ui/CommandDialog';
import { Field } from '../../ui/Field';
import { useCommand } from '../../ui/useCommand';
import { RETURN_COMMENT_MAX, returnLetter } from '../commands/returnLetter';

/** "Vrátit k úpravě": the mayor says what to change; the letter leaves the queue. */
export function ReturnDialog({
  letter,
  doc,
  onClose,
}: {
  letter: LetterRecord;
  doc: DocumentRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const [comment, setComment] = useState('');
  const submit = async () => {
    const ok = await command.run(
      () => returnLetter(db, { letterId: letter.id, comment }),
      () => t('signingUi.notices.returned', { reference: doc.referenceNumber }),
    );
    if (ok) onClose();
  };
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
