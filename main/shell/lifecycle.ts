import { closePkcs11Modules } from '../services/signing/pkcs11/moduleLoader';
import {
  app,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
  type BrowserWindow,
} from 'electron';
import { autoUpdater } from 'electron-updater';
import type { AppInfo } from '../../common/contract/types';
import { ConfigStore } from '../services/config/configStore';
import { createServiceHandlers } from '../services/handlers';
import { createFileLogger, type Logger } from '../services/log/logger';
import { createPdfService } from '../services/pdf/index';
import { startDemoServices, type DemoServices } from './demo';
import { createWindowEventSink } from './eventSink';
import { registerIpcHandlers } from './ipc';
import { aboutText, buildMenuTemplate } from './menu';
import { resolveShellPaths, type ShellPaths } from './paths';
import { createPlatformHandlers } from './platformHandlers';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { SafeStorageCredentialStore } from './safeStorageCredentials';
import { denyAllPermissions, installWebContentsHardening } from './security';
import { claimSingleInstance } from './singleInstance';
import { UpdateController, type UpdaterEngine } from './updater';
import { createMainWindow } from './window';

const APP_USER_MODEL_ID = 'cz.uradovna.desktop';

/** The one window, once it exists; closures read it late, when an event arrives. */
interface WindowRef {
  current: BrowserWindow | null;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Everything that must happen before `ready`, then the start. Returns false when
 * another instance already runs (this one then quits).
 */
export function launch(): boolean {
  app.enableSandbox();
  registerAppScheme(protocol);
  // Windows groups taskbar entries and update notifications by this id (electron-builder's appId).
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

  const mainWindow: WindowRef = { current: null };
  if (!claimSingleInstance(app, () => mainWindow.current)) return false;

  const paths = resolveShellPaths({
    appPath: app.getAppPath(),
    userData: app.getPath('userData'),
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
  });
  const logger = createFileLogger(
    paths.logFile,
    app.isPackaged ? undefined : (line) => console.log(line),
  );
  const openExternal = (url: string) => shell.openExternal(url);
  installWebContentsHardening(app, openExternal, logger);
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(() => start(paths, logger, openExternal, mainWindow))
    .catch((error: unknown) => {
      logger.error('app: start failed', { error: describe(error) });
      dialog.showErrorBox(
        'Úřadovnu se nepodařilo spustit',
        'Při spuštění nastala chyba. Podrobnosti jsou v protokolu aplikace.',
      );
      app.exit(1);
    });
  return true;
}

async function start(
  paths: ShellPaths,
  logger: Logger,
  openExternal: (url: string) => Promise<void>,
  mainWindow: WindowRef,
): Promise<void> {
  const getWindow = () => mainWindow.current;
  logger.info('app: starting', { version: app.getVersion(), packaged: app.isPackaged });

  const config = new ConfigStore(paths.configFile, logger);
  const initialConfig = await config.get();
  const demo = await startDemoServices(initialConfig, paths.simDataDir, logger);
  closeOnQuit(demo, logger);

  const info: AppInfo = {
    version: app.getVersion(),
    platform: 'electron',
    demo: initialConfig.mode === 'demo',
    dataDir: paths.userData,
    simUrl: demo.simUrl,
  };
  const events = createWindowEventSink(getWindow);
  const updater = new UpdateController({
    createEngine: () => {
      autoUpdater.logger = {
        info: (message?: unknown) => logger.info(`updater: ${String(message)}`),
        warn: (message?: unknown) => logger.warn(`updater: ${String(message)}`),
        error: (message?: unknown) => logger.error(`updater: ${String(message)}`),
      };
      return autoUpdater satisfies UpdaterEngine;
    },
    isPackaged: app.isPackaged,
    getConfig: () => config.get(),
    events,
    logger,
  });

  const handlers = {
    ...createServiceHandlers({
      info,
      config,
      credentials: new SafeStorageCredentialStore(paths.credentialsFile, safeStorage, logger),
      pdf: createPdfService({ assetsDir: paths.assetsDir }),
      logger,
      events,
    }),
    ...createPlatformHandlers({
      dialog,
      openExternal,
      getWindow,
      updater,
      documentsDir: app.getPath('documents'),
      logger,
    }),
  };
  registerIpcHandlers(ipcMain, handlers, logger);
  serveAppProtocol(protocol, paths.rendererDir, logger);
  denyAllPermissions(session.defaultSession, logger);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isPackaged: app.isPackaged,
        showAbout: () => {
          const window = getWindow();
          const options = {
            type: 'info' as const,
            buttons: ['OK'],
            ...aboutText(app.getVersion()),
          };
          void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
        },
      }),
    ),
  );

  mainWindow.current = createMainWindow({
    preloadPath: paths.preloadPath,
    stateFile: paths.windowStateFile,
    logger,
  });
  mainWindow.current.on('closed', () => {
    mainWindow.current = null;
  });
  app.on('before-quit', () => updater.stop());
  // Smart-card drivers keep sessions and threads; finalise the ones we initialised.
  app.on('will-quit', () => closePkcs11Modules());
  void updater.start();
}

/** The simulator's server holds a port; let it finish before the process ends. */
function closeOnQuit(demo: DemoServices, logger: Logger): void {
  if (demo.simUrl === null) return;
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closed = true;
    demo
      .close()
      .catch((error: unknown) =>
        logger.warn('demo: closing the simulator failed', { error: describe(error) }),
      )
      .finally(() => app.quit());
  });
}
