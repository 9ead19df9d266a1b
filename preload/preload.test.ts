import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, IPC_EVENT_CHANNEL, ipcChannel, type Bridge } from '../common/contract/api';
import { methodNames } from '../common/contract/methods';

type IpcListener = (event: unknown, message: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<IpcListener>>();
  return {
    listeners,
    exposeInMainWorld: vi.fn(),
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, args: unknown) => ({
        ok: true,
        value: { channel, args },
      })),
      on: vi.fn((channel: string, listener: IpcListener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: IpcListener) => {
        listeners.get(channel)?.delete(listener);
      }),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: electron.ipcRenderer,
}));

function send(message: unknown) {
  const ipcEvent = { sender: { secret: 'must not leak' }, senderId: 0 };
  for (const listener of electron.listeners.get(IPC_EVENT_CHANNEL) ?? [])
    listener(ipcEvent, message);
}

let bridge: Bridge;

beforeAll(async () => {
  await import('./preload');
  bridge = electron.exposeInMainWorld.mock.calls[0]![1] as Bridge;
});

describe('preload', () => {
  it('exposes exactly one object, under the contract name', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.exposeInMainWorld.mock.calls[0]![0]).toBe(BRIDGE_GLOBAL);
    expect(BRIDGE_GLOBAL).toBe('uradovna');
  });

  it('has exactly the contract methods plus `on`', () => {
    expect(Object.keys(bridge).sort()).toEqual([...methodNames, 'on'].sort());
    for (const key of Object.keys(bridge))
      expect(typeof (bridge as Record<string, unknown>)[key]).toBe('function');
  });

  it('invokes each method on its own channel with the argument as given', async () => {
    for (const name of methodNames) {
      const args = { probe: name };
      const call = bridge[name] as (args: unknown) => Promise<unknown>;
      expect(await call(args)).toEqual({ ok: true, value: { channel: ipcChannel(name), args } });
    }
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(methodNames.length);
  });

  it('`on` forwards only the payloads of the named event, never the IPC event', () => {
    const updates = vi.fn();
    const progress = vi.fn();
    bridge.on('update.status', updates);
    const stopProgress = bridge.on('task.progress', progress);

    const status = { state: 'ready', reason: null, version: '0.2.0', percent: null };
    send({ event: 'update.status', payload: status });
    send({
      event: 'connectivity.changed',
      payload: { online: true, target: null, checkedAt: 'x' },
    });
    send('garbage');
    send(null);

    expect(updates).toHaveBeenCalledTimes(1);
    expect(updates).toHaveBeenCalledWith(status);
    expect(updates.mock.calls[0]).toHaveLength(1);
    expect(progress).not.toHaveBeenCalled();

    stopProgress();
    send({ event: 'task.progress', payload: { taskId: 't', label: 'x', done: 1, total: 2 } });
    expect(progress).not.toHaveBeenCalled();
  });

  it('unsubscribes exactly the listener it added', () => {
    const listener = vi.fn();
    const before = electron.listeners.get(IPC_EVENT_CHANNEL)?.size ?? 0;
    const stop = bridge.on('connectivity.changed', listener);
    expect(electron.listeners.get(IPC_EVENT_CHANNEL)?.size).toBe(before + 1);
    stop();
    expect(electron.listeners.get(IPC_EVENT_CHANNEL)?.size).toBe(before);
    send({
      event: 'connectivity.changed',
      payload: { online: false, target: null, checkedAt: 'x' },
    });
    expect(listener).not.toHaveBeenCalled();
  });
});
