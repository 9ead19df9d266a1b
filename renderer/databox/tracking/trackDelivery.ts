import type { DataMessageRecord } from '../../../common/domain/databox';
import { messageStates, statusFilter, type StateChange } from '../../../common/isds/model';
import type { UradovnaDatabase } from '../../db/schema';
import { attachDeliveryInfo, attachSentMessage } from '../commands/attachSigned';
import { getDataboxMeta, putDataboxMeta } from '../meta';
import { fictionOf } from '../model/fiction';
import { boxesFor } from '../receive/receiveMessages';
import { listAll } from '../receive/listWindow';
import { boxUnavailable, databoxErrorOf, type DataboxError, type DataboxPort } from '../port';

/** State changes are read again from a little before the last one seen (clocks, late writes). */
export const STATE_MARGIN_MS = 60 * 60_000;

/** States after which a message's delivery is settled (delivered, read, or gone). */
const SETTLED = new Set<number>([
  messageStates.deliveredByFiction,
  messageStates.deliveredByLogin,
  messageStates.read,
  messageStates.undeliverable,
  messageStates.contentDeleted,
  messageStates.inVault,
]);
/** States whose signed delivery info is worth keeping (the proof of delivery). */
const DELIVERED = new Set<number>([
  messageStates.deliveredByFiction,
  messageStates.deliveredByLogin,
  messageStates.read,
]);

export interface TrackReport {
  /** Records whose state or times changed. */
  updated: number;
  /** Signed sent messages downloaded now. */
  messageZfos: number;
  /** Signed delivery infos downloaded now. */
  deliveryZfos: number;
  boxErrors: Record<string, DataboxError>;
}

export interface TrackOptions {
  boxKeys?: ReadonlyArray<string>;
  signal?: AbortSignal;
  now?: () => Date;
}

/** A sent message with something still to learn: its state, its signed copy, its doručenka. */
function isOpen(record: DataMessageRecord, hasMessageZfo: boolean): boolean {
  if (!record.dmID) return false;
  if (!hasMessageZfo) return true;
  if (!SETTLED.has(record.state)) return true;
  return DELIVERED.has(record.state) && !record.hasDeliveryZfo;
}

async function openRecords(db: UradovnaDatabase, boxKey: string): Promise<DataMessageRecord[]> {
  const sent = await db.isdsMessages
    .where('[boxKey+direction+createdAt]')
    .between([boxKey, 'sent', ''], [boxKey, 'sent', '\uffff'])
    .toArray();
  const blobs = await db.isdsBlobs.bulkGet(sent.map((record) => `${record.id}:message`));
  return sent.filter((record, index) => isOpen(record, blobs[index] !== undefined));
}

/**
 * Follows the messages we sent until their delivery is settled: the box's state
 * changes since its cursor (or, where a gateway cannot tell them, the sent list)
 * update state, delivery and acceptance times and the date of the fiction; the
 * signed sent message is kept as the message's ZFO; once delivered, the signed
 * doručenka is kept with its events. Nothing is asked of a box with nothing open.
 */
export async function trackDelivery(
  db: UradovnaDatabase,
  port: DataboxPort,
  options: TrackOptions = {},
): Promise<TrackReport> {
  const now = options.now ?? (() => new Date());
  const report: TrackReport = { updated: 0, messageZfos: 0, deliveryZfos: 0, boxErrors: {} };
  const boxKeys = options.boxKeys ?? (await boxesFor(port).catch(() => [])).map((box) => box.key);
  for (const boxKey of boxKeys) {
    if (options.signal?.aborted) break;
    try {
      await trackBox(db, port, boxKey, report, now, options.signal);
    } catch (error) {
      if (options.signal?.aborted) break;
      report.boxErrors[boxKey] = databoxErrorOf(error);
    }
  }
  return report;
}

async function trackBox(
  db: UradovnaDatabase,
  port: DataboxPort,
  boxKey: string,
  report: TrackReport,
  now: () => Date,
  signal: AbortSignal | undefined,
): Promise<void> {
  let open = await openRecords(db, boxKey);
  if (open.length === 0) return;

  report.updated += await applyStates(db, port, boxKey, open, now());

  open = await openRecords(db, boxKey);
  for (const record of open) {
    signal?.throwIfAborted();
    const dmID = record.dmID as string;
    const hasMessage = (await db.isdsBlobs.get(`${record.id}:message`)) !== undefined;
    if (!hasMessage) {
      const signed = await tolerant(port['isds.downloadSent']({ key: boxKey, dmID }));
      if (signed) {
        await attachSentMessage(db, record.id, signed, now());
        report.messageZfos += 1;
      }
    }
    const current = await db.isdsMessages.get(record.id);
    if (current && DELIVERED.has(current.state) && !current.hasDeliveryZfo) {
      const signed = await tolerant(port['isds.signedDeliveryInfo']({ key: boxKey, dmID }));
      if (signed) {
        await attachDeliveryInfo(db, record.id, signed, now());
        report.deliveryZfos += 1;
      }
    }
  }
}

