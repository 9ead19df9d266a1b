import Dexie from 'dexie';
import { base64ToUint8Array } from 'uint8array-extras';
import { ownInput } from '../../common/domain/testing/sampleDocuments';
import { statusFilter } from '../../common/isds/model';
import { officeDateString } from '../../common/domain/time';
import { importSeed } from '../../renderer/db/commands/importSeed';
import { registerDocument } from '../../renderer/db/commands/registerDocument';
import { DATABASE_NAME, schemaVersions, UradovnaDatabase } from '../../renderer/db/schema';
import { getSetting } from '../../renderer/db/settings';
import { sendQueued } from '../../renderer/databox/dispatch/sendQueued';
import { queueDispatch } from '../../renderer/databox/dispatch/queueDispatch';
import {
  sendEntries,
  sendPayloadOf,
  type DispatchEnvelope,
} from '../../renderer/databox/dispatch/sendEntry';
import { getDataboxMeta } from '../../renderer/databox/meta';
import { databoxMethods, portFromApi, type DataboxPort } from '../../renderer/databox/port';
import { receiveFrom } from '../../renderer/databox/receive/listWindow';
import { RECEIVABLE_STATES, receiveMessages } from '../../renderer/databox/receive/receiveMessages';
import { getApi } from '../../renderer/platform/api';
import { putSyncMeta } from '../../renderer/sync/syncMeta';
import { CallTimer, type CallTable } from '../isdsTiming';

/**
 * Data-box figures in Chromium's IndexedDB, against the simulated ISDS of a second
 * browser host in demo mode: the real receiveMessages and sendQueued with the
 * browser's contract client as their port, as the app runs them. bench/isdsFloors.ts
 * measures the raw floors in Node.
 */

const round = (value: number) => Math.round(value * 10) / 10;

let state: { db: UradovnaDatabase; port: DataboxPort; timer: CallTimer } | null = null;

function current() {
  if (!state) throw new Error('isdsPrepare first');
  return state;
}

/** The contract's data-box calls as the engines' port, each call timed. */
function timedPort(timer: CallTimer): DataboxPort {
  const port = portFromApi(getApi()) as unknown as Record<
    string,
    (args: unknown) => Promise<unknown>
  >;
  const timed: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const name of databoxMethods) {
    const call = port[name];
    if (call) timed[name] = timer.wrap(name, call);
  }
  return timed as unknown as DataboxPort;
}

/**
 * A fresh device set up as the demo sets one up (organisation, handlers, file plan) but
 * without the journal, numbering on its own: a number the eSSL has not confirmed is
 * provisional, and sendQueued holds such a letter back.
 */
export async function isdsPrepare(): Promise<{ boxes: string[] }> {
  const db = new UradovnaDatabase(DATABASE_NAME);
  await db.delete();
  await db.open();
  const api = getApi();
  const seed = await api['demo.loadSeed']({});
  await importSeed(db, { ...seed, documents: [], caseFiles: [], esslCursor: undefined });
  await putSyncMeta(db, 'numberSource', 'local');
  const timer = new CallTimer();
  const port = timedPort(timer);
  const { boxes } = await port['isds.boxes']({});
  state = { db, port, timer };
  return { boxes: boxes.map((box) => box.key) };
}

export interface ReceiveFigures {
  ms: number;
  listed: number;
  stored: number;
  skipped: number;
  calls: CallTable;
  /** Documents in the journal after the run. */
  documents: number;
  /** What the next receive of the box will list (for the floor, which lists the same). */
  next: { dmFromTime: string; dmStatusFilter: number };
}

/** "Stáhnout zprávy" for one box, start to end; fails on any failed message. */
export async function isdsReceive(boxKey: string, expected: number): Promise<ReceiveFigures> {
  const { db, port, timer } = current();
  timer.take();
  const started = performance.now();
  const report = await receiveMessages(db, port, { boxKeys: [boxKey] });
  const ms = performance.now() - started;
  const calls = timer.take();
  const box = report.boxes[0];
  if (!box || box.error || report.failed > 0)
    throw new Error(
      `receive failed: ${box?.error?.code ?? 'no box'}; ${report.failed} failed (${box?.failed
        .slice(0, 3)
        .map((failure) => `${failure.dmID}: ${failure.error.code} ${failure.error.message}`)
        .join('; ')})`,
    );
  if (report.stored < expected)
    throw new Error(`receive stored ${report.stored} messages, expected ${expected}`);
  return {
    ms: round(ms),
    listed: box.listed,
    stored: report.stored,
    skipped: report.skipped,
    calls,
    documents: await db.documents.count(),
    next: {
      dmFromTime: receiveFrom(await getDataboxMeta(db, 'lastReceive', boxKey), new Date()),
      dmStatusFilter: statusFilter(RECEIVABLE_STATES),
    },
  };
}

/**
 * The floor's write: the ZFOs of `dmIDs` as the receive stored them, read back (not
 * timed), then as fresh blobs in one plain bulkPut into a scratch database of the same
 * schema.
 */
