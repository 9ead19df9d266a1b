import { useTranslation } from 'react-i18next';
import { OFFICIAL_EXEMPTION } from '../../../../common/domain/conversionRules';
import { Field } from '../../../ui/Field';
import type { RegisterValues } from '../registerForm';

export interface ElectronicRegisterFieldsProps {
  values: RegisterValues;
  onChange: (change: Partial<RegisterValues>) => void;
  /** The command's issue for a field (description, inputDate, feeCzk, exemption), as text. */
  fieldError: (path: string) => string | null;
  /** Today in the office calendar: the input's date cannot be later. */
  today: string;
}

/**
 * What the conversion register records besides the conversion itself: input, date, fee —
 * for electronic → paper, where the sheets follow the PDF and fee and exemption are asked
 * side by side (the paper → electronic dialog has its own layout: RegisterFieldsView).
 */
export function ElectronicRegisterFields({
  values,
  onChange,
  fieldError,
  today,
}: ElectronicRegisterFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset data-testid="conversion-register-fields">
      <legend className="field__label">{t('conversionDialogs.register.legend')}</legend>
      <Field
        label={t('conversionDialogs.register.description')}
        required
        hint={t('conversionDialogs.register.descriptionHint')}
        error={fieldError('description')}
      >
        <textarea
          className="textarea"
          rows={2}
          maxLength={500}
          value={values.description}
          data-testid="conversion-description"
          onChange={(event) => onChange({ description: event.target.value })}
        />
      </Field>
      <Field
        label={t('conversionDialogs.register.inputDate')}
        hint={t('conversionDialogs.register.inputDateHint')}
        error={fieldError('inputDate')}
      >
        <input
          className="input"
          type="date"
          max={today}
          value={values.inputDate}
          data-testid="conversion-input-date"
          onChange={(event) => onChange({ inputDate: event.target.value })}
        />
      </Field>
      <label className="conversion-dialog__choice">
        <input
          type="checkbox"
          checked={values.official}
          data-testid="conversion-official"
          onChange={(event) => onChange({ official: event.target.checked })}
        />
        {t('conversionDialogs.register.official')}
      </label>
      {values.official ? (
        <p className="field__hint">
          {t('conversionDialogs.register.officialHint', { exemption: OFFICIAL_EXEMPTION })}
        </p>
      ) : (
        <>
          <Field
            label={t('conversionDialogs.register.fee')}
            hint={t('conversionDialogs.register.feeHint')}
            error={fieldError('feeCzk')}
          >
            <input
              className="input"
              inputMode="numeric"
              value={values.feeCzk}
              data-testid="conversion-fee"
              onChange={(event) => onChange({ feeCzk: event.target.value })}
            />
          </Field>
          <Field label={t('conversionDialogs.register.exemption')} error={fieldError('exemption')}>
            <input
              className="input"
              maxLength={500}
              value={values.exemption}
              data-testid="conversion-exemption"
              onChange={(event) => onChange({ exemption: event.target.value })}
            />
          </Field>
        </>
      )}
    </fieldset>
  );
}
