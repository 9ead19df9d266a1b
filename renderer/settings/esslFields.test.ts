import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { CA_PEM_MAX, checkEsslFields, esslFieldsOf, type EsslFieldsForm } from './esslFields';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
const good: EsslFieldsForm = {
  esslUser: ' podatelna ',
  esslSystemCode: ' ESSL ',
  esslCaPem: '',
  proxyUrl: '',
};
const issuesOf = (patch: Partial<EsslFieldsForm>) => {
  const result = checkEsslFields({ ...good, ...patch });
  return result.ok ? [] : result.issues;
};

function lookup(language: 'cs' | 'en', key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    if (node === null || typeof node !== 'object') return undefined;
    return (node as Record<string, unknown>)[part];
  }, resources[language].translation);
}

describe('checkEsslFields', () => {
  it('trims what was typed and turns empty optional boxes into null', () => {
    expect(checkEsslFields(good)).toEqual({
      ok: true,
      value: { esslUser: 'podatelna', esslSystemCode: 'ESSL', esslCaPem: null, proxyUrl: null },
    });
    expect(
      checkEsslFields({
        ...good,
        esslUser: '  ',
        esslCaPem: ` ${PEM} `,
        proxyUrl: 'http://proxy.obec.cz:3128',
      }),
    ).toEqual({
      ok: true,
      value: {
        esslUser: null,
        esslSystemCode: 'ESSL',
        esslCaPem: PEM,
        proxyUrl: 'http://proxy.obec.cz:3128',
      },
    });
  });

  it('requires a system code of at most 10 characters', () => {
    expect(issuesOf({ esslSystemCode: '  ' })).toEqual([
      { path: 'esslSystemCode', message: 'settings.validation.systemCodeRequired' },
    ]);
    expect(issuesOf({ esslSystemCode: 'ESSL-OUHL-2' })).toEqual([
      {
        path: 'esslSystemCode',
        message: 'settings.validation.systemCodeTooLong',
        params: { max: 10, length: 11 },
      },
    ]);
    expect(issuesOf({ esslSystemCode: 'ESSL-OUHL2' })).toEqual([]);
  });

  it('accepts only a PEM certificate as the CA, and not a huge one', () => {
    expect(issuesOf({ esslCaPem: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' })).toEqual([
      { path: 'esslCaPem', message: 'settings.validation.caPemInvalid' },
    ]);
    expect(
      issuesOf({ esslCaPem: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----' }),
    ).toEqual([{ path: 'esslCaPem', message: 'settings.validation.caPemInvalid' }]);
    expect(issuesOf({ esslCaPem: PEM + 'A'.repeat(CA_PEM_MAX) })).toEqual([
      {
        path: 'esslCaPem',
        message: 'settings.validation.caPemTooLarge',
        params: { max: CA_PEM_MAX },
      },
    ]);
  });

  it('accepts an http(s) proxy without credentials', () => {
    expect(issuesOf({ proxyUrl: 'https://proxy.obec.cz' })).toEqual([]);
    for (const proxyUrl of ['proxy.obec.cz:3128', 'socks5://proxy.obec.cz:1080', 'ftp://x'])
      expect(issuesOf({ proxyUrl })).toEqual([
        { path: 'proxyUrl', message: 'settings.validation.proxyInvalid' },
      ]);
    expect(issuesOf({ proxyUrl: 'http://jan:tajne@proxy.obec.cz:3128' })).toEqual([
      { path: 'proxyUrl', message: 'settings.validation.proxyCredentials' },
    ]);
  });

  it('refuses a user name longer than the configuration allows', () => {
    expect(issuesOf({ esslUser: 'u'.repeat(51) })).toEqual([
      { path: 'esslUser', message: 'settings.validation.esslUserTooLong', params: { max: 50 } },
    ]);
  });

  it.each(['cs', 'en'] as const)('has a %s text for every key it emits', (language) => {
    const keys = [
      ...issuesOf({ esslSystemCode: '', esslCaPem: 'x', proxyUrl: 'x', esslUser: 'u'.repeat(51) }),
      ...issuesOf({
        esslSystemCode: 'x'.repeat(11),
        esslCaPem: 'x'.repeat(CA_PEM_MAX + 1),
        proxyUrl: 'http://a:b@c',
      }),
      ...issuesOf({ proxyUrl: `http://a/${'x'.repeat(500)}` }),
    ].map((issue) => issue.message);
    expect(new Set(keys).size).toBe(8);
    expect(keys.filter((key) => typeof lookup(language, key) !== 'string')).toEqual([]);
  });
});

describe('esslFieldsOf', () => {
  it('starts from the saved configuration, with ESSL as the system code by default', () => {
    expect(
      esslFieldsOf({ esslUser: null, esslSystemCode: '', esslCaPem: null, proxyUrl: null }),
    ).toEqual({ esslUser: '', esslSystemCode: 'ESSL', esslCaPem: '', proxyUrl: '' });
  });
});
