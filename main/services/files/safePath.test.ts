import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSafePath } from './safePath';

const root = '/srv/app/out/renderer';

describe('resolveSafePath', () => {
  it('maps ordinary request paths to files under the root', () => {
    expect(resolveSafePath(root, '/index.html')).toBe(`${root}/index.html`);
    expect(resolveSafePath(root, '/assets/index-3f2a.js')).toBe(`${root}/assets/index-3f2a.js`);
    expect(resolveSafePath(root, '/fonts/DejaVu%20Sans.woff2')).toBe(
      `${root}/fonts/DejaVu Sans.woff2`,
    );
    expect(resolveSafePath(root, `/${encodeURIComponent('řízení.svg')}`)).toBe(
      `${root}/řízení.svg`,
    );
  });

  it('serves index.html for the root and for directories', () => {
    expect(resolveSafePath(root, '/')).toBe(`${root}/index.html`);
    expect(resolveSafePath(root, '/assets/')).toBe(`${root}/assets/index.html`);
  });

  it('normalises a root given with a trailing separator or dots', () => {
    expect(resolveSafePath(`${root}/`, '/a.js')).toBe(`${root}/a.js`);
    expect(resolveSafePath(`${root}/../renderer`, '/a.js')).toBe(`${root}/a.js`);
  });

  it.each([
    ['/../secret.txt'],
    ['/assets/../../secret.txt'],
    ['/assets/..'],
    ['/..'],
    ['/./index.html'],
    ['/assets/./a.js'],
  ])('refuses dot segments: %s', (request) => {
    expect(resolveSafePath(root, request)).toBeNull();
  });

  it.each([
    ['/%2e%2e/secret.txt'],
    ['/%2E%2E/secret.txt'],
    ['/.%2e/secret.txt'],
    ['/%2e./secret.txt'],
    ['/assets/%2e%2e/%2e%2e/etc/passwd'],
    ['/..%2fsecret.txt'],
    ['/..%2Fsecret.txt'],
    ['/assets%2f..%2f..%2fsecret.txt'],
    ['/%2e'],
  ])('refuses encoded dot segments and separators: %s', (request) => {
    expect(resolveSafePath(root, request)).toBeNull();
  });

  it.each([
    ['/..\\secret.txt'],
    ['/assets\\..\\..\\secret.txt'],
    ['/..%5csecret.txt'],
    ['/..%5Csecret.txt'],
    ['/%5c%5cserver%5cshare%5cfile'],
  ])('refuses backslashes, raw or encoded: %s', (request) => {
    expect(resolveSafePath(root, request)).toBeNull();
  });

  it.each([
    ['//etc/passwd'],
    ['/%2fetc/passwd'],
    ['/%2Fetc%2Fpasswd'],
    ['/C:/Windows/win.ini'],
    ['/c%3a/Windows/win.ini'],
    ['etc/passwd'],
    [''],
    ['/assets//a.js'],
  ])('refuses absolute paths, drive letters and empty segments: %s', (request) => {
    expect(resolveSafePath(root, request)).toBeNull();
  });

  it.each([['/index.html%00.png'], ['/index.html\u0000'], ['/a%0a.js'], ['/a%7f.js']])(
    'refuses NUL and other control characters: %j',
    (request) => {
      expect(resolveSafePath(root, request)).toBeNull();
    },
  );

  it.each([['/%'], ['/%zz'], ['/%E0%A4%A']])(
    'refuses malformed percent-encoding: %s',
    (request) => {
      expect(resolveSafePath(root, request)).toBeNull();
    },
  );

  it('refuses double-encoded traversal instead of decoding twice', () => {
    expect(resolveSafePath(root, '/%252e%252e/secret.txt')).toBeNull();
    expect(resolveSafePath(root, '/%255c')).toBeNull();
  });

  it('keeps names that merely start with two dots inside the root', () => {
    expect(resolveSafePath(root, '/..hidden.js')).toBe(`${root}/..hidden.js`);
    expect(resolveSafePath(root, '/a..b.js')).toBe(`${root}/a..b.js`);
  });

  it('never returns a path outside the root, whatever the input', () => {
    const alphabet = ['/', '.', '%2e', '%2f', '%5c', '\\', 'a', '..', '%00', ':', '%', '2e'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < 5000; i += 1) {
      let request = '/';
      const length = 1 + (next() % 8);
      for (let j = 0; j < length; j += 1) request += alphabet[next() % alphabet.length];
      const resolved = resolveSafePath(root, request);
      if (resolved !== null) expect(resolved.startsWith(`${root}/`)).toBe(true);
    }
  });

  describe('with Windows path rules', () => {
    const winRoot = 'C:\\Program Files\\Uradovna\\resources\\app.asar\\out\\renderer';

    it('resolves ordinary paths with backslashes', () => {
      expect(resolveSafePath(winRoot, '/assets/a.js', path.win32)).toBe(`${winRoot}\\assets\\a.js`);
    });

    it.each([
      ['/..%5c..%5cwindows%5cwin.ini'],
      ['/C:%5cWindows%5cwin.ini'],
      ['/D:/x.js'],
      ['/%2e%2e/%2e%2e/x.js'],
      ['//server/share/x.js'],
      ['/CON:'],
    ])('refuses %s', (request) => {
      expect(resolveSafePath(winRoot, request, path.win32)).toBeNull();
    });
  });
});
