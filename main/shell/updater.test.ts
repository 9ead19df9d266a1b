import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { AppConfig, UpdateStatus } from '../../common/contract/types';
import { defaultConfig } from '../services/config/configStore';
import { createMemoryLogger } from '../services/log/logger';
import {
  UPDATE_CHECK_INTERVAL_MS,
  UpdateController,
  type UpdaterEngine,
  type UpdaterTimers,
} from './updater';

const baseConfig: AppConfig = { ...defaultConfig, mode: 'custom' };
const FEED = 'https://aktualizace.orp.example/uradovna/';

class FakeEngine extends EventEmitter implements UpdaterEngine {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  setFeedURL = vi.fn();
  quitAndInstall = vi.fn();
  checkForUpdates = vi.fn(async (): Promise<unknown> => null);
}

function fakeTimers() {
  const scheduled: Array<{ callback: () => void; ms: number }> = [];
  const timers: UpdaterTimers = {
    setInterval: vi.fn((callback: () => void, ms: number) => {
      scheduled.push({ callback, ms });
      return scheduled.length;
    }),
    clearInterval: vi.fn(),
  };
  return { timers, scheduled };
}

function setup(options: { isPackaged: boolean; feed: string | null }) {
  const engine = new FakeEngine();
  const createEngine = vi.fn(() => engine);
  let config: AppConfig = { ...baseConfig, updateFeedUrl: options.feed };
  const emitted: UpdateStatus[] = [];
  const { timers, scheduled } = fakeTimers();
  const controller = new UpdateController({
    createEngine,
    isPackaged: options.isPackaged,
    getConfig: async () => config,
    events: {
      emit: (event, payload) => {
        if (event === 'update.status') emitted.push(payload as UpdateStatus);
      },
    },
    logger: createMemoryLogger(),
    timers,
  });
  const setFeed = (feed: string | null) => {
    config = { ...config, updateFeedUrl: feed };
  };
  return { controller, engine, createEngine, emitted, scheduled, timers, setFeed };
}

describe('UpdateController', () => {
  it('is silent in development: no engine, no check, no schedule', async () => {
    const { controller, engine, createEngine, scheduled } = setup({
      isPackaged: false,
      feed: FEED,
    });
    expect(await controller.start()).toMatchObject({ state: 'disabled', reason: 'development' });
    expect(await controller.check()).toMatchObject({ state: 'disabled', reason: 'development' });
    expect(createEngine).not.toHaveBeenCalled();
    expect(engine.checkForUpdates).not.toHaveBeenCalled();
    expect(scheduled).toHaveLength(0);
  });

  it('is silent without a feed, also when the schedule fires', async () => {
    const { controller, engine, createEngine, scheduled } = setup({ isPackaged: true, feed: null });
    expect(await controller.start()).toMatchObject({ state: 'disabled', reason: 'noFeed' });
    for (const { callback } of scheduled) callback();
    await controller.check();
    expect(createEngine).not.toHaveBeenCalled();
    expect(engine.checkForUpdates).not.toHaveBeenCalled();
  });

  it('with a feed: sets the generic provider, checks at start and every six hours', async () => {
    const { controller, engine, scheduled } = setup({ isPackaged: true, feed: FEED });
    await controller.start();
    expect(engine.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: FEED });
    expect(engine.autoDownload).toBe(true);
    expect(engine.autoInstallOnAppQuit).toBe(false);
    expect(engine.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(scheduled).toEqual([{ callback: expect.any(Function), ms: UPDATE_CHECK_INTERVAL_MS }]);
    expect(UPDATE_CHECK_INTERVAL_MS).toBe(6 * 60 * 60 * 1000);

    scheduled[0]!.callback();
    await vi.waitFor(() => expect(engine.checkForUpdates).toHaveBeenCalledTimes(2));
    await controller.start();
    expect(scheduled).toHaveLength(1);
  });

  it('picks up a feed configured later, on the next check', async () => {
    const { controller, engine, setFeed } = setup({ isPackaged: true, feed: null });
    await controller.start();
    setFeed(FEED);
    await controller.check();
    expect(engine.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: FEED });
    expect(engine.checkForUpdates).toHaveBeenCalledTimes(1);
  });

  it('pushes every state change as update.status, and ready carries the version', async () => {
    const { controller, engine, emitted } = setup({ isPackaged: true, feed: FEED });
    engine.checkForUpdates.mockImplementation(async () => {
      engine.emit('checking-for-update');
      engine.emit('update-available', { version: '0.2.0' });
      return null;
    });
    await controller.start();
    engine.emit('download-progress', { percent: 41.6 });
    engine.emit('download-progress', { percent: 41.7 });
    engine.emit('update-downloaded', { version: '0.2.0' });

    expect(emitted.map((status) => status.state)).toEqual([
      'checking',
      'downloading',
      'downloading',
      'ready',
    ]);
    expect(emitted[2]).toEqual({
      state: 'downloading',
      reason: null,
      version: '0.2.0',
      percent: 42,
    });
    expect(emitted[3]).toEqual({ state: 'ready', reason: null, version: '0.2.0', percent: null });
    expect(controller.getStatus().state).toBe('ready');
  });

  it('installs only when an update is ready, and does not re-check meanwhile', async () => {
    const { controller, engine } = setup({ isPackaged: true, feed: FEED });
    expect(controller.restartAndInstall()).toBe(false);
    await controller.start();
    engine.emit('update-not-available', { version: '0.1.0' });
    expect(controller.getStatus().state).toBe('upToDate');
    expect(controller.restartAndInstall()).toBe(false);
    expect(engine.quitAndInstall).not.toHaveBeenCalled();

    engine.emit('update-downloaded', { version: '0.2.0' });
    await controller.check();
    expect(engine.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(controller.restartAndInstall()).toBe(true);
    expect(engine.quitAndInstall).toHaveBeenCalledTimes(1);
  });

  it('reports failures as the error state', async () => {
    const { controller, engine, emitted } = setup({ isPackaged: true, feed: FEED });
    engine.checkForUpdates.mockRejectedValueOnce(new Error('net::ERR_NAME_NOT_RESOLVED'));
    expect(await controller.start()).toMatchObject({
      state: 'error',
      reason: 'net::ERR_NAME_NOT_RESOLVED',
    });
    engine.emit('error', new Error('sha512 checksum mismatch'));
    expect(emitted.at(-1)).toMatchObject({ state: 'error', reason: 'sha512 checksum mismatch' });
  });

  it('stops its schedule', async () => {
    const { controller, timers } = setup({ isPackaged: true, feed: FEED });
    await controller.start();
    controller.stop();
    expect(timers.clearInterval).toHaveBeenCalledWith(1);
  });
});
