import { EventEmitter } from 'node:events';
import type { App, BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from './singleInstance';

function fakeApp(lock: boolean) {
  return Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
  });
}

function fakeWindow(state: { minimized: boolean; visible: boolean; destroyed?: boolean }) {
  return {
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized,
    isVisible: () => state.visible,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('single instance', () => {
  it('quits when another instance holds the lock', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as unknown as App, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('keeps running with the lock, and a second launch restores and focuses the window', () => {
    const app = fakeApp(true);
    const window = fakeWindow({ minimized: true, visible: false });
    expect(
      claimSingleInstance(app as unknown as App, () => window as unknown as BrowserWindow),
    ).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();

    app.emit('second-instance', {}, ['uradovna'], '/home/obec');
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('only focuses a window that is already shown', () => {
    const app = fakeApp(true);
    const window = fakeWindow({ minimized: false, visible: true });
    claimSingleInstance(app as unknown as App, () => window as unknown as BrowserWindow);
    app.emit('second-instance', {}, [], '');
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.show).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('ignores a second launch before the window exists', () => {
    const app = fakeApp(true);
    claimSingleInstance(app as unknown as App, () => null);
    expect(() => app.emit('second-instance', {}, [], '')).not.toThrow();
  });
});
