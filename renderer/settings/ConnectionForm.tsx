import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig, AppConfigPatch } from '../../common/contract/types';
import { configChanged } from '../app/appSlice';
import { useServices } from '../app/services';
import { useAppDispatch } from '../app/store';
import { errorText, issueText } from '../i18n';
import { Field } from '../ui/Field';
import { useNotify } from '../ui/useNotify';
import { DemoEsslAccount } from './DemoEsslAccount';
import { EsslAccountFields } from './EsslAccountFields';
import { EsslConnectionTest } from './EsslConnectionTest';
import { checkEsslFields, esslFieldsOf, type EsslFieldsForm } from './esslFields';
import { checkServiceUrl } from './serviceUrl';
import { useEsslPassword } from './useEsslPassword';

export interface ConnectionFormProps {
  config: AppConfig;
  /** Whether this run started with the built-in services (a mode change needs a restart). */
  runningDemo: boolean;
}

type Mode = AppConfig['mode'];

/** Which services the app talks to; kept by main, saved through `config.update`. */
export function ConnectionForm({ config, runningDemo }: ConnectionFormProps) {
  const { t } = useTranslation();
  const { api } = useServices();
  const dispatch = useAppDispatch();
  const notify = useNotify();
  const modeName = useId();
  const [mode, setMode] = useState<Mode>(config.mode);
  const [esslUrl, setEsslUrl] = useState(config.esslUrl ?? '');
  const [feedUrl, setFeedUrl] = useState(config.updateFeedUrl ?? '');
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [modeFixed, setModeFixed] = useState(false);
  const [savedMode, setSavedMode] = useState<Mode | null>(null);
  const [account, setAccount] = useState<EsslFieldsForm>(() => esslFieldsOf(config));
  const [password, setPassword] = useState('');
  const [passwordFailure, setPasswordFailure] = useState<string | null>(null);
  const passwordState = useEsslPassword();

  const essl = checkServiceUrl(esslUrl, 'esslUrl', mode === 'custom');
  const feed = checkServiceUrl(feedUrl, 'updateFeedUrl', false);
  const shown = (path: string) => submitted || touched.has(path);
  const esslError = !essl.ok && shown('esslUrl') ? issueText(t, essl.issue) : null;
  const feedError = !feed.ok && shown('updateFeedUrl') ? issueText(t, feed.issue) : null;
  const touch = (path: string) => setTouched((current) => new Set([...current, path]));
  const accountCheck = checkEsslFields(account);
  const accountError = (path: keyof EsslFieldsForm) => {
    if (accountCheck.ok || !shown(path)) return null;
    const issue = accountCheck.issues.find((item) => item.path === path);
    return issue ? issueText(t, issue) : null;
  };
  // Said only after a save here: a browser host's stored mode may differ from how it was started.
  const restartNeeded = savedMode !== null && savedMode !== (runningDemo ? 'demo' : 'custom');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    // The demo does not use the eSSL address; a half-typed one is neither checked nor sent then.
    if ((mode === 'custom' && (!essl.ok || !accountCheck.ok)) || !feed.ok) return;
    const patch: AppConfigPatch = { mode, updateFeedUrl: feed.value };
    if (mode === 'custom' && essl.ok) patch.esslUrl = essl.value;
    if (mode === 'custom' && accountCheck.ok) Object.assign(patch, accountCheck.value);
    setSaving(true);
    setPasswordFailure(null);
    try {
      const next = await api['config.update'](patch);
      dispatch(configChanged(next));
      setModeFixed(next.mode !== mode);
      setMode(next.mode);
      setSavedMode(next.mode);
      notify.success(t('settings.connection.saved'));
      if (mode === 'custom' && password.length > 0) await storePassword();
    } catch (error) {
      setFailure(t('settings.connection.failed', { reason: errorText(t, error) }));
      notify.failure(error);
    } finally {
      setSaving(false);
    }
  };

  // After the settings are saved: a refused password must not undo them, only say so.
  const storePassword = async () => {
    try {
      await passwordState.store(password);
      setPassword('');
      notify.success(t('settings.connection.passwordSaved'));
    } catch (error) {
      setPasswordFailure(errorText(t, error));
    }
  };

  const radio = (value: Mode, label: string, hint: string) => {
    const id = `${modeName}-${value}`;
    return (
      <div className="settings-radio">
        <input
          id={id}
          type="radio"
          name={modeName}
          value={value}
          checked={mode === value}
          aria-describedby={`${id}-hint`}
          onChange={() => {
            setMode(value);
            setModeFixed(false);
          }}
        />
        <span className="settings-radio__text">
          <label className="settings-radio__label" htmlFor={id}>
            {label}
          </label>
          <span id={`${id}-hint`} className="field__hint">
            {hint}
          </span>
        </span>
      </div>
    );
  };

  return (
    <>
      <form className="settings-form" noValidate onSubmit={(event) => void submit(event)}>
        <fieldset className="settings-form__modes">
          <legend>{t('settings.connection.mode')}</legend>
          {radio('demo', t('settings.connection.modeDemo'), t('settings.connection.modeDemoHint'))}
          {radio(
            'custom',
            t('settings.connection.modeCustom'),
            t('settings.connection.modeCustomHint'),
          )}
        </fieldset>
        {mode === 'custom' ? (
          <Field
            label={t('settings.connection.esslUrl')}
            hint={t('settings.connection.esslUrlHint')}
            error={esslError}
            required
          >
            <input
              className="input"
              type="url"
              inputMode="url"
              value={esslUrl}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => setEsslUrl(event.target.value)}
              onBlur={() => touch('esslUrl')}
            />
          </Field>
        ) : null}
        {mode === 'custom' ? (
          <EsslAccountFields
            form={account}
            onChange={(patch) => setAccount((current) => ({ ...current, ...patch }))}
            password={password}
            onPasswordChange={(value) => {
              setPassword(value);
              setPasswordFailure(null);
            }}
            passwordState={passwordState}
            passwordFailure={passwordFailure}
            errorOf={accountError}
            onBlur={touch}
          />
        ) : null}
        {mode === 'demo' && config.mode === 'demo' ? <DemoEsslAccount /> : null}
        <Field
          label={t('settings.connection.updateFeedUrl')}
          hint={t('settings.connection.updateFeedUrlHint')}
          error={feedError}
        >
          <input
            className="input"
            type="url"
            inputMode="url"
            value={feedUrl}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => setFeedUrl(event.target.value)}
            onBlur={() => touch('updateFeedUrl')}
          />
        </Field>
        {modeFixed ? (
          <p className="settings-note settings-note--warning">
            {t('settings.connection.modeFixed')}
          </p>
        ) : null}
        {!modeFixed && restartNeeded ? (
          <p className="settings-note settings-note--warning">
            {t('settings.connection.restartNeeded')}
          </p>
        ) : null}
        {mode !== config.mode ? (
          <p className="settings-note">{t('settings.connection.dataKept')}</p>
        ) : null}
        {passwordFailure && mode !== 'custom' ? (
          // The ORP fields are hidden again (this installation's mode is fixed): said here.
          <p className="settings-form__failure" role="alert">
            {passwordFailure}
          </p>
        ) : null}
        {failure ? (
          <p className="settings-form__failure" role="alert">
            {failure}
          </p>
        ) : null}
        <div className="settings-form__actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {t('settings.connection.save')}
          </button>
        </div>
      </form>
      <EsslConnectionTest />
    </>
  );
}