/**
 * A failure of one message's download is left for the next run; a box that cannot be
 * reached stops (the caller reports it).
 */
async function tolerant<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (boxUnavailable(databoxErrorOf(error))) throw error;
    return null;
  }
}

/** What the state changes (or the sent list) say of the open records; returns how many changed. */
async function applyStates(
  db: UradovnaDatabase,
  port: DataboxPort,
  boxKey: string,
  open: DataMessageRecord[],
  now: Date,
): Promise<number> {
  const byDmID = new Map(open.map((record) => [record.dmID as string, record]));
  const cursor = await getDataboxMeta(db, 'stateCursor', boxKey);
  const oldest = open.reduce(
    (min, record) => (record.createdAt < min ? record.createdAt : min),
    open[0]?.createdAt ?? now.toISOString(),
  );
  const fromMs = Date.parse(cursor && cursor < oldest ? cursor : oldest) - STATE_MARGIN_MS;
  const from = new Date(fromMs).toISOString();

  let changes: StateChange[];
  try {
    ({ changes } = await port['isds.stateChanges']({ key: boxKey, from, to: null }));
  } catch (error) {
    const failure = databoxErrorOf(error);
    if (boxUnavailable(failure)) throw error;
    // A gateway without GetMessageStateChanges: the sent list tells the same.
    return applyList(db, port, boxKey, byDmID, from, now);
  }
  const ordered = [...changes].sort((a, b) => a.dmEventTime.localeCompare(b.dmEventTime));
  const updates = new Map<string, Partial<DataMessageRecord>>();
  for (const change of ordered) {
    const record = byDmID.get(change.dmID);
    if (!record) continue;
    const base = { ...record, ...updates.get(record.id) };
    const next: Partial<DataMessageRecord> = { ...updates.get(record.id) };
    if (change.dmMessageStatus > base.state) next.state = change.dmMessageStatus;
    if (change.dmMessageStatus === messageStates.deliveredToBox && !base.deliveryTime)
      next.deliveryTime = change.dmEventTime;
    if (
      (change.dmMessageStatus === messageStates.deliveredByFiction ||
        change.dmMessageStatus === messageStates.deliveredByLogin) &&
      !base.acceptanceTime
    )
      next.acceptanceTime = change.dmEventTime;
    updates.set(record.id, next);
  }
  const latest = ordered.at(-1)?.dmEventTime;
  const changed = await writeUpdates(db, byDmID, updates, now);
  if (latest && (!cursor || latest > cursor))
    await putDataboxMeta(db, 'stateCursor', boxKey, latest);
  return changed;
}

async function applyList(
  db: UradovnaDatabase,
  port: DataboxPort,
  boxKey: string,
  byDmID: Map<string, DataMessageRecord>,
  from: string,
  now: Date,
): Promise<number> {
  const records = await listAll(port, 'isds.listSent', { key: boxKey }, from, statusFilter('all'));
  const updates = new Map<string, Partial<DataMessageRecord>>();
  for (const listed of records) {
    const record = byDmID.get(listed.envelope.dmID);
    if (!record) continue;
    updates.set(record.id, {
      state: Math.max(record.state, listed.dmMessageStatus),
      deliveryTime: listed.dmDeliveryTime ?? record.deliveryTime,
      acceptanceTime: listed.dmAcceptanceTime ?? record.acceptanceTime,
    });
  }
  return writeUpdates(db, byDmID, updates, now);
}

async function writeUpdates(
  db: UradovnaDatabase,
  byDmID: Map<string, DataMessageRecord>,
  updates: Map<string, Partial<DataMessageRecord>>,
  now: Date,
): Promise<number> {
  const records = new Map([...byDmID.values()].map((record) => [record.id, record]));
  let changed = 0;
  await db.transaction('rw', [db.isdsMessages], async () => {
    for (const [id, patch] of updates) {
      const record = records.get(id);
      if (!record) continue;
      const merged = { ...record, ...patch };
      const fictionAt = fictionOf(merged.state, merged.deliveryTime, record.fictionAt);
      if (
        merged.state === record.state &&
        merged.deliveryTime === record.deliveryTime &&
        merged.acceptanceTime === record.acceptanceTime &&
        fictionAt === record.fictionAt
      )
        continue;
      changed += 1;
      await db.isdsMessages.update(id, {
        state: merged.state,
        deliveryTime: merged.deliveryTime,
        acceptanceTime: merged.acceptanceTime,
        fictionAt,
        updatedAt: now.toISOString(),
      });
    }
  });
  return changed;
}
