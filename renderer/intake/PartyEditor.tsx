import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { partyKinds, type PartyKind } from '../../common/domain/party';
import { Field } from '../ui/Field';
import { useFieldError } from './fieldErrors';
import type { PartyForm } from './formState';

export interface PartyEditorProps {
  party: PartyForm;
  /** Key prefix of the fields: `sender` or `addressees.0`. */
  prefix: string;
  legend: string;
  onChange: (patch: Partial<PartyForm>) => void;
  /** A remove button in the legend row (addressees). */
  action?: ReactNode;
}

/** Sender or addressee: who it is, where it lives, its data box. */
export function PartyEditor({ party, prefix, legend, onChange, action }: PartyEditorProps) {
  const { t } = useTranslation();
  const errorOf = useFieldError();
  const key = (field: string) => `${prefix}.${field}`;
  const hasIco = party.kind !== 'person';
  return (
    <fieldset className="intake-party">
      <legend>{legend}</legend>
      {action ? <div className="intake-party__action">{action}</div> : null}
      <div className="intake-grid intake-grid--party">
        <Field
          label={t(`intake.party.name.${party.kind}`)}
          required
          error={errorOf(key('name'))}
          className="intake-span-4"
        >
          <input
            className="input"
            data-field={key('name')}
            value={party.name}
            autoComplete="off"
            onChange={(event) => onChange({ name: event.target.value })}
          />
        </Field>
        <Field
          label={t('intake.party.kind')}
          error={errorOf(key('kind'))}
          className="intake-span-2"
        >
          <select
            className="select"
            data-field={key('kind')}
            value={party.kind}
            onChange={(event) => onChange({ kind: event.target.value as PartyKind })}
          >
            {partyKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`common.enums.partyKind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('intake.party.street')}
          error={errorOf(key('address.street'))}
          className="intake-span-3"
        >
          <input
            className="input"
            data-field={key('address.street')}
            value={party.street}
            autoComplete="off"
            onChange={(event) => onChange({ street: event.target.value })}
          />
        </Field>
        <Field
          label={t('intake.party.city')}
          error={errorOf(key('address.city'))}
          className="intake-span-2"
        >
          <input
            className="input"
            data-field={key('address.city')}
            value={party.city}
            autoComplete="off"
            onChange={(event) => onChange({ city: event.target.value })}
          />
        </Field>
        <Field
          label={t('intake.party.postalCode')}
          error={errorOf(key('address.postalCode'))}
          className="intake-span-1"
        >
          <input
            className="input"
            data-field={key('address.postalCode')}
            value={party.postalCode}
            autoComplete="off"
            inputMode="numeric"
            onChange={(event) => onChange({ postalCode: event.target.value })}
          />
        </Field>
        {hasIco ? (
          <Field
            label={t('intake.party.ico')}
            error={errorOf(key('ico'))}
            className="intake-span-3"
          >
            <input
              className="input"
              data-field={key('ico')}
              value={party.ico}
              autoComplete="off"
              inputMode="numeric"
              onChange={(event) => onChange({ ico: event.target.value })}
            />
          </Field>
        ) : null}
        <Field
          label={t('intake.party.dataBoxId')}
          hint={t('intake.party.dataBoxIdHint')}
          error={errorOf(key('dataBoxId'))}
          className="intake-span-3"
        >
          <input
            className="input intake-mono"
            data-field={key('dataBoxId')}
            value={party.dataBoxId}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => onChange({ dataBoxId: event.target.value })}
          />
        </Field>
      </div>
    </fieldset>
  );
}
