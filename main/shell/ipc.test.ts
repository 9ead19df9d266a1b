import { fakePdfService } from '../services/pdf/testing/fakePdfService';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_PREFIX, ipcChannel, type Handlers } from '../../common/contract/api';
import type { Envelope } from '../../common/contract/envelope';
import { methodNames, type MethodName } from '../../common/contract/methods';
import { sampleStampInput } from '../../common/contract/testing/stampInput';
import { ConfigStore } from '../services/config/configStore';
import type { CredentialStore } from '../services/credentials/credentialStore';
import { createServiceHandlers } from '../services/handlers';
import { createMemoryLogger } from '../services/log/logger';
import { registerIpcHandlers } from './ipc';
import { createPlatformHandlers } from './platformHandlers';
import type { UpdateController } from './updater';

type Listener = (event: IpcMainInvokeEvent, args: unknown) => Promise<Envelope<unknown>>;

const stamp = sampleStampInput;

function fromFrame(url: string | null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url } } as unknown as IpcMainInvokeEvent;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uradovna-ipc-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup() {
  const logger = createMemoryLogger();
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    }),
  };
  const pdf = fakePdfService();
  const credentials: CredentialStore = {
    backend: 'test',
    isEncryptionAvailable: () => true,
    store: vi.fn(async () => {}),
    read: vi.fn(async () => null),
    has: vi.fn(async () => false),
    remove: vi.fn(async () => false),
  };
  const writeBytes = vi.fn(async () => {});
  const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: join(dir, 'out.pdf') }));
  const events = { emit: vi.fn() };
  const handlers: Handlers = {
    ...createServiceHandlers({
      info: { version: '0.1.0', platform: 'electron', demo: false, dataDir: dir, simUrl: null },
      config: new ConfigStore(join(dir, 'config.json'), logger),
      credentials,
      pdf,
      logger,
      events,
    }),
    ...createPlatformHandlers({
      dialog: { showOpenDialog: vi.fn(), showSaveDialog } as unknown as Pick<
        Dialog,
        'showOpenDialog' | 'showSaveDialog'
      >,
      openExternal: vi.fn(async () => {}),
      getWindow: () => null,
      updater: {} as Pick<UpdateController, 'getStatus' | 'check' | 'restartAndInstall'>,
      documentsDir: dir,
      logger,
      writeBytes,
    }),
  };
  registerIpcHandlers(ipcMain as unknown as Pick<IpcMain, 'handle'>, handlers, logger);
  const call = (
    name: MethodName,
    args: unknown,
    frameUrl: string | null = 'app://uradovna/index.html',
  ) => listeners.get(ipcChannel(name))!(fromFrame(frameUrl), args);
  return { ipcMain, listeners, call, pdf, credentials, writeBytes, showSaveDialog, logger };
}

describe('IPC registration', () => {
  it('registers exactly one handler per contract method and no other channel', () => {
    const { ipcMain, listeners } = setup();
    expect(ipcMain.handle).toHaveBeenCalledTimes(methodNames.length);
    expect([...listeners.keys()].sort()).toEqual(
      methodNames.map((name) => ipcChannel(name)).sort(),
    );
    for (const channel of listeners.keys()) expect(channel.startsWith(IPC_PREFIX)).toBe(true);
  });

  it('passes a valid call from the app to the service', async () => {
    const { call, pdf } = setup();
    const result = await call('stamp.render', stamp);
    expect(result).toMatchObject({ ok: true, value: { fileName: 'razitko.pdf' } });
    expect(pdf.renderIntakeStamp).toHaveBeenCalledWith(stamp);
  });

  it.each([
    ['stamp.render', {}],
    ['stamp.render', { ...stamp, sheets: -1 }],
    ['stamp.render', { ...stamp, extra: '<script>' }],
    ['stamp.render', 'OUHL 1/2026'],
  ] as const)('rejects a malformed %s argument before the service runs', async (name, args) => {
    const { call, pdf, logger } = setup();
    const result = await call(name, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'errors.invalidArguments' } });
    expect(pdf.renderIntakeStamp).not.toHaveBeenCalled();
    expect(logger.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'contract: rejected malformed arguments' }),
    );
  });

  it('rejects files.save with bytes sent as a string, before any dialog or write', async () => {
    const { call, writeBytes, showSaveDialog, logger } = setup();
    const result = await call('files.save', {
      suggestedName: 'a.pdf',
      mime: 'application/pdf',
      bytes: 'JVBERi0=',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'errors.invalidArguments' } });
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(writeBytes).not.toHaveBeenCalled();
    expect(logger.entries.some((entry) => entry.level === 'warn')).toBe(true);
  });

  it('rejects credentials.store with a malformed account before the store is touched', async () => {
    const { call, credentials } = setup();
    const result = await call('credentials.store', { account: '../etc', secret: 'heslo' });
    expect(result).toMatchObject({ ok: false, error: { code: 'errors.invalidArguments' } });
    expect(credentials.store).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/index.html',
    'file:///home/user/evil.html',
    'app://other/index.html',
    'http://127.0.0.1:5180/',
    null,
  ])('refuses a call from a frame showing %s', async (url) => {
    const { call, pdf, logger } = setup();
    const result = await call('stamp.render', stamp, url);
    expect(result).toMatchObject({ ok: false, error: { code: 'errors.forbiddenSender' } });
    expect(pdf.renderIntakeStamp).not.toHaveBeenCalled();
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: 'ipc: refused a call from a foreign frame',
      }),
    );
  });
});
