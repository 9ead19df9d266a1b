import { join } from 'node:path';
import { CREDENTIALS_FILE } from './safeStorageCredentials';
import { WINDOW_STATE_FILE } from './windowState';

export interface ShellPathsInput {
  /** `app.getAppPath()`: the repository in development, `…/resources/app.asar` when packaged. */
  appPath: string;
  /** `app.getPath('userData')`. */
  userData: string;
  isPackaged: boolean;
  /** `process.resourcesPath`: where electron-builder's `extraResources` land. */
  resourcesPath: string;
}

export interface ShellPaths {
  rendererDir: string;
  preloadPath: string;
  assetsDir: string;
  userData: string;
  configFile: string;
  credentialsFile: string;
  windowStateFile: string;
  logFile: string;
  simDataDir: string;
}

/**
 * Where everything is. The built app keeps the layout of the repository's `out/`
 * (inside app.asar when packaged); fonts and other assets are shipped beside the
 * archive as extra resources, because the PDF service reads them as plain files.
 */
export function resolveShellPaths(input: ShellPathsInput): ShellPaths {
  return {
    rendererDir: join(input.appPath, 'out', 'renderer'),
    preloadPath: join(input.appPath, 'out', 'preload', 'preload.cjs'),
    assetsDir: input.isPackaged
      ? join(input.resourcesPath, 'assets')
      : join(input.appPath, 'assets'),
    userData: input.userData,
    configFile: join(input.userData, 'config.json'),
    credentialsFile: join(input.userData, CREDENTIALS_FILE),
    windowStateFile: join(input.userData, WINDOW_STATE_FILE),
    logFile: join(input.userData, 'logs', 'uradovna.log'),
    simDataDir: join(input.userData, 'demo-services'),
  };
}
