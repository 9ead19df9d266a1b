import { describe, expect, it } from 'vitest';
import * as csPost from '../../i18n/locales/cs/postDispatch';
import * as enPost from '../../i18n/locales/en/postDispatch';
import * as csSigning from '../../i18n/locales/cs/signingUi';
import * as enSigning from '../../i18n/locales/en/signingUi';
import { resources } from '../../i18n/resources';

/** Keys without plural suffixes (Czech has few/many forms English lacks). */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null)
    return [prefix.replace(/_(one|few|many|other)$/, '')];
  return [
    ...new Set(
      Object.entries(value).flatMap(([key, inner]) =>
        keys(inner, prefix ? `${prefix}.${key}` : key),
      ),
    ),
  ];
}

describe('signing and post texts', () => {
  it.each([
    ['signingUi', csSigning.signingUi, enSigning.signingUi],
    ['letterSigningErrors', csSigning.letterSigningErrors, enSigning.letterSigningErrors],
    ['letterSyncKinds', csSigning.letterSyncKinds, enSigning.letterSyncKinds],
    ['postDispatch', csPost.postDispatch, enPost.postDispatch],
    ['postDispatchErrors', csPost.postDispatchErrors, enPost.postDispatchErrors],
  ])('has the same %s keys in Czech and English', (_name, cs, en) => {
    expect(keys(en).sort()).toEqual(keys(cs).sort());
  });

  it('is wired into the app under the keys the commands use', () => {
    const cs = resources.cs.translation as unknown as Record<string, Record<string, unknown>>;
    expect(cs.errors?.letterSigning).toBe(csSigning.letterSigningErrors.letterSigning);
    expect(cs.errors?.postDispatch).toBe(csPost.postDispatchErrors.postDispatch);
    expect(cs.signingUi).toBe(csSigning.signingUi);
    expect(cs.postDispatch).toBe(csPost.postDispatch);
  });
});
