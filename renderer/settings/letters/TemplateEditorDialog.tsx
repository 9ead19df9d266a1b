import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { officeDateString } from '../../../common/domain/time';
import type { LetterContent, LetterTemplate } from '../../../common/letters/model';
import { useServices } from '../../app/services';
import { CommandError } from '../../db/errors';
import { errorText } from '../../i18n';
import { saveLetterTemplate } from '../../letters/db/saveLetterTemplate';
import { letterServicesOf, type RenderedLetter } from '../../letters/model/letterServices';
import { LetterPreviewPane } from '../../letters/ui/LetterPreviewPane';
import { useLetterText } from '../../letters/ui/text';
import { useLivePreview } from '../../letters/ui/useLivePreview';
import '../../letters/letters.css';
import { Dialog } from '../../ui/Dialog';
import { ConfirmButtons } from '../../ui/DialogButtons';
import { useNotify } from '../../ui/useNotify';
import { TemplateFields } from './TemplateFields';
import { sampleLetterContent } from './templateSample';
import { useTemplateForm } from './useTemplateForm';

export interface TemplateEditorDialogProps {
  template: LetterTemplate;
  onClose: () => void;
}

type PreviewInput = { template: LetterTemplate; content: LetterContent };

/** One template's settings beside a preview of a sample letter written with it. */
export function TemplateEditorDialog({ template: initial, onClose }: TemplateEditorDialogProps) {
  const { t } = useTranslation();
  const text = useLetterText();
  const notify = useNotify();
  const { db, api } = useServices();
  const services = useMemo(() => letterServicesOf(api), [api]);
  const editor = useTemplateForm(initial);
  const formId = useId();
  const [today] = useState(() => officeDateString(new Date()));
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const { valid } = editor;
  const previewInput = useMemo<PreviewInput | null>(
    () => (valid ? { template: valid, content: sampleLetterContent(valid, today) } : null),
    [valid, today],
  );
  const preview = useLivePreview<PreviewInput, RenderedLetter>(previewInput, (input) =>
    services.render(input.template, input.content),
  );

  const save = async () => {
    editor.markSubmitted();
    setFailure(null);
    setWorking(true);
    try {
      const result = await saveLetterTemplate(db, editor.template);
      notify.success(text('templates.saved', { name: result.template.name }));
      onClose();
    } catch (error) {
      if (error instanceof CommandError && error.issues.length > 0) {
        editor.pinIssues(error.issues);
        setFailure(t('errors.validation'));
      } else {
        setFailure(errorText(t, error));
      }
    } finally {
      setWorking(false);
    }
  };

  return (
    <Dialog
      open
      wide
      title={text('templates.editTitle', { name: initial.name })}
      onClose={onClose}
      footer={
        <ConfirmButtons
          onCancel={onClose}
          form={formId}
          confirmLabel={text('templates.save')}
          workingLabel={text('templates.saving')}
          working={working}
        />
      }
    >
      <div className="letter-editor">
        <form
          id={formId}
          className="letter-editor__form dialog-form"
          noValidate
          data-testid="template-editor"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <TemplateFields editor={editor} openFile={services.openFile} />
          {failure ? (
            <p className="field__error" role="alert" data-testid="template-failure">
              {failure}
            </p>
          ) : null}
        </form>
        <LetterPreviewPane
          state={preview}
          label={text('templates.preview')}
          invalidReason={editor.firstIssue}
          testId="template-preview"
        />
      </div>
    </Dialog>
  );
}
