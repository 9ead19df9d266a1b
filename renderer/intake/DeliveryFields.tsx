import { useTranslation } from 'react-i18next';
import { channels, type Channel } from '../../common/domain/document';
import { Field } from '../ui/Field';
import { useFieldError } from './fieldErrors';
import type { IntakeForm } from './formState';
import { toOfficeDateTimeLocal } from './officeDateTimeLocal';

interface Props {
  form: IntakeForm;
  onChange: (patch: Partial<IntakeForm>) => void;
}

/** When and how an incoming document came, and the sender's own reference. */
export function DeliveryFields({ form, onChange }: Props) {
  const { t } = useTranslation();
  const errorOf = useFieldError();
  return (
    <fieldset>
      <legend>{t('intake.sections.delivery')}</legend>
      <div className="intake-grid intake-grid--2">
        <div className="intake-span-2 intake-with-button">
          <Field
            label={t('intake.fields.receivedAt')}
            hint={t('intake.fields.receivedAtHint')}
            required
            error={errorOf('receivedAt')}
          >
            <input
              className="input"
              type="datetime-local"
              step={1}
              data-field="receivedAt"
              value={form.receivedAt}
              onChange={(event) => onChange({ receivedAt: event.target.value })}
            />
          </Field>
          <button
            type="button"
            className="button"
            aria-label={t('intake.fields.nowLabel')}
            onClick={() => onChange({ receivedAt: toOfficeDateTimeLocal(new Date()) })}
          >
            {t('intake.fields.now')}
          </button>
        </div>
        <Field
          label={t('intake.fields.channel')}
          required
          error={errorOf('channel')}
          className="intake-span-2"
        >
          <select
            className="select"
            data-field="channel"
            value={form.channel}
            onChange={(event) => onChange({ channel: event.target.value as Channel })}
          >
            {channels.map((channel) => (
              <option key={channel} value={channel}>
                {t(`common.enums.channel.${channel}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('intake.fields.senderRefNumber')} error={errorOf('senderReference.number')}>
          <input
            className="input"
            data-field="senderReference.number"
            value={form.senderRefNumber}
            autoComplete="off"
            onChange={(event) => onChange({ senderRefNumber: event.target.value })}
          />
        </Field>
        <Field label={t('intake.fields.senderRefDate')} error={errorOf('senderReference.date')}>
          <input
            className="input"
            type="date"
            data-field="senderReference.date"
            value={form.senderRefDate}
            onChange={(event) => onChange({ senderRefDate: event.target.value })}
          />
        </Field>
      </div>
    </fieldset>
  );
}
