import { useTranslation } from 'react-i18next';
import { findClassifiable, retentionLabel, type FilePlanGroup } from '../../common/domain/filePlan';
import { Field } from '../ui/Field';
import { FileMarkSelect } from '../ui/FileMarkSelect';
import { useFieldError } from './fieldErrors';
import type { IntakeForm } from './formState';

interface Props {
  form: IntakeForm;
  filePlan: FilePlanGroup[];
  handlers: string[];
  onChange: (patch: Partial<IntakeForm>) => void;
}

/** The file plan mark (which gives the retention rule) and who handles the document. */
export function ClassificationFields({ form, filePlan, handlers, onChange }: Props) {
  const { t } = useTranslation();
  const errorOf = useFieldError();
  const chosen = findClassifiable(filePlan, form.fileMark);
  const retention = chosen?.retention;
  return (
    <fieldset>
      <legend>{t('intake.sections.classification')}</legend>
      <div className="intake-grid intake-grid--1">
        <Field
          label={t('intake.fields.fileMark')}
          required
          hint={
            retention
              ? t('intake.fields.fileMarkHint', {
                  rule: retentionLabel(retention),
                  meaning: t(`intake.fields.retentionMeaning.${retention.mark}`),
                  period: retention.period,
                })
              : undefined
          }
          error={errorOf('fileMark')}
        >
          <FileMarkSelect
            data-field="fileMark"
            groups={filePlan}
            value={form.fileMark}
            onChange={(fileMark) => onChange({ fileMark })}
            emptyLabel={t('intake.fields.fileMarkEmpty')}
          />
        </Field>
        <Field label={t('intake.fields.handler')} required error={errorOf('handler')}>
          <select
            className="select"
            data-field="handler"
            value={form.handler}
            onChange={(event) => onChange({ handler: event.target.value })}
          >
            {handlers.includes(form.handler) ? null : (
              <option value={form.handler}>{form.handler}</option>
            )}
            {handlers.map((handler) => (
              <option key={handler} value={handler}>
                {handler}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </fieldset>
  );
}
