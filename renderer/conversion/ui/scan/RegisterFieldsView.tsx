import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../../common/domain/validation';
import { issueText } from '../../../i18n';
import { Field } from '../../../ui/Field';
import { shownSheets, type RegisterField, type RegisterForm } from '../registerForm';

export interface RegisterFieldsViewProps {
  form: RegisterForm;
  pages: number;
  issues: Partial<Record<RegisterField, ValidationIssue>>;
  disabled: boolean;
  onChange: (patch: Partial<RegisterForm>) => void;
}

/**
 * What the conversion register records about the input (§ 25 odst. 1 and the register's
 * fields): its identification and date, sheets, an element that cannot be converted, and
 * the fee — or the exemption of a conversion the office makes on its own initiative.
 */
export function RegisterFieldsView({
  form,
  pages,
  issues,
  disabled,
  onChange,
}: RegisterFieldsViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const error = (field: RegisterField) => {
    const issue = issues[field];
    return issue ? issueText(t, issue) : null;
  };
  return (
    <section className="scan-register" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('conversionScan.register.heading')}</h3>
      <div className="scan-register__grid">
        <Field
          label={t('conversionScan.register.description')}
          hint={t('conversionScan.register.descriptionHint')}
          error={error('description')}
          required
          className="scan-register__wide"
        >
          <input
            className="input"
            value={form.description}
            maxLength={500}
            disabled={disabled}
            data-testid="scan-description"
            onChange={(event) => onChange({ description: event.target.value })}
          />
        </Field>
        <Field
          label={t('conversionScan.register.inputDate')}
          hint={t('conversionScan.register.inputDateHint')}
          error={error('inputDate')}
        >
          <input
            className="input"
            type="date"
            value={form.inputDate}
            disabled={disabled}
            data-testid="scan-input-date"
            onChange={(event) => onChange({ inputDate: event.target.value })}
          />
        </Field>
        <Field
          label={t('conversionScan.register.sheets')}
          hint={t('conversionScan.register.sheetsHint')}
          error={error('sheets')}
          required
        >
          <input
            className="input"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={shownSheets(form, pages)}
            disabled={disabled}
            data-testid="scan-sheets"
            onChange={(event) => onChange({ sheets: event.target.value })}
          />
        </Field>
      </div>
      <label className="scan-register__check">
        <input
          type="checkbox"
          checked={form.lost}
          disabled={disabled}
          data-testid="scan-lost"
          onChange={(event) => onChange({ lost: event.target.checked })}
        />
        {t('conversionScan.register.lost')}
      </label>
      {form.lost ? (
        <Field
          label={t('conversionScan.register.lostDescription')}
          hint={t('conversionScan.register.lostHint')}
          error={error('lostElement')}
          required
        >
          <input
            className="input"
            value={form.lostDescription}
            maxLength={500}
            disabled={disabled}
            data-testid="scan-lost-description"
            onChange={(event) => onChange({ lostDescription: event.target.value })}
          />
        </Field>
      ) : null}
      <label className="scan-register__check">
        <input
          type="checkbox"
          checked={form.official}
          disabled={disabled}
          data-testid="scan-official"
          onChange={(event) => onChange({ official: event.target.checked })}
        />
        {t('conversionScan.register.official')}
      </label>
      {form.official ? null : (
        <fieldset className="scan-register__charge">
          <legend>{t('conversionScan.register.charge')}</legend>
          <label className="scan-register__check">
            <input
              type="radio"
              name="scan-charge"
              checked={form.charge === 'fee'}
              disabled={disabled}
              data-testid="scan-charge-fee"
              onChange={() => onChange({ charge: 'fee' })}
            />
            {t('conversionScan.register.fee')}
          </label>
          <label className="scan-register__check">
            <input
              type="radio"
              name="scan-charge"
              checked={form.charge === 'exemption'}
              disabled={disabled}
              data-testid="scan-charge-exemption"
              onChange={() => onChange({ charge: 'exemption' })}
            />
            {t('conversionScan.register.exemption')}
          </label>
          {form.charge === 'fee' ? (
            <Field label={t('conversionScan.register.feeCzk')} error={error('feeCzk')} required>
              <input
                className="input"
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                value={form.feeCzk}
                disabled={disabled}
                data-testid="scan-fee"
                onChange={(event) => onChange({ feeCzk: event.target.value })}
              />
            </Field>
          ) : (
            <Field
              label={t('conversionScan.register.exemptionReason')}
              error={error('exemption')}
              required
            >
              <input
                className="input"
                value={form.exemption}
                maxLength={500}
                disabled={disabled}
                data-testid="scan-exemption"
                onChange={(event) => onChange({ exemption: event.target.value })}
              />
            </Field>
          )}
        </fieldset>
      )}
    </section>
  );
}
