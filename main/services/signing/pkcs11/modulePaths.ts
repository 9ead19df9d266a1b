/**
 * Where card and token drivers usually put their PKCS#11 library, so settings can offer
 * the ones installed on this computer instead of asking the clerk for a file path.
 * Only paths whose names we know for certain are listed; anything else is added by hand
 * in the configuration (`pkcs11Modules`).
 */
import { realpathSync, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';

const LINUX_LIBRARY_DIRS = [
  '/usr/lib/x86_64-linux-gnu',
  '/usr/lib/aarch64-linux-gnu',
  '/usr/lib64',
  '/usr/lib',
  '/usr/local/lib',
];

function linuxCandidates(): string[] {
  const paths: string[] = [];
  for (const dir of LINUX_LIBRARY_DIRS) {
    // OpenSC: most Czech qualified cards (Starcos, IDPrime, CardOS) through the generic driver.
    paths.push(posix.join(dir, 'opensc-pkcs11.so'), posix.join(dir, 'pkcs11', 'opensc-pkcs11.so'));
  }
  for (const dir of ['/usr/lib', '/usr/lib64']) {
    // SafeNet Authentication Client: eToken and the IDPrime cards it ships with.
    paths.push(posix.join(dir, 'libeTPkcs11.so'), posix.join(dir, 'libIDPrimePKCS11.so'));
  }
  paths.push(
    '/usr/lib/softhsm/libsofthsm2.so',
    '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so',
    '/usr/lib64/pkcs11/libsofthsm2.so',
    '/usr/local/lib/softhsm/libsofthsm2.so',
  );
  return paths;
}

function windowsCandidates(env: NodeJS.ProcessEnv): string[] {
  const system32 = win32.join(env.SystemRoot ?? 'C:\\Windows', 'System32');
  const programFiles = env.ProgramFiles ?? 'C:\\Program Files';
  return [
    win32.join(system32, 'opensc-pkcs11.dll'),
    win32.join(programFiles, 'OpenSC Project', 'OpenSC', 'pkcs11', 'opensc-pkcs11.dll'),
    win32.join(system32, 'eTPKCS11.dll'),
    win32.join(system32, 'IDPrimePKCS11.dll'),
    'C:\\SoftHSM2\\lib\\softhsm2-x64.dll',
  ];
}

function macCandidates(): string[] {
  return [
    '/Library/OpenSC/lib/opensc-pkcs11.so',
    '/usr/local/lib/opensc-pkcs11.so',
    '/opt/homebrew/lib/opensc-pkcs11.so',
    '/usr/local/lib/libeTPkcs11.dylib',
    '/opt/homebrew/lib/softhsm/libsofthsm2.so',
  ];
}

export function candidatePkcs11ModulePaths(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
): string[] {
  if (platform === 'win32') return windowsCandidates(env);
  if (platform === 'darwin') return macCandidates();
  return linuxCandidates();
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The real path (links resolved): one library reached two ways counts once; else as given. */
export function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * The known module locations that exist here, each library once (Debian links the
 * OpenSC module into two directories; loading it twice would list every card twice).
 */
export function defaultPkcs11ModulePaths(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = isFile,
  resolve: (path: string) => string = canonical,
): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const path of candidatePkcs11ModulePaths(platform, env)) {
    if (!exists(path)) continue;
    const real = resolve(path);
    if (seen.has(real)) continue;
    seen.add(real);
    found.push(path);
  }
  return found;
}
