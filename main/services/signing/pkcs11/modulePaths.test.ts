import { realpathSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requireTool } from '../../pdf/testTools';
import { candidatePkcs11ModulePaths, defaultPkcs11ModulePaths } from './modulePaths';

describe('defaultPkcs11ModulePaths', () => {
  it('offers only the known locations that exist, each library once', () => {
    const present = new Map([
      ['/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so', '/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so'],
      // Debian's second name for the same OpenSC library.
      [
        '/usr/lib/x86_64-linux-gnu/pkcs11/opensc-pkcs11.so',
        '/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so',
      ],
      ['/usr/lib/libeTPkcs11.so', '/usr/lib/libeTPkcs11.so'],
      ['/usr/lib/softhsm/libsofthsm2.so', '/usr/lib/softhsm/libsofthsm2.so'],
    ]);
    const found = defaultPkcs11ModulePaths(
      'linux',
      {},
      (path) => present.has(path),
      (path) => present.get(path) ?? path,
    );
    expect(found).toEqual([
      '/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so',
      '/usr/lib/libeTPkcs11.so',
      '/usr/lib/softhsm/libsofthsm2.so',
    ]);
  });

  it('looks in the Windows system directory and Program Files for .dll modules', () => {
    const candidates = candidatePkcs11ModulePaths('win32', {
      SystemRoot: 'D:\\WIN',
      ProgramFiles: 'D:\\Programy',
    });
    expect(candidates).toContain('D:\\WIN\\System32\\eTPKCS11.dll');
    expect(candidates).toContain('D:\\Programy\\OpenSC Project\\OpenSC\\pkcs11\\opensc-pkcs11.dll');
    expect(candidates.every((path) => path.endsWith('.dll'))).toBe(true);
  });

  it('finds SoftHSM installed on this machine, and no library twice', () => {
    requireTool('softhsm2-util', 'softhsm2');
    const found = defaultPkcs11ModulePaths('linux');
    expect(found).toContain('/usr/lib/softhsm/libsofthsm2.so');
    const libraries = found.map((path) => realpathSync(path));
    expect(new Set(libraries).size).toBe(libraries.length);
  });
});
