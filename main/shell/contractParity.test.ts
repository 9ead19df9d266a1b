import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ipcChannel } from '../../common/contract/api';
import { methodNames, platformMethodNames } from '../../common/contract/methods';
import { ConfigStore } from '../services/config/configStore';
import { createServiceHandlers } from '../services/handlers';
import { createMemoryLogger } from '../services/log/logger';
import { createPdfService } from '../services/pdf';
import { registerIpcHandlers } from './ipc';
import { createPlatformHandlers } from './platformHandlers';
import { startWebhost } from '../../webhost/server';
import { RefusingCredentialStore } from '../../webhost/refusingCredentials';

/**
 * The contract map is the single list of methods. The preload, the shell's IPC
 * registration and handlers and the browser host must each
 * offer exactly that list: a method missing (or extra) on any side fails here.
 */

const exposed = vi.hoisted(() => ({ bridge: null as unknown }));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (_name: string, value: unknown) => {
      exposed.bridge = value;
    },
  },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));

const sorted = (names: Iterable<string>) => [...names].sort();
const expected = sorted(methodNames);

function serviceHandlers(dataDir: string) {
  const logger = createMemoryLogger();
  return createServiceHandlers({
    info: { version: '0', platform: 'electron', demo: false, dataDir, simUrl: null },
    config: new ConfigStore(join(dataDir, 'config.json'), logger),
    credentials: new RefusingCredentialStore(),
    pdf: createPdfService({ assetsDir: join(process.cwd(), 'assets') }),
    logger,
    events: { emit: () => undefined },
  });
}

describe('every side implements exactly the contract', () => {
  it('preload exposes one invoker per method, plus on()', async () => {
    await import('../../preload/preload');
    const keys = Object.keys(exposed.bridge as object);
    expect(sorted(keys.filter((key) => key !== 'on'))).toEqual(expected);
    expect(keys).toContain('on');
  });

  it('the shell registers one IPC channel per method and has a handler for each', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'parity-'));
    try {
      const handlers = {
        ...serviceHandlers(dataDir),
        ...createPlatformHandlers({
          dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
          openExternal: vi.fn(),
          getWindow: () => null,
          updater: { getStatus: vi.fn(), check: vi.fn(), restartAndInstall: vi.fn() },
          documentsDir: dataDir,
          logger: createMemoryLogger(),
        }),
      };
      expect(sorted(Object.keys(handlers))).toEqual(expected);
      const channels: string[] = [];
      registerIpcHandlers(
        { handle: (channel: string) => void channels.push(channel) },
        handlers,
        createMemoryLogger(),
      );
      expect(sorted(channels)).toEqual(sorted(methodNames.map(ipcChannel)));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('the platform-neutral services cover everything but the platform methods', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'parity-'));
    try {
      const platform = new Set<string>(platformMethodNames);
      expect(sorted(Object.keys(serviceHandlers(dataDir)))).toEqual(
        expected.filter((name) => !platform.has(name)),
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('the browser host has a handler for each method', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'parity-'));
    const host = await startWebhost({
      port: 0,
      rendererDir: dataDir,
      assetsDir: join(process.cwd(), 'assets'),
      dataDir,
      simUrl: null,
      version: '0',
      logger: createMemoryLogger(),
    });
    try {
      expect(sorted(Object.keys(host.handlers))).toEqual(expected);
    } finally {
      await host.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
