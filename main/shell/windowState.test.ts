import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../services/log/logger';
import {
  DEFAULT_WINDOW_SIZE,
  fitsOnDisplays,
  initialPlacement,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
  type Rect,
  type WindowState,
} from './windowState';

const laptop: Rect = { x: 0, y: 0, width: 1366, height: 768 };
const monitor: Rect = { x: 1366, y: 0, width: 1920, height: 1080 };
const laptopWork: Rect = { x: 0, y: 0, width: 1366, height: 728 };

describe('window placement', () => {
  it('parses only well-formed state', () => {
    expect(
      parseWindowState('{"bounds":{"x":1,"y":2,"width":1000,"height":700},"maximized":true}'),
    ).toEqual({
      bounds: { x: 1, y: 2, width: 1000, height: 700 },
      maximized: true,
    });
    expect(parseWindowState('not json')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":"1","y":2,"width":1000,"height":700}}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":-5,"height":700}}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1.5,"y":2,"width":1000,"height":700}}')).toBeNull();
    expect(parseWindowState('null')).toBeNull();
  });

  it('knows whether a window lies on a connected display', () => {
    expect(fitsOnDisplays({ x: 1400, y: 10, width: 1200, height: 800 }, [laptop, monitor])).toBe(
      true,
    );
    expect(fitsOnDisplays({ x: 1400, y: 10, width: 1200, height: 800 }, [laptop])).toBe(false);
    expect(fitsOnDisplays({ x: 1000, y: 10, width: 1000, height: 600 }, [laptop, monitor])).toBe(
      false,
    );
  });

  it('restores the remembered place when it fits', () => {
    const saved: WindowState = {
      bounds: { x: 1400, y: 10, width: 1200, height: 800 },
      maximized: true,
    };
    expect(initialPlacement(saved, [laptop, monitor], laptopWork)).toEqual({
      x: 1400,
      y: 10,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('centres the window on the primary display when its monitor is gone', () => {
    const saved: WindowState = {
      bounds: { x: 1400, y: 10, width: 1200, height: 700 },
      maximized: false,
    };
    expect(initialPlacement(saved, [laptop], laptopWork)).toEqual({
      width: 1200,
      height: 700,
      maximized: false,
    });
    const tooBig: WindowState = {
      bounds: { x: 1400, y: 10, width: 1900, height: 1000 },
      maximized: false,
    };
    expect(initialPlacement(tooBig, [laptop], laptopWork)).toEqual({
      width: DEFAULT_WINDOW_SIZE.width,
      height: 728,
      maximized: false,
    });
  });

  it('uses the default size without a remembered state', () => {
    expect(initialPlacement(null, [monitor], monitor)).toEqual({
      ...DEFAULT_WINDOW_SIZE,
      maximized: false,
    });
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'uradovna-wstate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
    vi.useRealTimers();
  });

  it('round-trips through the file', () => {
    const file = join(dir, 'nested', 'window-state.json');
    const state: WindowState = {
      bounds: { x: 10, y: 20, width: 1100, height: 700 },
      maximized: false,
    };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(loadWindowState(join(dir, 'missing.json'))).toBeNull();
  });

  function fakeWindow() {
    const window = Object.assign(new EventEmitter(), {
      bounds: { x: 0, y: 0, width: 1000, height: 700 } as Rect,
      maximized: false,
      destroyed: false,
      getNormalBounds(): Rect {
        return window.bounds;
      },
      isMaximized: () => window.maximized,
      isDestroyed: () => window.destroyed,
    });
    return window;
  }

  it('saves debounced while the window moves, and at once on close', async () => {
    vi.useFakeTimers();
    const file = join(dir, 'window-state.json');
    const window = fakeWindow();
    const save = vi.fn(saveWindowState);
    trackWindowState(window, file, createMemoryLogger(), { debounceMs: 500, save });

    for (let x = 0; x < 30; x += 1) {
      window.bounds = { ...window.bounds, x };
      window.emit('move');
      vi.advanceTimersByTime(50);
    }
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      bounds: { x: 29, y: 0, width: 1000, height: 700 },
      maximized: false,
    });

    window.bounds = { ...window.bounds, width: 1300 };
    window.emit('resize');
    window.maximized = true;
    window.emit('close');
    expect(save).toHaveBeenCalledTimes(2);
    expect(loadWindowState(file)).toEqual({
      bounds: { x: 29, y: 0, width: 1300, height: 700 },
      maximized: true,
    });
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('logs and carries on when the file cannot be written', () => {
    const logger = createMemoryLogger();
    const window = fakeWindow();
    trackWindowState(window, join(dir, 'x.json'), logger, {
      save: () => {
        throw new Error('EACCES');
      },
    });
    expect(() => window.emit('close')).not.toThrow();
    expect(logger.entries[0]).toMatchObject({ level: 'warn' });
  });
});
