import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { NewDocumentProfile } from '../common/erms/model';
import { startSim } from '../sim/server';
import { launchWebApp } from '../webhost/launch';
import { repoRoot } from '../webhost/paths';
import { profiled } from './pageProfile';
import { demoLogin, rawSoap, type EsslLogin, type RawSoap } from './rawSoap';
import { creationEnvelopes, PROFILE_CONCURRENCY, pullFloor, pushFloor, warmUp } from './syncFloors';
import { openSyncPage, syncPage } from './syncPage';
import {
  logBreakdown,
  nodeCpuMs,
  takeStats,
  timeHandlers,
  totalMs,
  type CallStats,
  type Log,
} from './syncStats';

/**
 * Sync figures: a second browser host in demo mode whose simulator holds 10,000
 * documents of the demo clerk; the bench page of that host runs the real SyncEngine
 * (bench/page/sync.ts) with the browser's contract client as its port, and the floors
 * are the same SOAP requests posted raw from here (bench/syncFloors.ts).
 */

export const SYNC_DOCUMENTS = Number(process.env.BENCH_SYNC_DOCUMENTS ?? 10_000);
const PUSH_DOCUMENTS = Number(process.env.BENCH_PUSH_DOCUMENTS ?? 1_000);
const NOOP_RUNS = 5;

type Metrics = Record<string, number>;

const round = (value: number) => Math.round(value);
const ratio = (value: number, floor: number) => Math.round((value / floor) * 100) / 100;
const load = () => loadavg()[0]?.toFixed(1) ?? '?';

interface Session {
  page: Page;
  /** Raw SOAP to the app's own simulator, for the pull floor. */
  raw: RawSoap;
  login: EsslLogin;
  /** main's handler times, taken step by step. */
  main: CallStats;
  log: Log;
}

/** A fresh device's first sync, then its floor: the raw fetch here plus one raw bulkPut in the page. */
async function initialPhase({ page, raw, login, main, log }: Session): Promise<Metrics> {
  const bench = syncPage(page);
  await bench.syncPrepare();
  log(`initial sync of ${SYNC_DOCUMENTS} documents… (load average ${load()})`);
  const cpu = nodeCpuMs();
  const initial = await profiled(page, 'initial-sync', () => bench.initialSync(SYNC_DOCUMENTS));
  const initialCpu = nodeCpuMs() - cpu;
  log(
    `initial sync: ${round(initial.ms)} ms, ${initial.documents} documents and ${initial.caseFiles} case files in ${initial.pages} pages; waiting on the contract ${round(initial.portMs)} ms, in the page ${round(initial.ms - initial.portMs)} ms; Node CPU ${round(initialCpu)} ms`,
  );
  logBreakdown(log, 'initial', initial.calls, takeStats(main));

  const fetched = await pullFloor(raw, login.username);
  log(
    `initial floor fetch: ${round(fetched.ms)} ms (Node CPU ${round(fetched.cpuMs)} ms) for ${fetched.pages} pages, ${fetched.documents} document and ${fetched.caseFiles} case-file profiles, ${(fetched.bytes / 1e6).toFixed(1)} MB; decoding them all as the client does would take ${round(fetched.decodeMs)} ms more`,
  );
  const written = await bench.bulkPutFloor();
  log(
    `initial floor write: one bulkPut of ${written.documents} documents in ${round(written.ms)} ms`,
  );
  const floor = fetched.ms + written.ms;
  return {
    initial_sync_10k_ms: round(initial.ms),
    initial_sync_floor_ms: round(floor),
    initial_sync_ratio: ratio(initial.ms, floor),
  };
}

async function noopPhase({ page, main, log }: Session): Promise<Metrics> {
  const noop = await syncPage(page).noopSync(NOOP_RUNS);
  log(`no-op sync: ${noop.samples.join(', ')} ms`);
  logBreakdown(log, 'no-op (last)', noop.calls, {});
  log(`  no-op: main's handlers took ${round(totalMs(takeStats(main)))} ms over ${NOOP_RUNS} runs`);
  return { noop_sync_ms: round(noop.ms) };
}

/** The 1,000 creations posted one by one to a sim of their own, with the same journal. */
async function pushFloorOnFreshSim(documents: NewDocumentProfile[], log: Log): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'uradovna-bench-floor-'));
  const sim = await startSim({ port: 0, dataDir, documents: SYNC_DOCUMENTS });
  try {
    const login = await demoLogin(sim.url);
    const raw = rawSoap(`${sim.url}/erms`, login, 1);
    try {
      await warmUp(raw, login.username);
      await pushFloor(raw, creationEnvelopes(documents.slice(0, 20), login.username));
      const envelopes = creationEnvelopes(documents, login.username);
      const cpu = nodeCpuMs();
      const ms = await pushFloor(raw, envelopes);
      log(
        `push floor: ${envelopes.length} DokumentZalozeni one by one in ${round(ms)} ms; Node CPU ${round(nodeCpuMs() - cpu)} ms`,
      );
      return ms;
    } finally {
      raw.close();
    }
  } finally {
    await sim.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function pushPhase({ page, main, log }: Session): Promise<Metrics> {
  const bench = syncPage(page);
  log(`queueing ${PUSH_DOCUMENTS} registrations…`);
  const queued = await bench.queueRegistrations(PUSH_DOCUMENTS);
  log(
    `queued in ${round(queued.registerMs)} ms (not timed); planning their push steps as the push does (planStep) took ${round(queued.planMs)} ms`,
  );
  const cpu = nodeCpuMs();
  const push = await profiled(page, 'push', () => bench.pushSync(PUSH_DOCUMENTS));
  log(
    `push: ${round(push.ms)} ms (${push.corrections} numbers corrected, ${push.pulled} rows changed by the pull after it); waiting on the contract ${round(push.portMs)} ms, in the page ${round(push.ms - push.portMs)} ms; Node CPU ${round(nodeCpuMs() - cpu)} ms`,
  );
  logBreakdown(log, 'push', push.calls, takeStats(main));
  // After the app's push: the floor's sim is another, and its work must not overlap.
  const floor = await pushFloorOnFreshSim(queued.documents, log);
  return {
    push_1k_ms: round(push.ms),
    push_1k_floor_ms: round(floor),
    push_1k_ratio: ratio(push.ms, floor),
  };
}

export async function syncBench(browser: Browser, log: Log): Promise<Metrics> {
  const dataDir = await mkdtemp(join(tmpdir(), 'uradovna-bench-sync-'));
  log(`sync: a second app whose eSSL holds ${SYNC_DOCUMENTS} documents…`);
  const app = await launchWebApp({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    demo: true,
    demoDocuments: SYNC_DOCUMENTS,
    extraStatic: [{ prefix: '/bench/', dir: join(repoRoot, 'out', 'bench') }],
  });
  let raw: RawSoap | null = null;
  let page: Page | null = null;
  try {
    if (!app.simUrl) throw new Error('the demo app started without its simulator');
    const login = await demoLogin(app.simUrl);
    raw = rawSoap(`${app.simUrl}/erms`, login, PROFILE_CONCURRENCY);
    await warmUp(raw, login.username);
    page = await openSyncPage(browser, app.host.url);
    const session: Session = {
      page,
      raw,
      login,
      main: timeHandlers(app.host.handlers),
      log,
    };
    const metrics = {
      ...(await initialPhase(session)),
      ...(await noopPhase(session)),
      ...(await pushPhase(session)),
    };
    log(`sync part done (load average ${load()})`);
    return metrics;
  } finally {
    await page?.context().close();
    raw?.close();
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
