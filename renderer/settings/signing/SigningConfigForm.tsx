import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../../../common/contract/types';
import { configChanged } from '../../app/appSlice';
import { useServices } from '../../app/services';
import { useAppDispatch } from '../../app/store';
import { errorText, issueText } from '../../i18n';
import { Field } from '../../ui/Field';
import { useNotify } from '../../ui/useNotify';
import { AnchorList } from './AnchorList';
import { ModulePathsField } from './ModulePathsField';
import {
  checkSigningDraft,
  modulesChanged,
  signingDraftOf,
  type SigningDraft,
} from './signingDraft';
import { TokenSearch } from './TokenSearch';
import { checkTrustAnchors, readTrustAnchors } from './trustAnchors';
import { checkTsaUrl } from './tsaUrl';
import type { TokenSearch as TokenSearchState } from './useTokenSearch';
import { useTrustAnchorNames } from './useTrustAnchorNames';

export interface SigningConfigFormProps {
  config: AppConfig;
  /** This run uses the simulator: its authority and CA stand in for empty fields. */
  demo: boolean;
  tokens: TokenSearchState;
  /** When "expired" is judged (ISO); a prop so a render is the same every time. */
  now: string;
}

type Path = 'tsaUrl' | 'signingTrustAnchorsPem';

/** The timestamp authority, trust anchors and card drivers, saved together through `config.update`. */
export function SigningConfigForm({ config, demo, tokens, now }: SigningConfigFormProps) {
  const { t } = useTranslation();
  const { api } = useServices();
  const dispatch = useAppDispatch();
  const notify = useNotify();
  const [draft, setDraft] = useState<SigningDraft>(() => signingDraftOf(config));
  const [touched, setTouched] = useState<ReadonlySet<Path>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const tsa = checkTsaUrl(draft.tsaUrl);
  // Up to a megabyte of text: read again only when it changes, not on every keystroke elsewhere.
  const anchors = useMemo(() => checkTrustAnchors(draft.trustAnchorsPem), [draft.trustAnchorsPem]);
  const named = useTrustAnchorNames(anchors);
  const anchorsIssue = !anchors.ok ? anchors.issue : named?.ok === false ? named.issue : null;
  const shown = (path: Path) => submitted || touched.has(path);
  const touch = (path: Path) => setTouched((current) => new Set([...current, path]));
  const tsaError = !tsa.ok && shown('tsaUrl') ? issueText(t, tsa.issue) : null;
  const anchorsError =
    anchorsIssue && shown('signingTrustAnchorsPem') ? issueText(t, anchorsIssue) : null;
  const change = (patch: Partial<SigningDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setFailure(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const checked = checkSigningDraft(draft);
    setSaving(true);
    setFailure(null);
    try {
      // The PEM check is synchronous; reading the certificates waits for pkijs' chunk.
      const read = anchors.ok ? await readTrustAnchors(anchors.der) : null;
      if (!checked.ok || read?.ok === false) {
        setFailure(t('signingSettings.notSaved'));
        return;
      }
      const next = await api['config.update'](checked.patch);
      dispatch(configChanged(next));
      setDraft(signingDraftOf(next));
      setSubmitted(false);
      setTouched(new Set());
      notify.success(t('signingSettings.saved'));
    } catch (error) {
      setFailure(t('signingSettings.failed', { reason: errorText(t, error) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="settings-form"
      noValidate
      data-testid="signing-settings-form"
      onSubmit={(event) => void submit(event)}
    >
      <Field
        label={t('signingSettings.tsa.label')}
        hint={`${t('signingSettings.tsa.hint')}${demo ? ` ${t('signingSettings.tsa.hintDemo')}` : ''}`}
        error={tsaError}
      >
        <input
          className="input"
          type="url"
          inputMode="url"
          value={draft.tsaUrl}
          spellCheck={false}
          autoComplete="off"
          data-testid="signing-settings-tsa"
          onChange={(event) => change({ tsaUrl: event.target.value })}
          onBlur={() => touch('tsaUrl')}
        />
      </Field>
      <Field
        label={t('signingSettings.anchors.label')}
        hint={[
          t('signingSettings.anchors.hint'),
          t('signingSettings.anchors.noFile'),
          demo ? t('signingSettings.anchors.hintDemo') : '',
        ]
          .filter(Boolean)
          .join(' ')}
        error={anchorsError}
      >
        <textarea
          className="input signing-settings__pem"
          value={draft.trustAnchorsPem}
          spellCheck={false}
          autoComplete="off"
          rows={6}
          data-testid="signing-settings-anchors"
          onChange={(event) => change({ trustAnchorsPem: event.target.value })}
          onBlur={() => touch('signingTrustAnchorsPem')}
        />
      </Field>
      {named?.ok ? <AnchorList certificates={named.certificates} now={now} /> : null}
      <ModulePathsField modules={draft.modules} onChange={(modules) => change({ modules })} />
      <TokenSearch search={tokens} unsaved={modulesChanged(config, draft)} />
      {failure ? (
        <p className="settings-form__failure" role="alert" data-testid="signing-settings-failure">
          {failure}
        </p>
      ) : null}
      <div className="settings-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={saving}
          data-testid="signing-settings-save"
        >
          {saving ? t('signingSettings.saving') : t('signingSettings.save')}
        </button>
      </div>
    </form>
  );
}
