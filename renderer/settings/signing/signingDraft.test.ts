import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../../../common/contract/types';
import { checkSigningDraft, modulesChanged, signingDraftOf } from './signingDraft';
import { ROOT_PEM } from './testCertificates';

const config = {
  tsaUrl: null,
  signingTrustAnchorsPem: null,
  pkcs11Modules: ['/usr/lib/opensc-pkcs11.so'],
} as Pick<AppConfig, 'tsaUrl' | 'signingTrustAnchorsPem' | 'pkcs11Modules'> as AppConfig;

describe('signing settings draft', () => {
  it('turns empty fields into null, so main falls back (B-B, the usual CAs)', () => {
    expect(checkSigningDraft(signingDraftOf(config))).toEqual({
      ok: true,
      patch: {
        tsaUrl: null,
        signingTrustAnchorsPem: null,
        pkcs11Modules: ['/usr/lib/opensc-pkcs11.so'],
      },
    });
  });

  it('saves the trimmed address and certificates', () => {
    const result = checkSigningDraft({
      tsaUrl: ' http://tsa.example.cz ',
      trustAnchorsPem: `\n${ROOT_PEM}\n`,
      modules: [],
    });
    expect(result).toEqual({
      ok: true,
      patch: {
        tsaUrl: 'http://tsa.example.cz',
        signingTrustAnchorsPem: ROOT_PEM.trim(),
        pkcs11Modules: [],
      },
    });
  });

  it('saves nothing while either field is wrong, and says what for both', () => {
    const result = checkSigningDraft({
      tsaUrl: 'ftp://tsa',
      trustAnchorsPem: 'not a certificate',
      modules: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.message)).toEqual([
      'signingSettings.validation.tsaUrlScheme',
      'signingSettings.validation.pemNoCertificate',
    ]);
  });

  it('knows when the card drivers in the form are not the saved ones', () => {
    const draft = signingDraftOf(config);
    expect(modulesChanged(config, draft)).toBe(false);
    expect(modulesChanged(config, { ...draft, modules: [] })).toBe(true);
    expect(modulesChanged(config, { ...draft, modules: ['/opt/other.so'] })).toBe(true);
  });
});
