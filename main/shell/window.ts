import { BrowserWindow, screen, type WebPreferences } from 'electron';
import type { Logger } from '../services/log/logger';
import { APP_ENTRY_URL } from './appOrigin';
import {
  MIN_WINDOW_SIZE,
  initialPlacement,
  loadWindowState,
  trackWindowState,
} from './windowState';

/** The renderer's background, painted before the first frame so the window never flashes white. */
export const WINDOW_BACKGROUND = '#f4f5f7';

/**
 * The renderer is a web page with no Node, no Electron and no direct access to the
 * preload's world; all it can reach is the contract object the preload exposes.
 */
export function mainWindowWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: false,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  stateFile: string;
  logger: Logger;
}

export function createMainWindow({
  preloadPath,
  stateFile,
  logger,
}: MainWindowOptions): BrowserWindow {
  const placement = initialPlacement(
    loadWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.bounds),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    ...(placement.x !== undefined && placement.y !== undefined
      ? { x: placement.x, y: placement.y }
      : {}),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    title: 'Úřadovna',
    webPreferences: mainWindowWebPreferences(preloadPath),
  });
  trackWindowState(window, stateFile, logger);

  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    logger.error('window: renderer process gone', {
      reason: details.reason,
      exitCode: details.exitCode,
    });
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    logger.error('window: loading the app failed', {
      error: error instanceof Error ? error.message : String(error),
    });
  });
  return window;
}
