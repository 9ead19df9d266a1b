import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../services/log/logger';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered: the window's normal (not maximized) bounds, and whether it was maximized. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** What the window is created with: no position means "centre it". */
export interface InitialWindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
export const WINDOW_STATE_FILE = 'window-state.json';

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 100_000;
}

export function parseWindowState(text: string): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const { bounds, maximized } = raw as { bounds?: Partial<Rect>; maximized?: unknown };
  if (!bounds || typeof bounds !== 'object') return null;
  const { x, y, width, height } = bounds;
  if (!isInteger(x) || !isInteger(y) || !isInteger(width) || !isInteger(height)) return null;
  if (width <= 0 || height <= 0) return null;
  return { bounds: { x, y, width, height }, maximized: maximized === true };
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** True when the whole window lies on one of the connected displays. */
export function fitsOnDisplays(bounds: Rect, displays: readonly Rect[]): boolean {
  return displays.some((display) => contains(display, bounds));
}

/**
 * Where the window opens. The remembered place is used only when it still lies on a
 * connected display: a laptop taken off its docking station must not open the app
 * on a monitor that is no longer there. Otherwise it opens centred on the primary
 * display, at the remembered size if that fits there.
 */
export function initialPlacement(
  saved: WindowState | null,
  displays: readonly Rect[],
  primaryWorkArea: Rect,
): InitialWindowPlacement {
  const fallbackSize = {
    width: Math.max(
      MIN_WINDOW_SIZE.width,
      Math.min(DEFAULT_WINDOW_SIZE.width, primaryWorkArea.width),
    ),
    height: Math.max(
      MIN_WINDOW_SIZE.height,
      Math.min(DEFAULT_WINDOW_SIZE.height, primaryWorkArea.height),
    ),
  };
  if (!saved) return { ...fallbackSize, maximized: false };
  const width = Math.max(MIN_WINDOW_SIZE.width, saved.bounds.width);
  const height = Math.max(MIN_WINDOW_SIZE.height, saved.bounds.height);
  const bounds = { ...saved.bounds, width, height };
  if (fitsOnDisplays(bounds, displays)) return { ...bounds, maximized: saved.maximized };
  const sizeFits = width <= primaryWorkArea.width && height <= primaryWorkArea.height;
  return { ...(sizeFits ? { width, height } : fallbackSize), maximized: saved.maximized };
}

export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Synchronous on purpose: it also runs in `close`, after which the process may end. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}

/** The part of a BrowserWindow the tracker uses. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isDestroyed(): boolean;
}

export interface TrackOptions {
  debounceMs?: number;
  save?: (file: string, state: WindowState) => void;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

/**
 * Remembers the window's place: debounced while the user drags or resizes (those
 * events come dozens per second), at once when the window closes.
 */
export function trackWindowState(
  window: TrackedWindow,
  file: string,
  logger: Logger,
  options: TrackOptions = {},
): void {
  const debounceMs = options.debounceMs ?? 500;
  const save = options.save ?? saveWindowState;
  const schedule =
    options.setTimeout ?? ((callback: () => void, ms: number): unknown => setTimeout(callback, ms));
  const cancel =
    options.clearTimeout ??
    ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let pending: unknown = null;

  const saveNow = () => {
    if (pending !== null) {
      cancel(pending);
      pending = null;
    }
    if (window.isDestroyed()) return;
    try {
      save(file, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      logger.warn('window: could not remember the window position', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };
  const saveSoon = () => {
    if (pending !== null) cancel(pending);
    pending = schedule(() => {
      pending = null;
      saveNow();
    }, debounceMs);
  };

  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) {
    window.on(event, saveSoon);
  }
  window.on('close', saveNow);
}
