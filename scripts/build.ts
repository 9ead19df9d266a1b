import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';
import { buildMain } from './buildMain';

/** Renderer (Vite → out/renderer), then main and preload (esbuild → out/main, out/preload). */
export async function buildAll(): Promise<void> {
  if (!existsSync('vite.config.ts'))
    throw new Error('vite.config.ts is missing: cannot build the renderer.');
  // Always the production bundle, whatever NODE_ENV the caller runs under (a test
  // runner sets "test", which would build React's development bundle).
  process.env.NODE_ENV = 'production';
  await viteBuild({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
  await buildMain();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildAll()
    .then(() =>
      console.log('Build finished: out/renderer, out/main/main.cjs, out/preload/preload.cjs'),
    )
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
