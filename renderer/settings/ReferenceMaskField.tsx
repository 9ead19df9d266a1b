import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field';
import { exampleReferenceNumber } from './referenceExample';
import { useNumberingState } from './useNumberingState';

export interface ReferenceMaskFieldProps {
  mask: string;
  abbreviation: string;
  error: string | null;
  onChange: (mask: string) => void;
}

/** The mask with the number the next registration would get, updated as the clerk types. */
export function ReferenceMaskField({
  mask,
  abbreviation,
  error,
  onChange,
}: ReferenceMaskFieldProps) {
  const { t } = useTranslation();
  const numbering = useNumberingState();
  const example = numbering
    ? exampleReferenceNumber(mask, abbreviation, numbering.nextSequence, numbering.year)
    : null;
  return (
    <div className="settings-form__wide settings-mask">
      <Field
        label={t('settings.organization.referenceMask')}
        hint={t('settings.organization.referenceMaskHint')}
        error={error}
        required
      >
        <input
          className="input settings-mask__input"
          value={mask}
          spellCheck={false}
          autoComplete="off"
          maxLength={80}
          onChange={(event) => onChange(event.target.value)}
        />
      </Field>
      <p className="settings-mask__example">
        <span>{t('settings.organization.example')}</span>{' '}
        <output
          data-testid="reference-example"
          className={
            example ? 'settings-mask__value' : 'settings-mask__value settings-mask__value--invalid'
          }
        >
          {example ?? t('settings.organization.exampleInvalid')}
        </output>
      </p>
      <p className="settings-note">{t('settings.organization.newNumbersOnly')}</p>
    </div>
  );
}
