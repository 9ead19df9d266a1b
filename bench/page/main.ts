import Dexie from 'dexie';
import type { DemoSeed } from '../../common/contract/types';
import { foldText, tokenize } from '../../common/domain/search';
import { importSeed, recordsFromSeed } from '../../renderer/db/commands/importSeed';
import {
  JournalOrderCache,
  planJournal,
  readPlanRows,
  countPlan,
} from '../../renderer/db/journal/query';
import { searchTerms } from '../../renderer/db/journal/search';
import { DATABASE_NAME, schemaVersions, UradovnaDatabase } from '../../renderer/db/schema';
import { putSyncMeta } from '../../renderer/sync/syncMeta';
import { generateDemoSeed } from '../../sim/seed';
import {
  isdsBulkPutFloor,
  isdsDbLatency,
  isdsPrepare,
  isdsQueueDispatch,
  isdsReceive,
  isdsSend,
} from './isds';
import { disposalBench, prepareLifecycle, sipBench } from './lifecycle';
import {
  bulkPutFloor,
  initialSync,
  noopSync,
  pushSync,
  queueRegistrations,
  syncPrepare,
} from './sync';

/**
 * Measurements that need the real IndexedDB of Chromium, driven by bench/run.ts.
 * Each function returns plain numbers; the runner prints them.
 */

let seed: DemoSeed | null = null;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** `planXml`: the demo plan (sim/seed/filePlan.xml), which bench/run.ts reads and hands over. */
async function seedJournal(count: number, planXml: string) {
  seed = generateDemoSeed({ documents: count, today: new Date(), planXml });
  const db = new UradovnaDatabase(DATABASE_NAME);
  await db.delete();
  await db.open();
  const started = performance.now();
  await importSeed(db, seed);
  const seedMs = performance.now() - started;
  // The journal part measures a PC that numbers on its own (no eSSL reached): this
  // generated journal is not the simulator's, whose reserved numbers would land in
  // the middle of it. The sync part measures the eSSL on a journal of its own.
  await putSyncMeta(db, 'numberSource', 'local');
  db.close();

  // The floor: the same rows, already built, written with one plain bulkPut into a
  // database with the same schema (same indexes) — no records built, no log.
  const records = recordsFromSeed(seed);
  const raw = new Dexie('uradovna-bench-raw');
  raw.version(2).stores(schemaVersions[2]);
  await raw.delete();
  await raw.open();
  const rawStarted = performance.now();
  await raw.table('documents').bulkPut(records);
  const rawMs = performance.now() - rawStarted;
  await raw.delete();

  return {
    seed_docs_per_s: Math.round(count / (seedMs / 1000)),
    seed_raw_docs_per_s: Math.round(count / (rawMs / 1000)),
    seed_ms: Math.round(seedMs),
    seed_raw_ms: Math.round(rawMs),
  };
}

/** What a clerk types into the search box, keystroke by keystroke, for ten real targets. */
function typedQueries(data: DemoSeed): string[] {
  const docs = data.documents;
  const pick = (index: number) => docs[Math.floor((index / 10) * docs.length)]!;
  const prefixes = (text: string, from = 3, max = 5) => {
    const out: string[] = [];
    for (let length = from; length <= text.length && out.length < max; length++)
      out.push(text.slice(0, length));
    if (out[out.length - 1] !== text && out.length === max) out[max - 1] = text;
    return out;
  };
  const queries: string[] = [];
  const personDoc =
    docs.find((doc) => doc.direction === 'incoming' && doc.sender.kind === 'person') ?? pick(1);
  const surname =
    personDoc.direction === 'incoming'
      ? (personDoc.sender.name.split(' ').pop() ?? 'Novák')
      : 'Novák';
  queries.push(...prefixes(surname, 3, 4));
  queries.push(...prefixes('rizeni', 3, 4));
  const firmDoc =
    docs.find((doc) => doc.direction === 'incoming' && doc.sender.kind === 'organization') ??
    pick(2);
  const firm = firmDoc.direction === 'incoming' ? firmDoc.sender.name.split(' ')[0]! : 'Stavby';
  queries.push(...prefixes(firm, 3, 4));
  const numbered = pick(5);
  const reference = `${data.organization.abbreviation} ${numbered.sequence}/${numbered.year}`;
  queries.push(
    data.organization.abbreviation,
    `${data.organization.abbreviation} ${String(numbered.sequence).slice(0, 1)}`,
  );
  queries.push(
    `${data.organization.abbreviation} ${numbered.sequence}`,
    `${data.organization.abbreviation} ${numbered.sequence}/`,
    reference,
  );
  const pid = pick(7).pid;
  queries.push(pid.slice(0, 6), pid.slice(0, 8), pid);
  queries.push('zad', 'zadost', 'zadost kac', 'zadost kace', 'zadost kaceni');
  queries.push('kra', 'kraj', 'krajsky', 'krajsky ur', 'krajsky urad');
  queries.push(...prefixes('faktura', 3, 4));
  const subjectWords = tokenize(pick(3).subject).filter((word) => word.length >= 5);
  queries.push(...prefixes(subjectWords[0] ?? 'smlouva', 3, 4));
  const ownDoc = docs.find((doc) => doc.direction === 'own') ?? pick(4);
  const addressee =
    ownDoc.direction === 'own' ? (ownDoc.addressees[0]?.name.split(' ')[0] ?? 'obec') : 'obec';
  queries.push(...prefixes(addressee, 3, 4));
  const senderRef = docs.find((doc) => doc.direction === 'incoming' && doc.senderReference?.number);
  const refNumber =
    senderRef?.direction === 'incoming' ? (senderRef.senderReference?.number ?? 'KUJCK') : 'KUJCK';
  queries.push(refNumber.split(/[ /]/)[0]!.slice(0, 5), refNumber);
  // Fill up to fifty with further names of senders, typed the same way.
  for (let index = 0; queries.length < 50 && index < docs.length; index += 97) {
    const doc = docs[index]!;
    const name = doc.direction === 'incoming' ? doc.sender.name : (doc.addressees[0]?.name ?? '');
    const word = name.split(' ').find((part) => part.length >= 5);
    if (word) queries.push(...prefixes(word, 3, Math.min(3, 50 - queries.length)));
  }
  return queries.slice(0, 50);
}

