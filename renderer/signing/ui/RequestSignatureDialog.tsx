import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterRecord } from '../../../common/domain/letter';
import type { LetterContent } from '../../../common/letters/model';
import { useServices } from '../../app/services';
import { CommandDialog } from '../../ui/CommandDialog';
import { Field } from '../../ui/Field';
import { requestSignature } from '../commands/requestSignature';
import { useLetterCommand, type LetterDialogProps } from './useLetterCommand';

const FIELDS = ['signerName', 'signerFunction', 'note'] as const;

/** The signer the written letter names (its signature block); an imported PDF names none. */
function signerOfContent(letter: LetterRecord): { name: string; function: string } | null {
  const content = letter.content as Partial<LetterContent> | null;
  return content?.signer ?? null;
}

/** "Předat k podpisu": who signs, and a note for them; the letter joins the mayor's queue. */
export function RequestSignatureDialog({ letter, doc, onClose }: LetterDialogProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useLetterCommand(onClose);
  // Whom the letter's signature block names signs it; an imported PDF that was returned
  // goes back to whom it was for.
  const signer = signerOfContent(letter);
  const [signerName, setSignerName] = useState(signer?.name || letter.request?.signerName || '');
  const [signerFunction, setSignerFunction] = useState(
    signer?.function || letter.request?.signerFunction || '',
  );
  const [note, setNote] = useState('');
  const submit = () =>
    command.submit(
      () => requestSignature(db, { letterId: letter.id, signerName, signerFunction, note }),
      () => t('signingUi.notices.requested', { reference: doc.referenceNumber }),
    );
  return (
    <CommandDialog
      title={t('signingUi.request.title', { reference: doc.referenceNumber })}
      onClose={onClose}
      confirmLabel={t('signingUi.request.confirm')}
      workingLabel={t('signingUi.request.working')}
      working={command.working}
      onSubmit={submit}
      failure={command.generalFailure(FIELDS)}
      testId="request-signature-dialog"
    >
      <Field
        label={t('signingUi.request.signerName')}
        hint={t('signingUi.request.signerNameHint')}
        error={command.fieldError('signerName')}
        required
      >
        <input
          className="input"
          value={signerName}
          data-testid="request-signer"
          onChange={(event) => setSignerName(event.target.value)}
        />
      </Field>
      <Field
        label={t('signingUi.request.signerFunction')}
        error={command.fieldError('signerFunction')}
      >
        <input
          className="input"
          value={signerFunction}
          data-testid="request-function"
          onChange={(event) => setSignerFunction(event.target.value)}
        />
      </Field>
      <Field label={t('signingUi.request.note')} error={command.fieldError('note')}>
        <textarea
          className="input"
          rows={3}
          value={note}
          data-testid="request-note"
          onChange={(event) => setNote(event.target.value)}
        />
      </Field>
    </CommandDialog>
  );
}
