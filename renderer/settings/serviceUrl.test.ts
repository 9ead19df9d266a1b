import { describe, expect, it } from 'vitest';
import { checkServiceUrl } from './serviceUrl';

const issueOf = (text: string, required = true) => {
  const result = checkServiceUrl(text, 'esslUrl', required);
  return result.ok ? null : result.issue;
};

describe('checkServiceUrl', () => {
  it('accepts https anywhere and keeps what was typed', () => {
    expect(checkServiceUrl('  https://spisovka.orp.example.cz/api ', 'esslUrl', true)).toEqual({
      ok: true,
      value: 'https://spisovka.orp.example.cz/api',
    });
  });

  it('accepts plain http only to this PC', () => {
    for (const url of [
      'http://127.0.0.1:5181/',
      'http://localhost:8080',
      'http://[::1]:9000/essl',
    ]) {
      expect(checkServiceUrl(url, 'esslUrl', true)).toEqual({ ok: true, value: url });
    }
  });

  it('refuses plain http to another host, naming the host', () => {
    expect(issueOf('http://spisovka.orp.example.cz/')).toEqual({
      path: 'esslUrl',
      message: 'settings.validation.urlInsecure',
      params: { host: 'spisovka.orp.example.cz' },
    });
    // A look-alike of the loopback name is still a remote host.
    expect(issueOf('http://127.0.0.1.evil.example/')?.message).toBe(
      'settings.validation.urlInsecure',
    );
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['file:///etc/passwd', 'file:'],
    ['ftp://orp.example.cz', 'ftp:'],
  ])('refuses the scheme of %s', (url, scheme) => {
    expect(issueOf(url)).toEqual({
      path: 'esslUrl',
      message: 'settings.validation.urlScheme',
      params: { scheme },
    });
  });

  it('refuses text that is not an address', () => {
    expect(issueOf('spisovka.orp.cz')?.message).toBe('settings.validation.urlInvalid');
    expect(issueOf('https://')?.message).toBe('settings.validation.urlInvalid');
  });

  it('keeps passwords out of addresses', () => {
    expect(issueOf('https://clerk:secret@orp.example.cz/')?.message).toBe(
      'settings.validation.urlCredentials',
    );
  });

  it('refuses overlong addresses', () => {
    expect(issueOf(`https://orp.example.cz/${'a'.repeat(500)}`)).toEqual({
      path: 'esslUrl',
      message: 'validation.tooLong',
      params: { max: 500 },
    });
  });

  it('needs a value only when required', () => {
    expect(issueOf('  ')?.message).toBe('settings.validation.urlRequired');
    expect(checkServiceUrl('  ', 'updateFeedUrl', false)).toEqual({ ok: true, value: null });
  });
});
