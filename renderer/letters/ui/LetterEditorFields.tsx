import type { LetterTemplate } from '../../../common/letters/model';
import { LETTER_LIMITS } from '../../../common/letters/model';
import { Field } from '../../ui/Field';
import type { LetterFormField } from '../model/letterForm';
import { useLetterText, type LetterTextKey } from './text';
import type { LetterEditorForm } from './useLetterEditorForm';

export interface LetterEditorFieldsProps {
  editor: LetterEditorForm;
  templates: readonly LetterTemplate[];
  readOnly: boolean;
}

interface TextOptions {
  label: LetterTextKey;
  testId: string;
  maxLength: number;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'date' | 'email' | 'tel';
  /** Rows of a textarea; a single-line input without it. */
  rows?: number;
  className?: string;
}

/** The letter's fields in the order a Czech letter reads: addressee, references, subject, text, signature. */
export function LetterEditorFields({ editor, templates, readOnly }: LetterEditorFieldsProps) {
  const text = useLetterText();
  const { form } = editor;

  const control = (field: LetterFormField, options: TextOptions) => {
    const common = {
      value: form[field],
      readOnly,
      maxLength: options.maxLength,
      'data-testid': options.testId,
      onChange: (event: { target: { value: string } }) =>
        editor.setField(field, event.target.value),
      onBlur: () => editor.touch(field),
    };
    return (
      <Field
        label={text(options.label)}
        hint={options.hint}
        required={options.required}
        error={editor.errorFor(field)}
        className={options.className}
      >
        {options.rows ? (
          <textarea className="textarea" rows={options.rows} spellCheck {...common} />
        ) : (
          <input className="input" type={options.type ?? 'text'} autoComplete="off" {...common} />
        )}
      </Field>
    );
  };

  return (
    <>
      <Field label={text('editor.template')}>
        <select
          className="select"
          value={editor.template?.id ?? ''}
          disabled={readOnly}
          data-testid="letter-template"
          onChange={(event) => editor.setTemplate(event.target.value)}
        >
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </select>
      </Field>

      <fieldset className="letter-editor__group">
        <legend>{text('editor.addressee')}</legend>
        {control('addresseeName', {
          label: 'editor.addresseeName',
          testId: 'letter-addressee-name',
          maxLength: LETTER_LIMITS.addresseeName,
          required: true,
        })}
        {control('addresseeLines', {
          label: 'editor.addresseeLines',
          testId: 'letter-addressee-lines',
          maxLength: (LETTER_LIMITS.addresseeLine + 1) * LETTER_LIMITS.addresseeLines,
          hint: text('editor.addresseeLinesHint'),
          rows: 3,
        })}
        {control('addresseeDataBox', {
          label: 'editor.addresseeDataBox',
          testId: 'letter-addressee-databox',
          maxLength: 20,
        })}
      </fieldset>

      <fieldset className="letter-editor__group letter-editor__group--grid">
        <legend>{text('editor.references')}</legend>
        {control('ourRef', {
          label: 'editor.ourRef',
          testId: 'letter-our-ref',
          maxLength: LETTER_LIMITS.reference,
          required: true,
        })}
        {control('date', {
          label: 'editor.date',
          testId: 'letter-date',
          maxLength: 10,
          type: 'date',
          required: true,
        })}
        {control('theirRef', {
          label: 'editor.theirRef',
          testId: 'letter-their-ref',
          maxLength: LETTER_LIMITS.reference,
        })}
        {control('theirDate', {
          label: 'editor.theirDate',
          testId: 'letter-their-date',
          maxLength: 10,
          type: 'date',
        })}
      </fieldset>

      <fieldset className="letter-editor__group letter-editor__group--grid">
        <legend>{text('editor.handler')}</legend>
        {control('handlerName', {
          label: 'editor.handlerName',
          testId: 'letter-handler-name',
          maxLength: LETTER_LIMITS.personName,
          required: true,
          className: 'letter-editor__wide',
        })}
        {control('handlerPhone', {
          label: 'editor.handlerPhone',
          testId: 'letter-handler-phone',
          maxLength: LETTER_LIMITS.contact,
          type: 'tel',
        })}
        {control('handlerEmail', {
          label: 'editor.handlerEmail',
          testId: 'letter-handler-email',
          maxLength: LETTER_LIMITS.contact,
          type: 'email',
        })}
      </fieldset>

      {control('subject', {
        label: 'editor.subject',
        testId: 'letter-subject',
        maxLength: LETTER_LIMITS.subject + 50,
        required: true,
      })}
      {control('body', {
        label: 'editor.body',
        testId: 'letter-body',
        // A little over the limit, so a paste that is too long is reported, not cut.
        maxLength: LETTER_LIMITS.body + 1000,
        hint: `${text('editor.bodyHint')} ${text('editor.bodyCount', {
          count: form.body.length,
          max: LETTER_LIMITS.body,
        })}`,
        required: true,
        rows: 12,
      })}
      {control('attachments', {
        label: 'editor.attachments',
        testId: 'letter-attachments',
        maxLength: (LETTER_LIMITS.attachment + 1) * LETTER_LIMITS.attachments,
        hint: text('editor.attachmentsHint'),
        rows: 3,
      })}

      <fieldset className="letter-editor__group letter-editor__group--grid">
        <legend>{text('editor.signer')}</legend>
        {control('signerName', {
          label: 'editor.signerName',
          testId: 'letter-signer-name',
          maxLength: LETTER_LIMITS.personName,
          required: true,
        })}
        {control('signerFunction', {
          label: 'editor.signerFunction',
          testId: 'letter-signer-function',
          maxLength: LETTER_LIMITS.personFunction,
          required: true,
        })}
      </fieldset>
    </>
  );
}
