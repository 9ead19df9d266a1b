import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll } from './build';
import { findElectronBinary } from './electronRuntime';
import { runWebCli } from '../webhost/cli';

/** Newest modification time under the renderer's sources. */
function newestSource(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

function buildIsStale(): boolean {
  const built = ['out/renderer/index.html', 'out/main/main.cjs', 'out/preload/preload.cjs'];
  if (built.some((file) => !existsSync(file))) return true;
  const oldestBuild = Math.min(...built.map((file) => statSync(file).mtimeMs));
  return (
    newestSource(['renderer', 'common', 'main', 'preload', 'vite.config.ts', 'package.json']) >
    oldestBuild
  );
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (buildIsStale()) {
    console.log('Building the app (first start or changed sources)…');
    await buildAll();
  }
  const electron = findElectronBinary();
  if (electron) {
    const child = spawn(electron, ['.', ...argv], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  const close = await runWebCli(argv, (url) =>
    console.log(
      `Electron's runtime is not installed here, so the same app is served in your browser instead: ${url}`,
    ),
  );
  const stop = () => {
    void close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
