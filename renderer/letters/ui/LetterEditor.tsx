import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContractCallError } from '../../../common/contract/envelope';
import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord } from '../../../common/domain/letter';
import { officeDateString } from '../../../common/domain/time';
import type { LetterContent, LetterTemplate } from '../../../common/letters/model';
import { useServices } from '../../app/services';
import { CommandError } from '../../db/errors';
import { errorText } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { useNotify } from '../../ui/useNotify';
import { draftLetter } from '../flows/draftLetter';
import { letterEditRefusal } from '../model/editGuard';
import { formOfContent, prefillLetter, type LetterForm } from '../model/letterForm';
import { letterServicesOf, type RenderedLetter } from '../model/letterServices';
import '../letters.css';
import { LetterEditorFields } from './LetterEditorFields';
import { LetterEditorNotes } from './LetterEditorNotes';
import { LetterPreviewPane } from './LetterPreviewPane';
import { renderFailureText } from './letterErrorText';
import { useLetterText } from './text';
import { useAnsweredDocument } from './useAnsweredDocument';
import { useDocumentLetter } from './useDocumentLetter';
import { useLetterEditorForm } from './useLetterEditorForm';
import { useLetterTemplates } from './useLetterTemplates';
import { useLivePreview } from './useLivePreview';

export interface LetterEditorProps {
  doc: DocumentRecord;
  onClose: () => void;
  /**
   * Opens the hand-over to the mayor's queue for the saved letter (the signing
   * feature's dialog). Without it the editor offers no such button.
   */
  onRequestSignature?: (letterId: string) => void;
}

/**
 * The letter of an own document: its form on the left, the PDF main renders from it
 * on the right, refreshed as the clerk types. Opening it again edits the same letter.
 */
export function LetterEditor({ doc, onClose, onRequestSignature }: LetterEditorProps) {
  const templates = useLetterTemplates();
  const letter = useDocumentLetter(doc.pid);
  const answering = useAnsweredDocument(doc);
  // Wait for everything the form starts from; it is read once, then the clerk's.
  const [start] = useState(() => ({ today: officeDateString(new Date()) }));
  if (!templates || letter === undefined || answering === undefined) return null;
  const initial = initialForm(doc, templates.templates, letter, answering, start.today);
  if (!initial) return null;
  return (
    <LetterEditorDialog
      doc={doc}
      templates={templates.templates}
      letter={letter}
      initial={initial}
      onClose={onClose}
      onRequestSignature={onRequestSignature}
    />
  );
}

function initialForm(
  doc: DocumentRecord,
  templates: readonly LetterTemplate[],
  letter: LetterRecord | null,
  answering: Pick<DocumentRecord, 'senderReference'> | null,
  today: string,
): LetterForm | null {
  // A letter written with a template since removed takes the first one.
  const template = templates.find((item) => item.id === letter?.templateId) ?? templates[0];
  if (!template) return null;
  if (letter?.content) return formOfContent(letter.content as LetterContent, template.id);
  return formOfContent(prefillLetter(doc, { template, today, answering }), template.id);
}

interface LetterEditorDialogProps extends Omit<LetterEditorProps, 'doc'> {
  doc: DocumentRecord;
  templates: LetterTemplate[];
  letter: LetterRecord | null;
  initial: LetterForm;
}

function LetterEditorDialog({
  doc,
  templates,
  letter,
  initial,
  onClose,
  onRequestSignature,
}: LetterEditorDialogProps) {
  const { t } = useTranslation();
  const text = useLetterText();
  const notify = useNotify();
  const { db, api } = useServices();
  const services = useMemo(() => letterServicesOf(api), [api]);
  const editor = useLetterEditorForm(initial, templates);
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ letterId: string; form: LetterForm } | null>(
    letter?.content ? { letterId: letter.id, form: initial } : null,
  );

  const refusal = letterEditRefusal(letter);
  const { template, valid } = editor;
  const previewInput = useMemo(
    () => (valid && template ? { template, content: valid } : null),
    [valid, template],
  );
  const preview = useLivePreview<
    { template: LetterTemplate; content: LetterContent },
    RenderedLetter
  >(previewInput, (input) => services.render(input.template, input.content));

  const save = async () => {
    editor.markSubmitted();
    setFailure(null);
    if (!valid || !template) {
      setFailure(t('errors.validation'));
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setWorking(true);
    try {
      const result = await draftLetter(
        { db, services },
        { pid: doc.pid, letterId: saved?.letterId ?? letter?.id, template, form: editor.form },
      );
      setSaved({ letterId: result.letterId, form: editor.form });
      notify.success(text('editor.saved'));
    } catch (error) {
      if (error instanceof CommandError && error.issues.length > 0) {
        editor.setCommandIssues(error.issues);
        setFailure(t('errors.validation'));
      } else if (error instanceof ContractCallError) {
        setFailure(renderFailureText(t, error));
      } else {
        setFailure(errorText(t, error));
      }
    } finally {
      setWorking(false);
    }
  };

  const savedAndUnchanged = saved !== null && saved.form === editor.form;
  const canHandOver =
    onRequestSignature !== undefined && savedAndUnchanged && refusal === null && !working;

  return (
    <Dialog
      open
      wide
      title={text('editor.title', { reference: doc.referenceNumber })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.close')}
          </button>
          {onRequestSignature ? (
            <button
              type="button"
              className="button"
              disabled={!canHandOver}
              data-testid="letter-request-signature"
              onClick={() => saved && onRequestSignature(saved.letterId)}
            >
              {text('actions.requestSignature')}
            </button>
          ) : null}
          <button
            type="submit"
            form={formId}
            className="button button--primary"
            disabled={working || refusal !== null}
            data-testid="letter-save"
          >
            {working ? text('editor.saving') : text('editor.save')}
          </button>
        </>
      }
    >
      <div className="letter-editor">
        <form
          id={formId}
          ref={formRef}
          className="letter-editor__form dialog-form"
          aria-label={text('editor.formLabel')}
          noValidate
          data-testid="letter-editor"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <LetterEditorNotes letter={letter} templates={templates} refusal={refusal} />
          <LetterEditorFields editor={editor} templates={templates} readOnly={refusal !== null} />
          {failure ? (
            <p className="field__error" role="alert" data-testid="letter-failure">
              {failure}
            </p>
          ) : null}
        </form>
        <LetterPreviewPane
          state={preview}
          label={text('preview.label')}
          invalidReason={editor.firstIssue}
          testId="letter-preview"
        />
      </div>
    </Dialog>
  );
}