/** `ignore`: the organisation's abbreviation, which our search leaves out as well. */
async function rawResult(
  db: UradovnaDatabase,
  query: string,
  ignore: string,
): Promise<Set<string>> {
  const terms = searchTerms(query, ignore);
  const sets = await Promise.all(
    terms.map(async (term) => {
      const clause = db.documents.where('words');
      const keys = (await (
        term.prefix ? clause.startsWith(term.word) : clause.equals(term.word)
      ).primaryKeys()) as string[];
      return new Set(keys);
    }),
  );
  const [first, ...rest] = sets;
  if (!first) return new Set();
  return new Set([...first].filter((pid) => rest.every((set) => set.has(pid))));
}

async function searchBench() {
  if (!seed) throw new Error('seed first');
  const db = new UradovnaDatabase(DATABASE_NAME);
  await db.open();
  const cache = new JournalOrderCache();
  const organization = seed.organization;
  const queries = typedQueries(seed);
  // Warm the caches as the journal does after painting; typing comes later.
  const warmStarted = performance.now();
  await cache.warm(db);
  const warmMs = performance.now() - warmStarted;
  const ours: number[] = [];
  const raw: number[] = [];
  let mismatches = 0;
  const details: Array<[string, number, number, number]> = [];
  for (const query of queries) {
    let started = performance.now();
    const plan = await planJournal(
      db,
      { search: query, sort: 'referenceNumber', descending: true },
      cache,
      organization,
    );
    await readPlanRows(db, plan, 0, 50);
    const oursMs = performance.now() - started;
    const found = await countPlan(db, plan);

    started = performance.now();
    const rawSet = await rawResult(db, query, foldText(organization.abbreviation));
    const rawMs = performance.now() - started;
    // Our search also answers a full reference number directly; the raw floor is only
    // compared where it answers the same question.
    if (plan.kind === 'keys' && rawSet.size !== found && rawSet.size > 0) mismatches += 1;
    ours.push(oursMs);
    raw.push(rawMs);
    details.push([query, Math.round(oursMs), Math.round(rawMs), found]);
  }
  db.close();
  return {
    search_p95_ms: round(percentile(ours, 95)),
    search_raw_p95_ms: round(percentile(raw, 95)),
    search_median_ms: round(percentile(ours, 50)),
    search_queries: queries.length,
    search_result_mismatches: mismatches,
    search_warm_ms: Math.round(warmMs),
    details,
  };
}

/** Errors cross to the runner as text: name, message and Dexie's inner cause. */
function described<A extends unknown[], R>(run: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    try {
      return await run(...args);
    } catch (error) {
      const { name, message, inner } = error as {
        name?: string;
        message?: string;
        inner?: { name?: string; message?: string };
      };
      throw new Error(`${name}: ${message}${inner ? ` (${inner.name}: ${inner.message})` : ''}`);
    }
  };
}

const api = {
  seedJournal: described(seedJournal),
  searchBench: described(searchBench),
  prepareLifecycle: described(prepareLifecycle),
  disposalBench: described(disposalBench),
  sipBench: described(sipBench),
  syncPrepare: described(syncPrepare),
  initialSync: described(initialSync),
  bulkPutFloor: described(bulkPutFloor),
  noopSync: described(noopSync),
  queueRegistrations: described(queueRegistrations),
  pushSync: described(pushSync),
  isdsPrepare: described(isdsPrepare),
  isdsReceive: described(isdsReceive),
  isdsBulkPutFloor: described(isdsBulkPutFloor),
  isdsQueueDispatch: described(isdsQueueDispatch),
  isdsSend: described(isdsSend),
  isdsDbLatency: described(isdsDbLatency),
};
(window as unknown as { bench: typeof api }).bench = api;
document.getElementById('state')!.textContent = 'ready';
