import { describe, expect, it } from 'vitest';
import { EsslError } from './errors';
import { bypassed, chooseProxy, isLoopback } from './proxy';

const target = (url: string) => new URL(url);

describe('chooseProxy', () => {
  it('takes the scheme’s variable, lower case first, then ALL_PROXY', () => {
    const env = {
      https_proxy: 'http://lower:3128',
      HTTPS_PROXY: 'http://upper:3128',
      HTTP_PROXY: 'http://plain:8080',
      ALL_PROXY: 'http://all:1080',
    };
    expect(chooseProxy(target('https://essl.orp.example/erms'), null, env)?.host).toBe(
      'lower:3128',
    );
    expect(chooseProxy(target('http://essl.orp.example/erms'), null, env)?.host).toBe('plain:8080');
    expect(
      chooseProxy(target('https://essl.orp.example/'), null, { ALL_PROXY: 'http://all:1080' })
        ?.host,
    ).toBe('all:1080');
    expect(chooseProxy(target('https://essl.orp.example/'), null, {})).toBeNull();
  });

  it('accepts a proxy without a scheme, and refuses SOCKS', () => {
    expect(
      chooseProxy(target('https://essl.example/'), null, { HTTPS_PROXY: 'proxy.local:3128' })?.href,
    ).toBe('http://proxy.local:3128/');
    expect(() => chooseProxy(target('https://essl.example/'), 'socks5://proxy:1080', {})).toThrow(
      EsslError,
    );
  });

  it('the proxy from the settings wins over the environment and over NO_PROXY', () => {
    const chosen = chooseProxy(target('https://essl.example/'), 'http://configured:8080', {
      HTTPS_PROXY: 'http://env:3128',
      NO_PROXY: '*',
    });
    expect(chosen?.host).toBe('configured:8080');
  });

  it('never proxies loopback (the built-in simulator)', () => {
    for (const url of ['http://127.0.0.1:5000/erms', 'http://localhost/erms', 'http://[::1]:80/']) {
      expect(
        chooseProxy(target(url), 'http://configured:8080', { HTTP_PROXY: 'http://env:3128' }),
      ).toBeNull();
    }
    expect(isLoopback('127.5.6.7')).toBe(true);
    expect(isLoopback('128.0.0.1')).toBe(false);
  });
});

describe('bypassed (NO_PROXY)', () => {
  it.each([
    ['https://essl.orp.example/', '*', true],
    ['https://essl.orp.example/', 'orp.example', true],
    ['https://essl.orp.example/', '.orp.example', true],
    ['https://essl.orp.example/', '*.orp.example', true],
    ['https://orp.example/', '.orp.example', true],
    ['https://essl.orp.example/', 'other.example, essl.orp.example', true],
    ['https://essl.orp.example/', 'essl.orp.example:443', true],
    ['https://essl.orp.example:8443/', 'essl.orp.example:443', false],
    ['https://notorp.example/', 'orp.example', false],
    ['https://10.1.2.3/', '10.1.2.3', true],
    ['https://essl.orp.example/', '', false],
  ])('%s with NO_PROXY=%j → %s', (url, noProxy, expected) => {
    expect(bypassed(target(url), noProxy)).toBe(expected);
  });
});
