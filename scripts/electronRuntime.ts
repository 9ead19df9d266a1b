import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface ElectronRuntimeOptions {
  /** The electron package's directory; by default the one Node resolves from here. */
  packageDir?: string;
  env?: NodeJS.ProcessEnv;
}

/** Where the electron npm package lives, found without running it (its index.js downloads). */
export function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function executableName(packageDir: string): string | null {
  try {
    const name = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
    return name === '' ? null : name;
  } catch {
    return null;
  }
}

/**
 * The directory of Electron's unpacked runtime (what electron-builder calls
 * `electronDist`), or null when it is not installed.
 */
export function findElectronDist(options: ElectronRuntimeOptions = {}): string | null {
  const binary = findElectronBinary(options);
  if (!binary) return null;
  const env = options.env ?? process.env;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return env.ELECTRON_OVERRIDE_DIST_PATH;
  const packageDir = options.packageDir ?? electronPackageDir();
  return packageDir ? join(packageDir, 'dist') : null;
}

/**
 * The path of Electron's executable if it is really there, else null. It reads what
 * the electron package's installer leaves behind (path.txt, dist/) and never
 * `require('electron')`, which would try to download the runtime.
 */
export function findElectronBinary(options: ElectronRuntimeOptions = {}): string | null {
  const env = options.env ?? process.env;
  const packageDir = options.packageDir ?? electronPackageDir();
  const name = packageDir ? executableName(packageDir) : null;

  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(
      override,
      name ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'),
    );
    return existsSync(candidate) ? candidate : null;
  }
  if (!packageDir || !name) return null;
  const candidate = join(packageDir, 'dist', name);
  return existsSync(candidate) ? candidate : null;
}
