import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronPackageDir, findElectronBinary, findElectronDist } from './electronRuntime';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uradovna-electron-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fakePackage(withBinary: boolean): Promise<string> {
  const packageDir = join(dir, 'node_modules', 'electron');
  await mkdir(join(packageDir, 'dist'), { recursive: true });
  await writeFile(join(packageDir, 'path.txt'), 'electron');
  if (withBinary) {
    await writeFile(join(packageDir, 'dist', 'electron'), '#!/bin/sh\n');
    await chmod(join(packageDir, 'dist', 'electron'), 0o755);
  }
  return packageDir;
}

describe('findElectronBinary', () => {
  it('finds the installed electron package but no runtime in this checkout', () => {
    const packageDir = electronPackageDir();
    expect(packageDir).not.toBeNull();
    expect(findElectronBinary({ packageDir: packageDir!, env: {} })).toBeNull();
    expect(findElectronDist({ packageDir: packageDir!, env: {} })).toBeNull();
  });

  it('returns the executable when dist/ holds it', async () => {
    const packageDir = await fakePackage(true);
    expect(findElectronBinary({ packageDir, env: {} })).toBe(join(packageDir, 'dist', 'electron'));
    expect(findElectronDist({ packageDir, env: {} })).toBe(join(packageDir, 'dist'));
  });

  it('returns null when path.txt names a binary that is not there', async () => {
    const packageDir = await fakePackage(false);
    expect(findElectronBinary({ packageDir, env: {} })).toBeNull();
  });

  it('returns null without path.txt', async () => {
    const packageDir = join(dir, 'empty');
    await mkdir(packageDir);
    expect(findElectronBinary({ packageDir, env: {} })).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const packageDir = await fakePackage(false);
    const override = join(dir, 'custom-electron');
    await mkdir(override);
    expect(
      findElectronBinary({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: override } }),
    ).toBeNull();
    await writeFile(join(override, 'electron'), '');
    expect(findElectronBinary({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: override } })).toBe(
      join(override, 'electron'),
    );
    expect(findElectronDist({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: override } })).toBe(
      override,
    );
  });
});
