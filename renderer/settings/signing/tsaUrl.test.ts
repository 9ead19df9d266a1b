import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { czechTexts, issueInCzech } from './testing';
import { checkTsaUrl } from './tsaUrl';

let t: TFunction;
beforeAll(async () => {
  t = await czechTexts();
});

const refusal = (text: string) => {
  const result = checkTsaUrl(text);
  if (result.ok) throw new Error(`accepted: ${text}`);
  return { key: result.issue.message, czech: issueInCzech(t, result.issue), issue: result.issue };
};

describe('checkTsaUrl', () => {
  it('treats an empty field as no authority (B-B)', () => {
    expect(checkTsaUrl('   ')).toEqual({ ok: true, value: null });
  });

  it('accepts http and https anywhere, trimmed', () => {
    expect(checkTsaUrl(' http://tsa.postsignum.cz/ ')).toEqual({
      ok: true,
      value: 'http://tsa.postsignum.cz/',
    });
    expect(checkTsaUrl('https://tsa.example.cz:8443/tsa')).toEqual({
      ok: true,
      value: 'https://tsa.example.cz:8443/tsa',
    });
  });

  it('refuses text that is not an address', () => {
    expect(refusal('tsa.postsignum.cz')).toMatchObject({
      key: 'signingSettings.validation.tsaUrlInvalid',
      czech: expect.stringContaining('Toto není úplná adresa'),
    });
  });

  it.each([
    ['ftp://tsa.example.cz/', 'ftp:'],
    ['javascript:alert(1)', 'javascript:'],
    ['file:///etc/passwd', 'file:'],
  ])('refuses the scheme of %s', (url, scheme) => {
    const { key, czech, issue } = refusal(url);
    expect(key).toBe('signingSettings.validation.tsaUrlScheme');
    expect(issue).toEqual({ path: 'tsaUrl', message: key, params: { scheme } });
    expect(czech).toBe(
      `Adresa autority časových razítek musí začínat http:// nebo https:// — „${scheme}“ povoleno není.`,
    );
  });

  it('keeps names and passwords out of the address', () => {
    expect(refusal('https://user:secret@tsa.example.cz/')).toMatchObject({
      key: 'signingSettings.validation.tsaUrlCredentials',
      czech: 'Jméno ani heslo do adresy autority časových razítek nepatří.',
    });
  });

  it('refuses an address longer than main keeps', () => {
    expect(refusal(`https://tsa.example.cz/${'a'.repeat(500)}`)).toMatchObject({
      key: 'signingSettings.validation.tsaUrlTooLong',
      czech: 'Adresa autority časových razítek může mít nejvýše 500 znaků.',
    });
  });
});
