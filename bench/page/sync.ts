import Dexie from 'dexie';
import { incomingInput } from '../../common/domain/testing/sampleDocuments';
import type { NewDocumentProfile } from '../../common/erms/model';
import { importSeed } from '../../renderer/db/commands/importSeed';
import { registerDocument } from '../../renderer/db/commands/registerDocument';
import { DATABASE_NAME, schemaVersions, UradovnaDatabase } from '../../renderer/db/schema';
import { getSetting } from '../../renderer/db/settings';
import { getApi } from '../../renderer/platform/api';
import { SyncEngine, type RunReport } from '../../renderer/sync/engine';
import { planStep } from '../../renderer/sync/push/plan';
import { TimedPort, type CallStats } from './timedPort';

/**
 * Sync figures in Chromium's IndexedDB, against the simulator of a second
 * browser host: a fresh device's first pull, a sync with nothing to do, and a push of
 * queued registrations — the real SyncEngine with the browser's contract client as
 * its port, as the app runs it. bench/syncFloors.ts measures the raw floors in Node.
 */

const round = (value: number) => Math.round(value * 10) / 10;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

let state: { db: UradovnaDatabase; engine: SyncEngine; timed: TimedPort } | null = null;

function current() {
  if (!state) throw new Error('syncPrepare first');
  return state;
}

function checked(report: RunReport, what: string): RunReport {
  if (!report.ok)
    throw new Error(
      `${what}: sync failed (${report.error?.code ?? '?'}: ${report.error?.message ?? ''})`,
    );
  return report;
}

/**
 * A fresh device set up as the demo sets one up — organisation, handlers and the file
 * plan from the simulator's seed — but with none of its documents and no pull cursor,
 * so the first sync has the whole journal to fetch.
 */
export async function syncPrepare(): Promise<Record<string, number>> {
  const db = new UradovnaDatabase(DATABASE_NAME);
  await db.delete();
  await db.open();
  const api = getApi();
  const seed = await api['demo.loadSeed']({});
  await importSeed(db, { ...seed, documents: [], caseFiles: [], esslCursor: undefined });
  const timed = new TimedPort(api);
  // Runs only when asked: the runner calls syncNow itself.
  const engine = new SyncEngine(db, timed.port, {
    timers: { setTimeout: () => null, clearTimeout: () => undefined },
  });
  state = { db, engine, timed };
  return { sync_seed_documents: seed.documents.length };
}

/** The first sync of the fresh device, start to end; fails unless the journal arrived. */
export async function initialSync(expected: number) {
  const { db, engine, timed } = current();
  timed.reset();
  const started = performance.now();
  const report = checked(await engine.syncNow('start'), 'initial sync');
  const ms = performance.now() - started;
  const calls = timed.finish();
  const documents = await db.documents.count();
  if (documents < expected)
    throw new Error(`initial sync left ${documents} documents on the device, expected ${expected}`);
  return {
    ms: round(ms),
    portMs: round(timed.waitingMs()),
    documents,
    caseFiles: await db.caseFiles.count(),
    pages: report.pull?.pages ?? 0,
    created: report.pull?.created ?? 0,
    calls,
  };
}

/**
 * The floor's write: the documents the sync stored, read back (not timed) and written
 * with one plain bulkPut into a scratch database of the same schema.
 */
export async function bulkPutFloor(): Promise<{ ms: number; documents: number }> {
  const { db } = current();
  const records = await db.documents.toArray();
  const raw = new Dexie('uradovna-bench-sync-raw');
  raw.version(3).stores(schemaVersions[3]);
  await raw.delete();
  await raw.open();
  const started = performance.now();
  await raw.table('documents').bulkPut(records);
  const ms = performance.now() - started;
  await raw.delete();
  return { ms: round(ms), documents: records.length };
}

/** Syncs with nothing to do, right after the first one; the median of `runs`. */
export async function noopSync(runs: number) {
  const { engine, timed } = current();
  const samples: number[] = [];
  let last: CallStats = {};
  for (let run = 0; run < runs; run++) {
    timed.reset();
    const started = performance.now();
    const report = checked(await engine.syncNow('interval'), 'no-op sync');
    samples.push(performance.now() - started);
    last = timed.finish();
    const changed = (report.pull?.created ?? 0) + (report.pull?.updated ?? 0);
    if (changed > 0 || (report.push?.sent ?? 0) > 0)
      throw new Error(`the no-op sync did work: ${JSON.stringify(report)}`);
  }
  return { ms: round(median(samples)), samples: samples.map(round), calls: last };
}

/**
 * Registers `count` incoming letters as the clerk would (demo plan, demo handler), not
 * timed, and returns what their push will send (for the raw floor in Node).
 */
export async function queueRegistrations(count: number) {
  const { db } = current();
  const group = await db.planGroups
    .filter((candidate) => candidate.retention !== null && candidate.validTo === null)
    .first();
  if (!group) throw new Error('the demo plan has no classifiable group');
  const handler = (await getSetting(db, 'currentUser')) ?? 'Referent';
  const before = await db.outbox.count();
  const started = performance.now();
  for (let index = 0; index < count; index++) {
    await registerDocument(
      db,
      incomingInput({
        subject: `Žádost o vyjádření k synchronizaci č. ${index + 1}`,
        fileMark: group.fileMark,
        handler,
      }),
    );
  }
  const registerMs = performance.now() - started;
  const entries = await db.outbox.orderBy('seq').offset(before).toArray();
  const documents: NewDocumentProfile[] = [];
  // The push plans every entry the same way; its time is part of the push's page time.
  const planStarted = performance.now();
  for (const entry of entries) {
    const step = await planStep(db, entry);
    if (step.op === 'createDocument') documents.push(step.document);
  }
  const planMs = performance.now() - planStarted;
  if (documents.length !== count)
    throw new Error(`${documents.length} registrations queued, expected ${count}`);
  return { registerMs: round(registerMs), planMs: round(planMs), documents };
}

/** The push of the queued registrations, the whole run (with the pull that follows it). */
export async function pushSync(count: number) {
  const { db, engine, timed } = current();
  timed.reset();
  const started = performance.now();
  const report = checked(await engine.syncNow('change'), 'push');
  const ms = performance.now() - started;
  const calls = timed.finish();
  const left = await db.outbox.count();
  if ((report.push?.sent ?? 0) !== count || left !== 0)
    throw new Error(`push sent ${report.push?.sent ?? 0} of ${count}; ${left} left in the outbox`);
  return {
    ms: round(ms),
    portMs: round(timed.waitingMs()),
    corrections: report.push?.corrections.length ?? 0,
    pulled: (report.pull?.created ?? 0) + (report.pull?.updated ?? 0),
    calls,
  };
}
