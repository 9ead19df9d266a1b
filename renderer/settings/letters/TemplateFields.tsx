import { LETTER_LIMITS, type LetterLayout } from '../../../common/letters/model';
import type { LetterServices } from '../../letters/model/letterServices';
import { useLetterText, type LetterTextKey } from '../../letters/ui/text';
import { Field } from '../../ui/Field';
import { LogoField } from './LogoField';
import type { TemplateTextField } from './templateForm';
import type { TemplateFormState } from './useTemplateForm';

export interface TemplateFieldsProps {
  editor: TemplateFormState;
  openFile: LetterServices['openFile'];
}

interface TextOptions {
  maxLength: number;
  required?: boolean;
  hint?: string;
  rows?: number;
}

type ChoiceKey = 'headerStyle' | 'addressWindow' | 'references' | 'bodyAlign' | 'signaturePosition';

const CHOICES: { [K in ChoiceKey]: ReadonlyArray<LetterLayout[K]> } = {
  headerStyle: ['left', 'centered'],
  addressWindow: ['left', 'right'],
  references: ['row', 'column'],
  bodyAlign: ['justify', 'left'],
  signaturePosition: ['left', 'right'],
};

/** Letterhead, layout, closing and signature of one template. */
export function TemplateFields({ editor, openFile }: TemplateFieldsProps) {
  const text = useLetterText();
  const { form } = editor;

  const input = (field: TemplateTextField, options: TextOptions) => {
    const common = {
      value: form[field],
      maxLength: options.maxLength,
      'data-testid': `template-${field}`,
      onChange: (event: { target: { value: string } }) => editor.setText(field, event.target.value),
      onBlur: () => editor.touch(field),
    };
    return (
      <Field
        label={text(`templates.fields.${field}` as LetterTextKey)}
        hint={options.hint}
        required={options.required}
        error={editor.errorFor(field)}
      >
        {options.rows ? (
          <textarea className="textarea" rows={options.rows} {...common} />
        ) : (
          <input className="input" autoComplete="off" {...common} />
        )}
      </Field>
    );
  };

  const choice = <K extends ChoiceKey>(key: K) => (
    <Field label={text(`templates.fields.${key}`)}>
      <select
        className="select"
        value={form.layout[key]}
        data-testid={`template-${key}`}
        onChange={(event) => editor.setLayout(key, event.target.value as LetterLayout[K])}
      >
        {CHOICES[key].map((value) => (
          <option key={value} value={value}>
            {text(`templates.options.${key}.${value}` as LetterTextKey)}
          </option>
        ))}
      </select>
    </Field>
  );

  const flag = (key: 'officialStampPlaceholder' | 'foldMarks') => (
    <label className="letter-template__check">
      <input
        type="checkbox"
        checked={form.layout[key]}
        data-testid={`template-${key}`}
        onChange={(event) => editor.setLayout(key, event.target.checked)}
      />{' '}
      {text(`templates.fields.${key}`)}
    </label>
  );

  return (
    <>
      {input('name', { maxLength: LETTER_LIMITS.templateName, required: true })}
      <fieldset className="letter-editor__group">
        <legend>{text('templates.sections.letterhead')}</legend>
        {input('organizationName', { maxLength: LETTER_LIMITS.organizationName, required: true })}
        {input('addressLines', {
          maxLength: (LETTER_LIMITS.letterheadLine + 1) * LETTER_LIMITS.letterheadLines,
          hint: text('templates.fields.addressLinesHint'),
          rows: 3,
        })}
        <div className="letter-editor__group--grid">
          {input('ico', { maxLength: 20 })}
          {input('databoxId', { maxLength: 20 })}
          {input('phone', { maxLength: LETTER_LIMITS.contact })}
          {input('email', { maxLength: LETTER_LIMITS.contact })}
          {input('web', { maxLength: LETTER_LIMITS.contact })}
        </div>
        <LogoField editor={editor} openFile={openFile} />
      </fieldset>
      <fieldset className="letter-editor__group letter-editor__group--grid">
        <legend>{text('templates.sections.layout')}</legend>
        {choice('headerStyle')}
        {choice('addressWindow')}
        {choice('references')}
        {choice('bodyAlign')}
        {choice('signaturePosition')}
        <div className="letter-editor__wide">
          {flag('officialStampPlaceholder')}
          {flag('foldMarks')}
        </div>
      </fieldset>
      <fieldset className="letter-editor__group">
        <legend>{text('templates.sections.signature')}</legend>
        {input('heading', {
          maxLength: LETTER_LIMITS.heading,
          hint: text('templates.fields.headingHint'),
        })}
        {input('closing', { maxLength: LETTER_LIMITS.closing })}
        <div className="letter-editor__group--grid">
          {input('signerName', { maxLength: LETTER_LIMITS.personName })}
          {input('signerFunction', { maxLength: LETTER_LIMITS.personFunction })}
        </div>
        {input('footerText', { maxLength: LETTER_LIMITS.footerText, rows: 2 })}
      </fieldset>
    </>
  );
}
