import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import type { SignForm } from './signForm';

export interface Pkcs12FieldsProps {
  form: SignForm;
  onChange: (patch: Partial<SignForm>) => void;
  onPick: () => void;
  onInspect: () => void;
  inspecting: boolean;
  /** Why the picked file was not taken (too large, unreadable). */
  pickProblem: string | null;
}

/** A certificate file (.p12, .pfx), its password, and keeping it in the keychain on request. */
export function Pkcs12Fields({
  form,
  onChange,
  onPick,
  onInspect,
  inspecting,
  pickProblem,
}: Pkcs12FieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="sign-dialog__source" data-testid="sign-pkcs12">
      <p className="sign-dialog__choice">
        <button
          type="button"
          className="button button--small"
          data-testid="sign-pick-file"
          onClick={onPick}
        >
          {t('signingUi.sign.pickFile')}
        </button>
        <span data-testid="sign-file-name">
          {form.pkcs12
            ? t('signingUi.sign.fileChosen', { name: form.pkcs12.name })
            : t('signingUi.sign.noFile')}
        </span>
      </p>
      {pickProblem ? (
        <p className="field__error" role="alert">
          {t('signingUi.sign.fileRejected', { reason: pickProblem })}
        </p>
      ) : null}
      <Field label={t('signingUi.sign.password')}>
        <input
          className="input"
          type="password"
          autoComplete="off"
          value={form.password}
          data-testid="sign-password"
          onChange={(event) => onChange({ password: event.target.value })}
        />
      </Field>
      <label className="sign-dialog__choice">
        <input
          type="checkbox"
          checked={form.remember}
          data-testid="sign-remember"
          aria-describedby="sign-remember-hint"
          onChange={(event) => onChange({ remember: event.target.checked })}
        />
        {t('signingUi.sign.remember')}
      </label>
      <p id="sign-remember-hint" className="field__hint">
        {t('signingUi.sign.rememberHint')}
      </p>
      <button
        type="button"
        className="button button--small"
        data-testid="sign-inspect"
        disabled={!form.pkcs12 || inspecting}
        onClick={onInspect}
      >
        {inspecting ? t('signingUi.sign.inspecting') : t('signingUi.sign.inspect')}
      </button>
    </div>
  );
}
