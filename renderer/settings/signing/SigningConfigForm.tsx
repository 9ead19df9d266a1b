import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../../../common/contract/types';
import { Field } from '../../ui/Field';
import { ConfigFormFrame } from '../ConfigFormFrame';
import { ConfigTextInput } from '../ConfigTextInput';
import { useConfigForm } from '../useConfigForm';
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
  const form = useConfigForm<SigningDraft, Path>({
    config,
    draftOf: signingDraftOf,
    check: async (draft) => {
      const checked = checkSigningDraft(draft);
      // The PEM check is synchronous; reading the certificates waits for pkijs' chunk.
      const pem = checkTrustAnchors(draft.trustAnchorsPem);
      const read = pem.ok ? await readTrustAnchors(pem.der) : null;
      return read?.ok === false ? { ok: false } : checked;
    },
    texts: 'signingSettings',
  });
  const { draft, change, touch } = form;

  const tsa = checkTsaUrl(draft.tsaUrl);
  // Up to a megabyte of text: read again only when it changes, not on every keystroke elsewhere.
  const anchors = useMemo(() => checkTrustAnchors(draft.trustAnchorsPem), [draft.trustAnchorsPem]);
  const named = useTrustAnchorNames(anchors);
  const anchorsIssue = !anchors.ok ? anchors.issue : named?.ok === false ? named.issue : null;
  const tsaError = form.errorAt('tsaUrl', tsa.ok ? null : tsa.issue);
  const anchorsError = form.errorAt('signingTrustAnchorsPem', anchorsIssue);

  return (
    <ConfigFormFrame form={form} texts="signingSettings" testId="signing-settings">
      <Field
        label={t('signingSettings.tsa.label')}
        hint={`${t('signingSettings.tsa.hint')}${demo ? ` ${t('signingSettings.tsa.hintDemo')}` : ''}`}
        error={tsaError}
      >
        <ConfigTextInput
          type="url"
          value={draft.tsaUrl}
          testId="signing-settings-tsa"
          onChange={(tsaUrl) => change({ tsaUrl })}
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
    </ConfigFormFrame>
  );
}
