import { spawnSync } from 'node:child_process';
import { findElectronBinary, findElectronDist } from './electronRuntime';

export const MISSING_RUNTIME_MESSAGE =
  "npm run dist needs Electron's runtime, which is not installed here (node_modules/electron/dist is missing); run it on a machine where Electron installs fully.";

const PLACEHOLDER_UPDATE_URL = 'https://aktualizace.invalid/uradovna/';

async function main(): Promise<number> {
  if (!findElectronBinary()) {
    console.error(MISSING_RUNTIME_MESSAGE);
    return 1;
  }
  if (!process.env.URADOVNA_UPDATE_URL) {
    // The app takes its feed from its configuration; this URL only fills the
    // packaged app-update.yml, and a build without one must not fail on it.
    process.env.URADOVNA_UPDATE_URL = PLACEHOLDER_UPDATE_URL;
    console.log(`URADOVNA_UPDATE_URL is not set; packaging with ${PLACEHOLDER_UPDATE_URL}`);
  }
  const { buildAll } = await import('./build');
  await buildAll();
  const args = ['electron-builder', '--config', 'electron-builder.yml'];
  // The runtime already here is the one to package: no second download.
  const dist = findElectronDist();
  if (dist) args.push(`--config.electronDist=${dist}`);
  const result = spawnSync('npx', [...args, ...process.argv.slice(2)], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
