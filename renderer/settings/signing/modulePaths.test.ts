import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkModulePath, MODULES_MAX } from './modulePaths';
import { czechTexts, issueInCzech } from './testing';

let t: TFunction;
beforeAll(async () => {
  t = await czechTexts();
});

const refusal = (text: string, listed: string[] = []) => {
  const result = checkModulePath(text, listed);
  if (result.ok) throw new Error(`accepted: ${text}`);
  expect(result.issue.path).toBe('pkcs11Modules');
  return { key: result.issue.message, czech: issueInCzech(t, result.issue) };
};

describe('checkModulePath', () => {
  it.each([
    '/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so',
    'C:\\Windows\\System32\\opensc-pkcs11.dll',
    'c:/SoftHSM2/lib/softhsm2-x64.dll',
    '\\\\server\\drivers\\eTPKCS11.dll',
  ])('accepts the absolute path %s', (path) => {
    expect(checkModulePath(`  ${path} `, [])).toEqual({ ok: true, value: path });
  });

  it('needs a path', () => {
    expect(refusal('  ')).toEqual({
      key: 'signingSettings.validation.modulePathRequired',
      czech: 'Zadejte cestu ke knihovně PKCS#11.',
    });
  });

  it.each(['opensc-pkcs11.so', './lib/opensc-pkcs11.so', '~/lib/opensc.so', 'C:opensc.dll'])(
    'refuses the relative path %s',
    (path) => {
      expect(refusal(path)).toEqual({
        key: 'signingSettings.validation.modulePathNotAbsolute',
        czech: expect.stringContaining('Zadejte celou cestu od kořene disku'),
      });
    },
  );

  it('refuses control characters', () => {
    expect(refusal('/usr/lib/opensc\npkcs11.so')).toEqual({
      key: 'signingSettings.validation.modulePathInvalid',
      czech: 'Cesta ke knihovně obsahuje neplatné znaky (např. konec řádku).',
    });
  });

  it('refuses a path longer than main keeps', () => {
    expect(refusal(`/${'a'.repeat(1000)}`)).toEqual({
      key: 'signingSettings.validation.modulePathTooLong',
      czech: 'Cesta ke knihovně může mít nejvýše 1000 znaků.',
    });
  });

  it('refuses a library already listed', () => {
    expect(refusal('/usr/lib/opensc-pkcs11.so ', ['/usr/lib/opensc-pkcs11.so'])).toEqual({
      key: 'signingSettings.validation.modulePathDuplicate',
      czech: 'Tato knihovna už v seznamu je.',
    });
  });

  it('refuses a library beyond the twentieth', () => {
    const listed = Array.from({ length: MODULES_MAX }, (_, index) => `/opt/card${index}.so`);
    expect(refusal('/opt/one-more.so', listed)).toEqual({
      key: 'signingSettings.validation.modulesTooMany',
      czech: 'Seznam může mít nejvýše 20 knihoven.',
    });
  });
});
