/**
 * The data-box engines against the real simulator over HTTP, in Node: the device is a
 * fake-indexeddb database, ISDS is `startSim`'s, and the port is main's own `isds.*`
 * handlers in demo mode (the code the Electron shell and the browser host run), so these
 * tests cover everything but the IPC hop.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContractCallError } from '../../../common/contract/envelope';
import type { AppInfo } from '../../../common/contract/types';
import { ConfigStore } from '../../../main/services/config/configStore';
import { createIsdsHandlers } from '../../../main/services/isds/handlers';
import { createIsdsClientFactory } from '../../../main/services/isds/session';
import { MemoryCredentials } from '../../../main/services/credentials/testing/memoryCredentials';
import { createMemoryLogger } from '../../../main/services/log/logger';
import { startSim, type RunningSim, type SimOptions } from '../../../sim/server';
import type { UradovnaDatabase } from '../../db/schema';
import { configureOffice, openTestDatabase } from '../../db/testing/fixtures';
import { databoxMethods, type DataboxPort } from '../port';

/** The demo's boxes as main names them. */
export const MUNICIPALITY = 'demo-obec';
export const SCHOOL = 'demo-skola';

export interface LiveIsds {
  sim: RunningSim;
  port: DataboxPort;
  /** ISDS's clock (the device uses it too, so "today" agrees on both sides). */
  now(): Date;
  close(): Promise<void>;
}

export async function startLiveIsds(options: SimOptions = {}): Promise<LiveIsds> {
  const simDir = await mkdtemp(join(tmpdir(), 'uradovna-isds-sim-'));
  const dataDir = await mkdtemp(join(tmpdir(), 'uradovna-isds-'));
  const sim = await startSim({ port: 0, documents: 20, dataDir: simDir, ...options });
  const logger = createMemoryLogger();
  const info: AppInfo = { version: 'test', platform: 'web', demo: true, dataDir, simUrl: sim.url };
  const config = new ConfigStore(join(dataDir, 'config.json'), logger);
  await config.update({ mode: 'demo' });
  const handlers = createIsdsHandlers({
    info,
    config,
    credentials: new MemoryCredentials(),
    logger,
    createClient: createIsdsClientFactory({ env: {}, busyDelaysMs: [20, 40] }),
  });
  // Handlers take the parsed arguments, the port the raw ones; for these methods they are the same.
  const port = Object.fromEntries(
    databoxMethods.map((name) => [name, handlers[name]]),
  ) as unknown as DataboxPort;
  return {
    sim,
    port,
    now: () => sim.isds.now(),
    async close() {
      await sim.close();
      await rm(simDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The ISDS box ID of a demo box (as the simulator seeded it). */
export function dbIDOf(
  live: LiveIsds,
  role: 'municipality' | 'school' | 'citizen' | 'firm',
): string {
  const box = live.sim.isds.boxes().find((candidate) => candidate.role === role);
  if (!box) throw new Error(`the sim has no ${role} box`);
  return box.dbID;
}

/** A device with the office configured (sample file plan, the clerk). */
export async function liveDevice(): Promise<UradovnaDatabase> {
  const db = openTestDatabase();
  await configureOffice(db);
  return db;
}

function transportFailure(): ContractCallError {
  return new ContractCallError({
    code: 'errors.isds.transport',
    message: 'Spojení s datovou schránkou se nezdařilo.',
    params: { kind: 'transport', retryable: 'yes' },
  });
}

export interface SwitchablePort {
  port: DataboxPort;
  /** Every call fails as if the line were down. */
  offline: boolean;
  /** The next `isds.send` reaches ISDS, but its answer is lost on the way back. */
  loseNextSendAnswer: boolean;
  /** How many times `isds.send` reached ISDS. */
  sends: number;
}

/** The live port with a line that can drop (before a request, or after it reached ISDS). */
export function switchable(port: DataboxPort): SwitchablePort {
  const control: SwitchablePort = {
    port: {} as DataboxPort,
    offline: false,
    loseNextSendAnswer: false,
    sends: 0,
  };
  control.port = Object.fromEntries(
    databoxMethods.map((name) => [
      name,
      async (args: never) => {
        if (control.offline) throw transportFailure();
        const result = await (port[name] as (args: never) => Promise<unknown>)(args);
        if (name === 'isds.send') {
          control.sends += 1;
          if (control.loseNextSendAnswer) {
            control.loseNextSendAnswer = false;
            throw transportFailure();
          }
        }
        return result;
      },
    ]),
  ) as unknown as DataboxPort;
  return control;
}
