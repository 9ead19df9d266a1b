import { build, type BuildOptions, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { methodNames } from '../common/contract/methods';

/** Electron 45 runs Node 22 in main and Chromium 140 in the preload. */
const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // The runtime supplies `electron`; everything else is bundled, except the native
  // addons (a .node binary cannot be bundled): pkcs11js, loaded on the first use of a card
  // (main/services/signing/pkcs11/binding.ts), and sharp, loaded on the first scan
  // (main/services/conversion/scans/sharpLoader.ts). The package ships them beside the
  // bundle, unpacked from the asar (electron-builder.yml).
  external: ['electron', 'pkcs11js', 'sharp'],
  legalComments: 'linked',
};

/**
 * The preload needs only the method names of the contract, not the zod schemas
 * behind them (half a megabyte in every window). The names are read from the same
 * module at build time; if the preload ever imports anything else from it, the
 * build fails on the missing export instead of shipping something different.
 */
const contractNamesOnly: Plugin = {
  name: 'contract-names-only',
  setup(pluginBuild) {
    const methodsModule = resolve('common/contract/methods.ts');
    pluginBuild.onLoad({ filter: /[\\/]common[\\/]contract[\\/]methods\.ts$/ }, (args) =>
      args.path === methodsModule
        ? { contents: `export const methodNames = ${JSON.stringify(methodNames)};`, loader: 'ts' }
        : undefined,
    );
  },
};

/**
 * sim/demoPlan.ts reads the demo municipality's plan (an XML file) beside its source;
 * a bundled main has no source tree beside it, so the bundle carries the text.
 */
const demoPlanInlined: Plugin = {
  name: 'demo-plan-inlined',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]sim[\\/]demoPlan\.ts$/ }, () => ({
      contents: `export function readDemoPlanXml(): string { return ${JSON.stringify(
        readFileSync(resolve('sim/seed/filePlan.xml'), 'utf8'),
      )}; }`,
      loader: 'ts',
    }));
  },
};

export async function buildMain(outDir = 'out'): Promise<void> {
  await Promise.all([
    build({
      ...common,
      entryPoints: ['main/shell/main.ts'],
      outfile: `${outDir}/main/main.cjs`,
      platform: 'node',
      target: 'node22',
      // Keeps `import('pkcs11js')` a plain require, run on first use: Electron loads
      // CommonJS from app.asar (and the unpacked .node beside it) the way it always has.
      supported: { 'dynamic-import': false },
      plugins: [demoPlanInlined],
    }),
    build({
      ...common,
      entryPoints: ['preload/preload.ts'],
      outfile: `${outDir}/preload/preload.cjs`,
      // A sandboxed preload can require only `electron`: everything else is inlined.
      platform: 'browser',
      target: 'chrome140',
      plugins: [contractNamesOnly],
    }),
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildMain().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
