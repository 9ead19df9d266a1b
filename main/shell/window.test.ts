import type { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../services/log/logger';

const created = vi.hoisted(
  () => [] as Array<{ options: Record<string, unknown>; instance: unknown }>,
);

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class FakeWebContents extends EventEmitter {}
  class BrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loadURL = vi.fn(async () => {});
    show = vi.fn();
    maximize = vi.fn();
    isDestroyed = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1000, height: 700 });
    constructor(options: Record<string, unknown>) {
      super();
      created.push({ options, instance: this });
    }
  }
  return {
    BrowserWindow,
    screen: {
      getAllDisplays: () => [{ bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
  };
});

const { createMainWindow, mainWindowWebPreferences } = await import('./window');

type FakeWindow = EventEmitter & {
  loadURL: ReturnType<typeof vi.fn>;
  show: ReturnType<typeof vi.fn>;
  maximize: ReturnType<typeof vi.fn>;
};

let dir: string;
beforeEach(async () => {
  created.length = 0;
  dir = await mkdtemp(join(tmpdir(), 'uradovna-window-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('main window', () => {
  it('has exactly the hardened webPreferences', () => {
    expect(mainWindowWebPreferences('/app/out/preload/preload.cjs')).toStrictEqual({
      preload: '/app/out/preload/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    });
  });

  it('is created with them, a minimum size and a background, and loads the app origin', () => {
    const window = createMainWindow({
      preloadPath: '/app/out/preload/preload.cjs',
      stateFile: join(dir, 'window-state.json'),
      logger: createMemoryLogger(),
    });
    expect(created).toHaveLength(1);
    const options = created[0]!.options;
    expect(options.webPreferences).toStrictEqual(
      mainWindowWebPreferences('/app/out/preload/preload.cjs'),
    );
    expect(options).toMatchObject({ minWidth: 960, minHeight: 600, show: false });
    expect(typeof options.backgroundColor).toBe('string');
    expect((window as unknown as FakeWindow).loadURL).toHaveBeenCalledWith(
      'app://uradovna/index.html',
    );
  });

  it('opens where it was left when that place is still on a display, maximized if it was', async () => {
    const stateFile = join(dir, 'window-state.json');
    await writeFile(
      stateFile,
      JSON.stringify({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true }),
    );
    const window = createMainWindow({
      preloadPath: '/p.cjs',
      stateFile,
      logger: createMemoryLogger(),
    }) as unknown as FakeWindow;
    expect(created[0]!.options).toMatchObject({ x: 100, y: 50, width: 1200, height: 800 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
  });

  it('opens centred when the remembered place is on a display that is gone', async () => {
    const stateFile = join(dir, 'window-state.json');
    await writeFile(
      stateFile,
      JSON.stringify({ bounds: { x: 2500, y: 50, width: 1200, height: 800 }, maximized: false }),
    );
    createMainWindow({ preloadPath: '/p.cjs', stateFile, logger: createMemoryLogger() });
    const options = created[0]!.options;
    expect(options.x).toBeUndefined();
    expect(options.y).toBeUndefined();
    expect(options).toMatchObject({ width: 1200, height: 800 });
  });
});
