import type { App, BrowserWindow } from 'electron';

/**
 * One Úřadovna per user: two instances would write the same database and the same
 * journal sequence. A second launch hands over to the first one (which comes to the
 * front) and quits. Returns false in that second instance.
 */
export function claimSingleInstance(app: App, getWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    if (!window.isVisible()) window.show();
    window.focus();
  });
  return true;
}
