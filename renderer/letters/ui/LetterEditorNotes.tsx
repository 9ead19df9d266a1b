import { useTranslation } from 'react-i18next';
import type { Refusal } from '../../../common/domain/caseFileGuards';
import type { LetterRecord } from '../../../common/domain/letter';
import type { LetterTemplate } from '../../../common/letters/model';
import { useLetterText } from './text';

export interface LetterEditorNotesProps {
  letter: LetterRecord | null;
  templates: readonly LetterTemplate[];
  refusal: Refusal | null;
}

/** What the clerk should know before editing: locked, returned with a comment, imported, template gone. */
export function LetterEditorNotes({ letter, templates, refusal }: LetterEditorNotesProps) {
  const { t } = useTranslation();
  const text = useLetterText();
  if (!letter) return null;
  const returned =
    letter.state === 'returned'
      ? [...letter.history].reverse().find((step) => step.step === 'returned')
      : undefined;
  const templateGone =
    letter.templateId !== null && !templates.some((item) => item.id === letter.templateId);
  return (
    <>
      {refusal ? (
        <p className="field__error" role="alert" data-testid="letter-locked">
          {t(refusal.key as never, refusal.params ?? {}) as string}
        </p>
      ) : null}
      {letter.state === 'returned' ? (
        <p className="letter-editor__note" role="note" data-testid="letter-returned">
          {returned?.comment
            ? text('editor.returnedComment', { comment: returned.comment })
            : text('editor.returnedNoComment')}
        </p>
      ) : null}
      {letter.source === 'import' ? (
        <p className="letter-editor__note" role="note">
          {text('editor.importedNote')}
        </p>
      ) : null}
      {templateGone && templates[0] ? (
        <p className="letter-editor__note" role="note">
          {text('editor.templateMissing', { name: templates[0].name })}
        </p>
      ) : null}
    </>
  );
}
