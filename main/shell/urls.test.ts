import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from './appOrigin';
import { isAllowedExternalUrl } from './externalUrl';

describe('isAppUrl', () => {
  it('accepts only app://uradovna pages', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://uradovna/assets/index.js?x=1#y')).toBe(true);
    for (const url of [
      'app://uradovna.evil/index.html',
      'app://evil/index.html',
      'app://user@uradovna/index.html',
      'https://uradovna/index.html',
      'file:///app/out/renderer/index.html',
      'devtools://devtools/bundled/inspector.html',
      'about:blank',
      '',
      null,
      undefined,
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });
});

describe('isAllowedExternalUrl', () => {
  it('allows web pages and e-mail only', () => {
    expect(isAllowedExternalUrl('https://www.czechpoint.cz/')).toBe(true);
    expect(isAllowedExternalUrl('http://obec.example/deska')).toBe(true);
    expect(isAllowedExternalUrl('mailto:starosta@obec.example?subject=Dotaz')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'file:///etc/passwd',
      'smb://10.0.0.1/c$',
      'ms-msdt:/id',
      'vbscript:msgbox',
      'data:text/html,x',
      'app://uradovna/index.html',
      'https://bank.cz@evil.example/',
      '//evil.example',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});
