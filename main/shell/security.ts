import type { App, Session, WebContents } from 'electron';
import type { Logger } from '../services/log/logger';
import { isAppUrl } from './appOrigin';
import { isAllowedExternalUrl } from './externalUrl';

export type OpenExternal = (url: string) => Promise<void>;

/** What gets logged of a refused URL: enough to recognise it, never a whole query string. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`.slice(0, 200);
  } catch {
    return url.slice(0, 40);
  }
}

/**
 * Rules for every web contents the app ever creates (the main window and anything
 * else): it may only show the app's own pages, never open a window, never embed a
 * <webview>. A link to the web or an e-mail address goes to the OS, after the scheme
 * allowlist.
 */
export function hardenWebContents(
  contents: WebContents,
  openExternal: OpenExternal,
  logger: Logger,
): void {
  const refuseForeign = (kind: string) => (event: { url: string; preventDefault(): void }) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    logger.warn(`security: blocked ${kind}`, { url: describeUrl(event.url) });
  };
  contents.on('will-navigate', refuseForeign('navigation'));
  const refuseForeignFrame = refuseForeign('frame navigation');
  // The main frame is will-navigate's; this one catches iframes.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) refuseForeignFrame(event);
  });
  contents.on('will-redirect', refuseForeign('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('security: blocked webview', {});
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) {
      openExternal(url).catch((error: unknown) => {
        logger.warn('security: opening a link in the OS failed', {
          url: describeUrl(url),
          error: error instanceof Error ? error.message : String(error),
        });
      });
    } else {
      logger.warn('security: blocked window.open', { url: describeUrl(url) });
    }
    return { action: 'deny' };
  });
}

/** A records client needs no camera, microphone, location, notifications or devices. */
export function denyAllPermissions(target: Session, logger: Logger): void {
  target.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.warn('security: denied permission request', { permission });
    callback(false);
  });
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}

/** Must run before the first window exists, so that no web contents escapes the rules. */
export function installWebContentsHardening(
  app: App,
  openExternal: OpenExternal,
  logger: Logger,
): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, openExternal, logger);
  });
}
