import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  loginMethods,
  type IsdsBoxInfo,
  type IsdsLoginMethod,
} from '../../../common/contract/isds';
import { useServices } from '../../app/services';
import { errorText, issueText } from '../../i18n';
import { CommandDialog } from '../../ui/CommandDialog';
import { Field } from '../../ui/Field';
import { useNotify } from '../../ui/useNotify';
import {
  checkBoxDraft,
  draftOf,
  emptyDraft,
  loginNeeds,
  POLL_MAX,
  POLL_MIN,
  withPreset,
  type BoxDraft,
  type UrlPreset,
} from './boxForm';
import { CertificateField, type PickedCertificate } from './CertificateField';

const presets: UrlPreset[] = ['gateway', 'production', 'test'];

export interface BoxDialogProps {
  /** null: a new box. */
  box: IsdsBoxInfo | null;
  takenKeys: string[];
  onClose: () => void;
  onSaved: (box: IsdsBoxInfo) => void;
}

/**
 * Adding or editing a box: how it logs in, where, and whether the ORP gateway is asked
 * on a schedule. The password and the certificate go to the OS keychain (never shown back).
 */
export function BoxDialog({ box, takenKeys, onClose, onSaved }: BoxDialogProps) {
  const { t } = useTranslation();
  const { api } = useServices();
  const notify = useNotify();
  const pollWhyId = useId();
  const loginName = useId();
  const presetName = useId();
  const [draft, setDraft] = useState<BoxDraft>(() => (box ? draftOf(box) : emptyDraft()));
  const [certificate, setCertificate] = useState<PickedCertificate | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const needs = loginNeeds(draft.login);
  const hasCertificate = box?.hasCertificate ?? false;
  const check = checkBoxDraft(draft, { takenKeys, hasPassword: box?.hasPassword ?? false });
  const certificateMissing = needs.certificate && !hasCertificate && certificate === null;
  const errorOf = (path: string) => {
    if (!submitted) return null;
    if (path === 'certificate' && certificateMissing)
      return t('databox.settings.validation.certificateRequired');
    if (check.ok) return null;
    const issue = check.issues.find((item) => item.path === path);
    return issue ? issueText(t, issue) : null;
  };
  const change = (patch: Partial<BoxDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async () => {
    setSubmitted(true);
    setFailure(null);
    if (!check.ok || certificateMissing) return;
    setSaving(true);
    try {
      let saved = await api['isds.saveBox']({ box: check.settings });
      const password = needs.password && draft.password.length > 0 ? draft.password : undefined;
      const pkcs12 =
        needs.certificate && certificate ? { pkcs12: certificate.bytes, passphrase } : undefined;
      if (password !== undefined || pkcs12 !== undefined) {
        saved = await api['isds.setSecrets']({
          key: saved.key,
          ...(password !== undefined ? { password } : {}),
          ...(pkcs12 !== undefined ? { certificate: pkcs12 } : {}),
        });
      }
      notify.success(t('databox.settings.saved', { label: saved.label }));
      onSaved(saved);
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setSaving(false);
    }
  };

  const viaGateway = draft.preset === 'gateway';
  return (
    <CommandDialog
      title={
        box ? t('databox.settings.editTitle', { label: box.label }) : t('databox.settings.addTitle')
      }
      wide
      onClose={onClose}
      confirmLabel={t('databox.settings.save')}
      workingLabel={t('databox.settings.saving')}
      working={saving}
      onSubmit={submit}
      failure={failure}
      formClassName="settings-form databox-box-form"
    >
      <Field
        label={t('databox.settings.label')}
        hint={t('databox.settings.labelHint')}
        error={errorOf('label')}
        required
      >
        <input
          className="input"
          value={draft.label}
          maxLength={200}
          data-testid="databox-settings-label"
          onChange={(event) => change({ label: event.target.value })}
        />
      </Field>
      <fieldset>
        <legend>{t('databox.settings.login')}</legend>
        {loginMethods.map((method: IsdsLoginMethod) => {
          const id = `${loginName}-${method}`;
          return (
            <div key={method} className="settings-radio">
              <input
                id={id}
                type="radio"
                name={loginName}
                checked={draft.login === method}
                aria-describedby={`${id}-hint`}
                onChange={() => change({ login: method })}
              />
              <span className="settings-radio__text">
                <label className="settings-radio__label" htmlFor={id}>
                  {t(`databox.settings.loginMethod.${method}`)}
                </label>
                <span id={`${id}-hint`} className="field__hint">
                  {t(`databox.settings.loginHint.${method}`)}
                </span>
              </span>
            </div>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t('databox.settings.where')}</legend>
        {presets.map((preset) => {
          const id = `${presetName}-${preset}`;
          return (
            <div key={preset} className="settings-radio">
              <input
                id={id}
                type="radio"
                name={presetName}
                checked={draft.preset === preset}
                aria-describedby={`${id}-hint`}
                data-testid={`databox-settings-preset-${preset}`}
                onChange={() => setDraft((current) => withPreset(current, preset))}
              />
              <span className="settings-radio__text">
                <label className="settings-radio__label" htmlFor={id}>
                  {t(`databox.settings.preset.${preset}`)}
                </label>
                <span id={`${id}-hint`} className="field__hint">
                  {t(`databox.settings.presetHint.${preset}`)}
                </span>
              </span>
            </div>
          );
        })}
        <Field
          label={t('databox.settings.url')}
          hint={t('databox.settings.urlHint')}
          error={errorOf('url')}
          required
        >
          <input
            className="input"
            type="url"
            spellCheck={false}
            value={draft.url}
            readOnly={!viaGateway}
            data-testid="databox-settings-url"
            onChange={(event) => change({ url: event.target.value })}
          />
        </Field>
        {needs.certificate ? (
          <Field
            label={t('databox.settings.certUrl')}
            hint={t('databox.settings.certUrlHint')}
            error={errorOf('certUrl')}
          >
            <input
              className="input"
              type="url"
              spellCheck={false}
              value={draft.certUrl}
              readOnly={!viaGateway}
              onChange={(event) => change({ certUrl: event.target.value })}
            />
          </Field>
        ) : null}
      </fieldset>
      {needs.username || needs.password || needs.certificate ? (
        <fieldset>
          <legend>{t('databox.settings.credentials')}</legend>
          {needs.username ? (
            <Field label={t('databox.settings.username')} error={errorOf('username')} required>
              <input
                className="input"
                autoComplete="off"
                spellCheck={false}
                value={draft.username}
                data-testid="databox-settings-username"
                onChange={(event) => change({ username: event.target.value })}
              />
            </Field>
          ) : null}
          {needs.password ? (
            <Field
              label={t('databox.settings.password')}
              hint={
                box?.hasPassword
                  ? t('databox.settings.passwordStored')
                  : t('databox.settings.passwordHint')
              }
              error={errorOf('password')}
              required={!box?.hasPassword}
            >
              <input
                className="input"
                type="password"
                autoComplete="new-password"
                value={draft.password}
                data-testid="databox-settings-password"
                onChange={(event) => change({ password: event.target.value })}
              />
            </Field>
          ) : null}
          {needs.certificate ? (
            <>
              <CertificateField
                picked={certificate}
                stored={hasCertificate}
                error={errorOf('certificate')}
                onPick={setCertificate}
              />
              <Field
                label={t('databox.settings.passphrase')}
                hint={t('databox.settings.passphraseHint')}
              >
                <input
                  className="input"
                  type="password"
                  autoComplete="off"
                  value={passphrase}
                  disabled={certificate === null}
                  onChange={(event) => setPassphrase(event.target.value)}
                />
              </Field>
            </>
          ) : null}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t('databox.settings.polling')}</legend>
        <label className="settings-check">
          <input
            type="checkbox"
            checked={viaGateway && draft.autoPoll}
            disabled={!viaGateway}
            aria-describedby={pollWhyId}
            data-testid="databox-settings-autopoll"
            onChange={(event) => change({ autoPoll: event.target.checked })}
          />{' '}
          {t('databox.settings.autoPoll')}
        </label>
        <p id={pollWhyId} className="settings-note">
          {viaGateway
            ? t('databox.settings.autoPollGateway')
            : t('databox.settings.autoPollDirect')}
        </p>
        {viaGateway && draft.autoPoll ? (
          <Field
            label={t('databox.settings.pollMinutes')}
            hint={t('databox.settings.pollMinutesHint', { min: POLL_MIN, max: POLL_MAX })}
            error={errorOf('pollMinutes')}
          >
            <input
              className="input databox-box-form__minutes"
              inputMode="numeric"
              value={draft.pollMinutes}
              onChange={(event) => change({ pollMinutes: event.target.value })}
            />
          </Field>
        ) : null}
      </fieldset>
    </CommandDialog>
  );
}
