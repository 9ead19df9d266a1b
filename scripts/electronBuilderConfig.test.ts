import type { Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

/**
 * `npm run dist` cannot run here (no Electron runtime), so the packaging
 * configuration is checked with electron-builder's own loader, JSON schema and file
 * matchers — the code `npm run dist` runs — rather than first failing on a packaging
 * machine. (app-builder-lib and builder-util come with electron-builder.)
 */

type FileFilter = (file: string, stat: Stats) => boolean;
interface Matcher {
  createFilter(): FileFilter;
}

/** The matchers electron-builder builds from `files`; internal, so typed here. */
interface FileMatcherModule {
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformOptions: object,
    packager: { config: Configuration; debugLogger: DebugLogger },
  ): Matcher;
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformOptions: object,
    platformPackager: {
      info: {
        config: Configuration;
        projectDir: string;
        buildResourcesDir: string;
        isPrepackedAppAsar: boolean;
        debugLogger: DebugLogger;
      };
    },
    outDir: string,
    isElectronCompile: boolean,
  ): Matcher[];
}

const fileMatchers = createRequire(import.meta.url)(
  'app-builder-lib/out/fileMatcher',
) as FileMatcherModule;

const appDir = process.cwd();
const destination = join(appDir, 'packaged', 'resources', 'app');
const keepPattern = (pattern: string) => pattern;
const file = (moduleFullFilePath?: string) =>
  ({ isDirectory: () => false, moduleFullFilePath }) as unknown as Stats;

async function loadConfig(): Promise<Configuration> {
  return getConfig(appDir, 'electron-builder.yml', null);
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and builds AppImage + deb for Linux and NSIS for Windows', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('cz.uradovna.desktop');
    expect(config.productName).toBe('Úřadovna');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
  });

  it('publishes to a generic update feed', async () => {
    const config = await loadConfig();
    expect(config.publish).toMatchObject({ provider: 'generic' });
  });

  it('ships the native addons of node_modules, and nothing else of it', async () => {
    const config = await loadConfig();
    const filter = fileMatchers
      .getNodeModuleFileMatcher(
        appDir,
        destination,
        keepPattern,
        {},
        {
          config,
          debugLogger: new DebugLogger(false),
        },
      )
      .createFilter();
    // A module's file is matched as `node_modules/<name>/<path in the module>`.
    const ships = (name: string, path: string) =>
      filter(join(appDir, 'node_modules', name, path), file(`node_modules/${name}/${path}`));

    expect(ships('pkcs11js', 'package.json')).toBe(true);
    expect(ships('pkcs11js', 'index.js')).toBe(true);
    expect(ships('pkcs11js', 'build/Release/pkcs11.node')).toBe(true);
    expect(ships('pkcs11js', 'src/pkcs11.cpp')).toBe(false);
    expect(ships('sharp', 'package.json')).toBe(true);
    expect(ships('sharp', 'lib/index.js')).toBe(true);
    expect(ships('sharp', 'src/sharp.cc')).toBe(false);
    expect(ships('detect-libc', 'lib/detect-libc.js')).toBe(true);
    expect(ships('semver', 'index.js')).toBe(true);
    expect(ships('@img/sharp-linux-x64', 'lib/sharp-linux-x64.node')).toBe(true);
    expect(ships('@img/sharp-libvips-linux-x64', 'lib/libvips-cpp.so.8.17.3')).toBe(true);
    expect(ships('@img/colour', 'index.cjs')).toBe(true);
    // Bundled by esbuild into out/main: never shipped a second time.
    expect(ships('react', 'index.js')).toBe(false);
    expect(ships('zod', 'index.js')).toBe(false);
    expect(ships('electron', 'index.js')).toBe(false);
  });

  it('ships the built app without source maps, and no sources', async () => {
    const config = await loadConfig();
    const [main] = fileMatchers.getMainFileMatchers(
      appDir,
      destination,
      keepPattern,
      {},
      {
        info: {
          config,
          projectDir: appDir,
          buildResourcesDir: 'build',
          isPrepackedAppAsar: false,
          debugLogger: new DebugLogger(false),
        },
      },
      join(appDir, 'dist'),
      false,
    );
    const filter = main!.createFilter();
    const ships = (path: string) => filter(join(appDir, path), file());

    for (const path of [
      'package.json',
      'out/main/main.cjs',
      'out/preload/preload.cjs',
      'out/renderer/index.html',
    ]) {
      expect(ships(path), path).toBe(true);
    }
    for (const path of [
      'out/main/main.cjs.map',
      'renderer/app/App.tsx',
      'main/shell/main.ts',
      'README.md',
      'electron-builder.yml',
      'node_modules/react/index.js',
    ]) {
      expect(ships(path), path).toBe(false);
    }
  });

  it('puts the fonts the PDF service reads as files beside the archive', async () => {
    const config = await loadConfig();
    expect(config.asar).toBe(true);
    expect(config.extraResources).toContainEqual(
      expect.objectContaining({ from: 'assets/', to: 'assets' }),
    );
  });
});
