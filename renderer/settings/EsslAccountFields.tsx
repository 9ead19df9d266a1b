import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field';
import type { EsslFieldsForm } from './esslFields';
import type { EsslPasswordState } from './useEsslPassword';

export interface EsslAccountFieldsProps {
  form: EsslFieldsForm;
  onChange: (patch: Partial<EsslFieldsForm>) => void;
  password: string;
  onPasswordChange: (value: string) => void;
  passwordState: EsslPasswordState;
  /** A refusal of the last attempt to store the password, as text. */
  passwordFailure: string | null;
  errorOf: (path: keyof EsslFieldsForm) => string | null;
  onBlur: (path: keyof EsslFieldsForm) => void;
}

/** The ORP's eSSL: who logs in, the password (kept in the keychain), and the way there. */
export function EsslAccountFields({
  form,
  onChange,
  password,
  onPasswordChange,
  passwordState,
  passwordFailure,
  errorOf,
  onBlur,
}: EsslAccountFieldsProps) {
  const { t } = useTranslation();
  const { keychain, stored } = passwordState;
  const noKeychain = keychain.phase === 'loaded' && !keychain.status.encryptionAvailable;
  const passwordNote = noKeychain
    ? t('settings.connection.passwordUnavailable')
    : stored === true
      ? t('settings.connection.passwordStored')
      : stored === false
        ? t('settings.connection.passwordMissing')
        : null;
  const text = (path: keyof EsslFieldsForm, multiline = false) => ({
    className: multiline ? 'textarea' : 'input',
    value: form[path],
    spellCheck: false,
    autoComplete: 'off',
    onBlur: () => onBlur(path),
  });
  return (
    <>
      <Field
        label={t('settings.connection.esslUser')}
        hint={t('settings.connection.esslUserHint')}
        error={errorOf('esslUser')}
      >
        <input
          {...text('esslUser')}
          onChange={(event) => onChange({ esslUser: event.target.value })}
        />
      </Field>
      <Field
        label={t('settings.connection.password')}
        hint={t('settings.connection.passwordHint')}
        error={passwordFailure}
      >
        <input
          className="input"
          type="password"
          value={password}
          autoComplete="new-password"
          onChange={(event) => onPasswordChange(event.target.value)}
        />
      </Field>
      {passwordNote ? (
        <p
          className={noKeychain ? 'settings-note settings-note--warning' : 'settings-note'}
          data-testid="essl-password-state"
        >
          {passwordNote}
        </p>
      ) : null}
      <Field
        label={t('settings.connection.esslSystemCode')}
        hint={t('settings.connection.esslSystemCodeHint')}
        error={errorOf('esslSystemCode')}
        required
      >
        <input
          {...text('esslSystemCode')}
          onChange={(event) => onChange({ esslSystemCode: event.target.value })}
        />
      </Field>
      <Field
        label={t('settings.connection.caPem')}
        hint={t('settings.connection.caPemHint')}
        error={errorOf('esslCaPem')}
      >
        <textarea
          {...text('esslCaPem', true)}
          rows={4}
          onChange={(event) => onChange({ esslCaPem: event.target.value })}
        />
      </Field>
      <Field
        label={t('settings.connection.proxyUrl')}
        hint={t('settings.connection.proxyUrlHint')}
        error={errorOf('proxyUrl')}
      >
        <input
          {...text('proxyUrl')}
          type="url"
          inputMode="url"
          onChange={(event) => onChange({ proxyUrl: event.target.value })}
        />
      </Field>
    </>
  );
}
