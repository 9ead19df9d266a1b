import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../services/log/logger';
import { denyAllPermissions, hardenWebContents, installWebContentsHardening } from './security';

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

function fakeContents() {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: null as OpenHandler | null,
    setWindowOpenHandler(handler: OpenHandler) {
      contents.openHandler = handler;
    },
  });
  return contents;
}

function navigation(url: string, isMainFrame = true) {
  return { url, isMainFrame, preventDefault: vi.fn() };
}

function setup() {
  const contents = fakeContents();
  const openExternal = vi.fn(async (_url: string) => {});
  const logger = createMemoryLogger();
  hardenWebContents(contents as unknown as WebContents, openExternal, logger);
  return { contents, openExternal, logger };
}

describe('navigation', () => {
  it.each([
    'https://example.com/',
    'http://127.0.0.1:5180/',
    'file:///etc/passwd',
    'app://other/index.html',
    'javascript:alert(1)',
  ])('is prevented to %s', (url) => {
    const { contents, logger } = setup();
    for (const kind of ['will-navigate', 'will-redirect'] as const) {
      const event = navigation(url);
      contents.emit(kind, event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    const frame = navigation(url, false);
    contents.emit('will-frame-navigate', frame);
    expect(frame.preventDefault).toHaveBeenCalled();
    expect(logger.entries.every((entry) => entry.level === 'warn')).toBe(true);
    expect(logger.entries).toHaveLength(3);
  });

  it("is allowed within the app's own origin", () => {
    const { contents } = setup();
    const event = navigation('app://uradovna/index.html#/journal');
    contents.emit('will-navigate', event);
    contents.emit('will-redirect', event);
    contents.emit('will-frame-navigate', { ...event, isMainFrame: false });
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = setup();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('window.open', () => {
  it.each(['https://www.mvcr.cz/', 'http://obec.example/', 'mailto:podatelna@obec.example'])(
    'is denied and %s goes to the OS',
    (url) => {
      const { contents, openExternal } = setup();
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
      expect(openExternal).toHaveBeenCalledWith(url);
    },
  );

  it.each([
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share/evil.exe',
    'ms-msdt:/id PCWDiagnostic',
    'app://uradovna/index.html',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pass@example.com/',
    'not a url',
  ])('is denied and %s is not opened anywhere', (url) => {
    const { contents, openExternal, logger } = setup();
    expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(logger.entries[0]).toMatchObject({
      level: 'warn',
      message: 'security: blocked window.open',
    });
  });

  it('logs when the OS cannot open an allowed link', async () => {
    const contents = fakeContents();
    const logger = createMemoryLogger();
    hardenWebContents(
      contents as unknown as WebContents,
      async () => Promise.reject(new Error('no browser')),
      logger,
    );
    contents.openHandler?.({ url: 'https://example.com/' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(logger.entries[0]).toMatchObject({ level: 'warn', context: { error: 'no browser' } });
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    denyAllPermissions(session as unknown as Session, createMemoryLogger());

    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
    ]) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (
      ...args: unknown[]
    ) => boolean;
    expect(check(null, 'media', 'app://uradovna', {})).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]![0] as (
      ...args: unknown[]
    ) => boolean;
    expect(device({})).toBe(false);
  });
});

describe('web-contents-created', () => {
  it('hardens every web contents the app creates', () => {
    const app = new EventEmitter();
    const openExternal = vi.fn(async () => {});
    installWebContentsHardening(app as unknown as App, openExternal, createMemoryLogger());
    const contents = fakeContents();
    app.emit('web-contents-created', {}, contents);

    const event = navigation('https://evil.example/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});
