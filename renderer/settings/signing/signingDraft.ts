import type { AppConfig, AppConfigPatch } from '../../../common/contract/types';
import type { ValidationIssue } from '../../../common/domain/validation';
import { checkTrustAnchors } from './trustAnchors';
import { checkTsaUrl } from './tsaUrl';

/** The signing settings as the form holds them. */
export interface SigningDraft {
  tsaUrl: string;
  trustAnchorsPem: string;
  modules: string[];
}

export type SigningPatch = Required<
  Pick<AppConfigPatch, 'tsaUrl' | 'signingTrustAnchorsPem' | 'pkcs11Modules'>
>;

export function signingDraftOf(config: AppConfig): SigningDraft {
  return {
    tsaUrl: config.tsaUrl ?? '',
    trustAnchorsPem: config.signingTrustAnchorsPem ?? '',
    modules: [...config.pkcs11Modules],
  };
}

/** The patch to save, or every problem found; nothing is saved while one remains. */
export function checkSigningDraft(
  draft: SigningDraft,
): { ok: true; patch: SigningPatch } | { ok: false; issues: ValidationIssue[] } {
  const tsa = checkTsaUrl(draft.tsaUrl);
  const anchors = checkTrustAnchors(draft.trustAnchorsPem);
  if (tsa.ok && anchors.ok)
    return {
      ok: true,
      patch: {
        tsaUrl: tsa.value,
        signingTrustAnchorsPem: anchors.value,
        pkcs11Modules: draft.modules,
      },
    };
  const issues: ValidationIssue[] = [];
  if (!tsa.ok) issues.push(tsa.issue);
  if (!anchors.ok) issues.push(anchors.issue);
  return { ok: false, issues };
}

/** Whether the saved card list differs from the form's (a card search uses the saved one). */
export function modulesChanged(config: AppConfig, draft: SigningDraft): boolean {
  const saved = config.pkcs11Modules;
  return (
    saved.length !== draft.modules.length || saved.some((path, i) => path !== draft.modules[i])
  );
}
