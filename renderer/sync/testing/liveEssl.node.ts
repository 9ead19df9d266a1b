/**
 * The sync engine against the real simulator over HTTP, in Node: the device is a
 * fake-indexeddb database, the eSSL is `startSim`, and the port is main's own `essl.*`
 * handlers (the code the Electron shell and the browser host run), so these tests
 * cover the whole path except the IPC hop.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig, DemoSeed } from '../../../common/contract/types';
import { defaultConfig } from '../../../main/services/config/configStore';
import type { CredentialStore } from '../../../main/services/credentials/credentialStore';
import { createEsslHandlers } from '../../../main/services/essl/handlers';
import { createMemoryLogger } from '../../../main/services/log/logger';
import { createClientFactory, type ClientTuning } from '../../../main/services/essl/session';
import { startSim, type RunningSim, type SimOptions } from '../../../sim/server';
import type { EsslAccount } from '../../../sim/essl/accounts';
import { importSeed } from '../../db/commands/importSeed';
import { getSetting } from '../../db/settings';
import type { NewDocumentInput } from '../../../common/domain/document';
import { incomingInput } from '../../../common/domain/testing/sampleDocuments';
import type { UradovnaDatabase } from '../../db/schema';
import { openTestDatabase } from '../../db/testing/fixtures';
import { SyncEngine, type SyncEngineOptions } from '../engine';
import type { EsslPort } from '../esslPort';

export interface LiveEssl {
  sim: RunningSim;
  dataDir: string;
  clerk: EsslAccount;
  /** Starts the sim again on the same data directory (a server restart). */
  restart(options?: SimOptions): Promise<RunningSim>;
  close(): Promise<void>;
}

/** A small demo municipality: enough rows to page, few enough to stay quick. */
export const LIVE_DOCUMENTS = 40;

export async function startLiveEssl(options: SimOptions = {}): Promise<LiveEssl> {
  const dataDir = await mkdtemp(join(tmpdir(), 'uradovna-sync-'));
  const start = (extra: SimOptions = {}) =>
    startSim({ port: 0, documents: LIVE_DOCUMENTS, dataDir, ...options, ...extra });
  const live: LiveEssl = {
    sim: await start(),
    dataDir,
    clerk: { username: '', password: '', name: '' },
    async restart(extra) {
      await live.sim.close();
      live.sim = await start(extra);
      return live.sim;
    },
    async close() {
      await live.sim.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  const [clerk] = live.sim.essl.accounts();
  if (!clerk) throw new Error('the sim has no account');
  live.clerk = clerk;
  return live;
}

function memoryCredentials(secrets: Record<string, string>): CredentialStore {
  return {
    backend: 'memory (tests)',
    isEncryptionAvailable: () => true,
    store: async (account, secret) => {
      secrets[account] = secret;
    },
    read: async (account) => secrets[account] ?? null,
    has: async (account) => account in secrets,
    remove: async (account) => delete secrets[account],
  };
}

/**
 * The contract's `essl.*` as a device of `account` reaches them. `url` is read on
 * every call, so a test can point the device at a restarted sim (or nowhere).
 */
export function portFor(
  live: LiveEssl,
  account: EsslAccount = live.clerk,
  config: Partial<AppConfig> = {},
  tuning: ClientTuning = {},
): EsslPort {
  return portForSim(() => live.sim.url, account, config, tuning, live.dataDir);
}

/** The same for any running simulator (a browser test's colleague on another PC). */
export function portForSim(
  simUrl: string | (() => string),
  account: Pick<EsslAccount, 'username' | 'password'>,
  config: Partial<AppConfig> = {},
  tuning: ClientTuning = {},
  dataDir = '',
): EsslPort {
  const handlers = createEsslHandlers({
    createClient: createClientFactory(tuning),
    info: { version: 'test', platform: 'web', demo: false, dataDir, simUrl: null },
    config: {
      get: async () => ({
        ...defaultConfig,
        mode: 'custom',
        esslUrl: `${typeof simUrl === 'string' ? simUrl : simUrl()}/erms`,
        esslUser: account.username,
        ...config,
      }),
    },
    credentials: memoryCredentials({ essl: account.password }),
    logger: createMemoryLogger(),
  });
  // Handlers take the parsed arguments, the port the raw ones; for these methods they are the same.
  return handlers as unknown as EsslPort;
}

/** A device as the demo sets one up: the sim's seed imported into a fresh database. */
export async function demoDevice(live: LiveEssl): Promise<UradovnaDatabase> {
  const response = await fetch(`${live.sim.url}/demo/seed`);
  const seed = (await response.json()) as DemoSeed;
  const db = openTestDatabase();
  await importSeed(db, seed);
  return db;
}

/** An incoming letter classified by the demo plan, handled by the demo clerk. */
export async function demoInput(db: UradovnaDatabase, subject: string): Promise<NewDocumentInput> {
  const group = await db.planGroups
    .filter((candidate) => candidate.retention !== null && candidate.validTo === null)
    .first();
  const handler = (await getSetting(db, 'currentUser')) ?? 'Referent';
  if (!group) throw new Error('the demo plan has no classifiable group');
  return incomingInput({ subject, fileMark: group.fileMark, handler });
}

/** An engine that never schedules (tests call syncNow themselves). */
export function engineFor(
  db: UradovnaDatabase,
  port: EsslPort,
  options: SyncEngineOptions = {},
): SyncEngine {
  return new SyncEngine(db, port, {
    timers: { setTimeout: () => null, clearTimeout: () => undefined },
    ...options,
  });
}
