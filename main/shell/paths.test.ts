import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveShellPaths } from './paths';

describe('shell paths', () => {
  it('in development: the repository layout', () => {
    const paths = resolveShellPaths({
      appPath: '/repo',
      userData: '/home/u/.config/Úřadovna',
      isPackaged: false,
      resourcesPath: '/x',
    });
    expect(paths.rendererDir).toBe(join('/repo', 'out', 'renderer'));
    expect(paths.preloadPath).toBe(join('/repo', 'out', 'preload', 'preload.cjs'));
    expect(paths.assetsDir).toBe(join('/repo', 'assets'));
    expect(paths.windowStateFile).toBe(join('/home/u/.config/Úřadovna', 'window-state.json'));
    expect(paths.credentialsFile).toBe(join('/home/u/.config/Úřadovna', 'credentials.json'));
  });

  it('packaged: the app inside app.asar, the assets beside it as extra resources', () => {
    const paths = resolveShellPaths({
      appPath: '/opt/Úřadovna/resources/app.asar',
      userData: '/home/u/.config/Úřadovna',
      isPackaged: true,
      resourcesPath: '/opt/Úřadovna/resources',
    });
    expect(paths.rendererDir).toBe(join('/opt/Úřadovna/resources/app.asar', 'out', 'renderer'));
    expect(paths.assetsDir).toBe(join('/opt/Úřadovna/resources', 'assets'));
  });
});