export async function isdsBulkPutFloor(dmIDs: string[]): Promise<{ ms: number; bytes: number }> {
  const { db } = current();
  const stored = await db.isdsBlobs.bulkGet(dmIDs.map((dmID) => `received:${dmID}:message`));
  const zfos: Array<{ id: string; sha256: string; bytes: ArrayBuffer }> = [];
  for (const [index, row] of stored.entries()) {
    if (!row) throw new Error(`the ZFO of ${dmIDs[index]} was not stored`);
    zfos.push({ id: row.id, sha256: row.sha256, bytes: await row.blob.arrayBuffer() });
  }
  const raw = new Dexie('uradovna-bench-isds-raw');
  raw.version(4).stores(schemaVersions[4]);
  await raw.delete();
  await raw.open();
  const started = performance.now();
  await raw.table('isdsBlobs').bulkPut(
    zfos.map((zfo) => ({
      id: zfo.id,
      messageId: zfo.id.replace(/:message$/, ''),
      kind: 'message',
      sha256: zfo.sha256,
      blob: new Blob([zfo.bytes]),
    })),
  );
  const ms = performance.now() - started;
  await raw.delete();
  return { ms: round(ms), bytes: zfos.reduce((sum, zfo) => sum + zfo.bytes.byteLength, 0) };
}

/**
 * `count` own letters registered with one PDF each and queued to be sent from `boxKey`
 * to `recipient` (not timed: the clerk does this one by one over the day); their
 * envelopes as the outbox holds them, for the floor to send the same.
 */
export async function isdsQueueDispatch(
  count: number,
  boxKey: string,
  recipient: string,
  pdfsBase64: string[],
): Promise<{ ms: number; envelopes: DispatchEnvelope[] }> {
  const { db } = current();
  const group = await db.planGroups
    .filter((candidate) => candidate.retention !== null && candidate.validTo === null)
    .first();
  if (!group) throw new Error('the demo plan has no classifiable group');
  const handler = (await getSetting(db, 'currentUser')) ?? 'Referent';
  const pdfs = pdfsBase64.map((text) => base64ToUint8Array(text));
  const started = performance.now();
  for (let index = 0; index < count; index++) {
    const subject = `Rozhodnutí č. ${index + 1} odesílané datovou schránkou`;
    const now = new Date();
    const registered = await registerDocument(
      db,
      ownInput({
        subject,
        fileMark: group.fileMark,
        handler,
        createdOn: officeDateString(now),
      }),
      [{ name: `rozhodnuti-${index + 1}.pdf`, bytes: pdfs[index % pdfs.length] as Uint8Array }],
      { now },
    );
    const components = await db.components.where('pid').equals(registered.pid).toArray();
    await queueDispatch(
      db,
      {
        pid: registered.pid,
        boxKey,
        envelope: { dbIDRecipient: recipient, dmAnnotation: subject },
        fileComponentIds: components.map((component) => component.id),
      },
      { now },
    );
  }
  const ms = performance.now() - started;
  const entries = await sendEntries(db);
  if (entries.length !== count)
    throw new Error(`${entries.length} letters queued, expected ${count}`);
  return { ms: round(ms), envelopes: entries.map((entry) => sendPayloadOf(entry).envelope) };
}

/** sendQueued for one box, start to end; fails unless every queued letter went. */
export async function isdsSend(
  boxKey: string,
  count: number,
): Promise<{ ms: number; calls: CallTable }> {
  const { db, port, timer } = current();
  timer.take();
  const started = performance.now();
  const report = await sendQueued(db, port, { boxKeys: [boxKey] });
  const ms = performance.now() - started;
  const calls = timer.take();
  if (report.sent.length !== count)
    throw new Error(
      `sendQueued sent ${report.sent.length} of ${count}: ${report.refused.length} refused (${report.refused
        .slice(0, 3)
        .map((item) => `${item.error.code} ${item.error.description ?? item.error.message}`)
        .join('; ')}), ${report.waiting} waiting ${JSON.stringify(report.boxErrors)}`,
    );
  return { ms: round(ms), calls };
}

function rawPut(idb: IDBDatabase, store: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = idb.transaction(store, 'readwrite');
    transaction.objectStore(store).put(value);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Not part of any figure: how long one IndexedDB step takes on this device right now
 * (median of `runs`), to read the page's own time in sendQueued by — each letter reads
 * its record, document and file, and writes two small transactions.
 */
export async function isdsDbLatency(runs: number) {
  const { db } = current();
  const record = await db.isdsMessages.orderBy('id').last();
  const component = await db.components.orderBy('id').last();
  if (!record || !component) throw new Error('nothing stored to read back');
  const timed = async (step: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      await step();
      samples.push(performance.now() - started);
    }
    return round(median(samples));
  };
  return {
    getMs: await timed(() => db.isdsMessages.get(record.id)),
    blobReadMs: await timed(async () =>
      (await db.components.get(component.id))?.blob.arrayBuffer(),
    ),
    writeMs: await timed(() =>
      db.transaction('rw', [db.outbox, db.isdsMessages], () =>
        db.isdsMessages.update(record.id, { updatedAt: record.updatedAt }),
      ),
    ),
    // The same record put without Dexie, and a tiny row: is it the store or the wrapper?
    rawWriteMs: await timed(() => rawPut(db.backendDB(), 'isdsMessages', record)),
    tinyWriteMs: await timed(() => rawPut(db.backendDB(), 'syncMeta', { key: 'bench', value: 1 })),
  };
}
