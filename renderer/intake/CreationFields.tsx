import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field';
import { useFieldError } from './fieldErrors';
import type { IntakeForm } from './formState';

interface Props {
  form: IntakeForm;
  onChange: (patch: Partial<IntakeForm>) => void;
}

/** Who wrote an own document and when. */
export function CreationFields({ form, onChange }: Props) {
  const { t } = useTranslation();
  const errorOf = useFieldError();
  return (
    <fieldset>
      <legend>{t('intake.sections.creation')}</legend>
      <div className="intake-grid intake-grid--2">
        <Field label={t('intake.fields.author')} required error={errorOf('author')}>
          <input
            className="input"
            data-field="author"
            value={form.author}
            autoComplete="off"
            onChange={(event) => onChange({ author: event.target.value })}
          />
        </Field>
        <Field label={t('intake.fields.createdOn')} required error={errorOf('createdOn')}>
          <input
            className="input"
            type="date"
            data-field="createdOn"
            value={form.createdOn}
            onChange={(event) => onChange({ createdOn: event.target.value })}
          />
        </Field>
      </div>
    </fieldset>
  );
}
