import { describe, expect, it } from 'vitest';
import type { IsdsBoxSettings } from '../../../common/contract/isds';
import { IsdsError } from './errors';
import { resolveLogin } from './login';

const box = (overrides: Partial<IsdsBoxSettings> = {}): IsdsBoxSettings => ({
  key: 'obec',
  label: 'Obec',
  dbID: 'abc2def',
  login: 'password',
  url: 'https://ws1.example.cz/',
  certUrl: 'https://ws1c.example.cz',
  username: 'obecuser',
  viaGateway: false,
  autoPoll: false,
  pollMinutes: 60,
  ...overrides,
});
const network = { caPem: null, proxyUrl: null };
const certificate = { pfx: new Uint8Array([1, 2, 3]), passphrase: 'x' };

describe('resolveLogin', () => {
  it('puts each login method at its path, certificates at the certificate URL', () => {
    const secrets = { password: 'heslo', certificate };
    expect(resolveLogin(box(), secrets, network)).toMatchObject({
      baseUrl: 'https://ws1.example.cz/DS',
      username: 'obecuser',
      password: 'heslo',
      certificate: null,
    });
    expect(resolveLogin(box({ login: 'systemCertificate' }), secrets, network)).toMatchObject({
      baseUrl: 'https://ws1c.example.cz/cert/DS',
      username: null,
      password: null,
      certificate,
    });
    expect(resolveLogin(box({ login: 'certificateAndPassword' }), secrets, network)).toMatchObject({
      baseUrl: 'https://ws1c.example.cz/certds/DS',
      username: 'obecuser',
      password: 'heslo',
      certificate,
    });
    expect(
      resolveLogin(box({ login: 'hosted', username: null, certUrl: null }), secrets, network),
    ).toMatchObject({
      baseUrl: 'https://ws1.example.cz/hspis/DS',
      username: 'abc2def',
      password: '',
      certificate,
    });
  });

  it('one account key per URL and user or certificate', () => {
    const a = resolveLogin(box(), { password: 'Tajne-Heslo-9', certificate: null }, network);
    const b = resolveLogin(box({ key: 'jina' }), { password: 'b', certificate: null }, network);
    const c = resolveLogin(
      box({ username: 'jiny' }),
      { password: 'a', certificate: null },
      network,
    );
    expect(a.accountKey).toBe(b.accountKey);
    expect(a.accountKey).not.toBe(c.accountKey);
    // The key names the account; it must not carry the password.
    expect(a.accountKey).not.toContain('Tajne');
  });

  it('a missing secret is a config error in Czech', () => {
    const missing = (
      settings: IsdsBoxSettings,
      secrets = { password: null, certificate: null },
    ) => {
      try {
        resolveLogin(settings, secrets, network);
      } catch (error) {
        if (error instanceof IsdsError) return error;
      }
      throw new Error('expected a config error');
    };
    expect(missing(box()).kind).toBe('config');
    expect(missing(box()).message).toContain('heslo');
    expect(missing(box({ login: 'systemCertificate' })).message).toContain('certifikát');
    expect(missing(box({ username: null })).message).toContain('jméno');
    expect(
      missing(box({ login: 'hosted', username: null, dbID: null }), {
        password: null,
        certificate,
      } as never).message,
    ).toContain('ID datové schránky');
  });
});
