import { ESSL_LIMITS } from '../../../common/contract/essl';
import type { EsslEvent } from '../../../common/erms/model';
import { STATUS_OK } from '../../../common/erms/model';
import { isOtherServiceOutboxKind } from '../../db/outbox';
import type { OutboxEntry, UradovnaDatabase } from '../../db/schema';
import { incompleteAnswer, SyncStop, syncErrorOf, type EsslPort } from '../esslPort';
import {
  acknowledgeCaseFile,
  acknowledgeDocuments,
  acknowledgeEntries,
  markFailed,
  type Acknowledged,
  type CreatedDocument,
} from './acknowledge';
import { entitiesOf, planStep, type PushStep } from './plan';

export interface PushReport {
  sent: number;
  refused: number;
  /** Entries still waiting (held back behind a refused one, or not reached). */
  waiting: number;
  corrections: Array<{ from: string; to: string }>;
}

export interface PushOptions {
  now?: () => Date;
  onProgress?: (done: number, total: number) => void;
}

type CreateStep = Extract<PushStep, { op: 'createDocument' }>;
type EventStep = Extract<PushStep, { op: 'events' }>;

/**
 * Sends the outbox to the eSSL in the order the commands wrote it. Consecutive
 * creations go in batches, consecutive events in one `Udalosti`; each entry leaves
 * the outbox only in the transaction that stores the eSSL's answer. A refused entry
 * (OperaceStatus ≠ 0000) waits for the user and holds back the later entries of the
 * same records; the rest go on. A failure to reach the eSSL stops the run (`SyncStop`)
 * after storing everything acknowledged so far.
 */
export async function pushOutbox(
  db: UradovnaDatabase,
  port: EsslPort,
  options: PushOptions = {},
): Promise<PushReport> {
  const now = options.now ?? (() => new Date());
  // Data messages to send wait in the same outbox but go out through the data-box engine.
  const entries = (await db.outbox.orderBy('seq').toArray()).filter(
    (entry) => !isOtherServiceOutboxKind(entry.kind),
  );
  const report: PushReport = { sent: 0, refused: 0, waiting: 0, corrections: [] };
  const blocked = new Set<string>();
  const total = entries.filter((entry) => (entry.state ?? 'pending') === 'pending').length;
  let done = 0;
  const progress = () => options.onProgress?.(done, total);

  const block = (entry: OutboxEntry) => entitiesOf(entry).forEach((id) => blocked.add(id));
  const isBlocked = (entry: OutboxEntry) => entitiesOf(entry).some((id) => blocked.has(id));

  let creations: CreateStep[] = [];
  let events: EventStep[] = [];
  let eventCount = 0;

  const flushCreations = async () => {
    if (creations.length === 0) return;
    const batch = creations;
    creations = [];
    let results;
    try {
      results = (
        await port['essl.createDocuments']({
          items: batch.map((step) => ({ document: step.document, preceding: [] })),
        })
      ).results;
    } catch (error) {
      throw new SyncStop(syncErrorOf(error));
    }
    const created: CreatedDocument[] = [];
    let stop: SyncStop | null = null;
    for (const [index, result] of results.entries()) {
      const step = batch[index];
      if (!step) break;
      if (result.ok) {
        created.push({ entry: step.entry, pid: step.pid, profile: result.profile });
        report.sent += 1;
      } else {
        const error = syncErrorOf(result.error);
        if (error.retryable || error.kind === 'auth' || error.kind === 'config') {
          stop = new SyncStop(error);
          break;
        }
        await markFailed(db, step.entry, error, now());
        block(step.entry);
        report.refused += 1;
      }
      done += 1;
    }
    // Everything the eSSL accepted is stored before a failure stops the run.
    report.corrections.push(...(await acknowledgeDocuments(db, created, now())));
    progress();
    if (stop) throw stop;
    if (results.length < batch.length) {
      // The client stops a batch only on a failure worth retrying; it said which above.
      throw new SyncStop(incompleteAnswer('batch'));
    }
  };

  const flushEvents = async () => {
    if (events.length === 0) return;
    const batch = events;
    events = [];
    eventCount = 0;
    let outcomes;
    try {
      outcomes = (await port['essl.sendEvents']({ events: batch.flatMap((step) => step.events) }))
        .outcomes;
    } catch (error) {
      throw new SyncStop(syncErrorOf(error));
    }
    const byId = new Map(outcomes.map((outcome) => [outcome.eventId, outcome.status]));
    const acknowledged: Acknowledged[] = [];
    for (const step of batch) {
      const statuses = step.events.map((event: EsslEvent) => byId.get(event.eventId));
      const refusal = statuses.find((status) => status && status.code !== STATUS_OK);
      if (statuses.some((status) => status === undefined)) {
        // An answer that leaves out an event we sent: nothing is known, so send again later.
        throw new SyncStop(incompleteAnswer('events'));
      }
      if (refusal) {
        await markFailed(
          db,
          step.entry,
          {
            code: 'errors.essl.status',
            message: refusal.description ?? refusal.code,
            kind: 'status',
            retryable: false,
            statusCode: refusal.code,
            description: refusal.description,
            params: { kind: 'status', retryable: 'no', statusCode: refusal.code },
          },
          now(),
        );
        block(step.entry);
        report.refused += 1;
      } else {
        acknowledged.push({
          entry: step.entry,
          key: `sync.log.sent.${step.entry.kind}`,
          params: {},
          kind: 'push',
          sent: step.sent,
        });
        report.sent += 1;
      }
    }
    await acknowledgeEntries(db, acknowledged, now());
    done += batch.length;
    progress();
  };

  const flushAll = async () => {
    await flushCreations();
    await flushEvents();
  };

  progress();
  for (const entry of entries) {
    const state = entry.state ?? 'pending';
    if (state !== 'pending') {
      block(entry);
      continue;
    }
    if (isBlocked(entry)) {
      // Later work on a record whose earlier entry waits for the user must wait too.
      block(entry);
      report.waiting += 1;
      continue;
    }
    const step = await planStep(db, entry);
    if (step.op === 'createDocument') {
      if (events.length > 0) await flushEvents();
      creations.push(step);
      if (creations.length >= ESSL_LIMITS.createDocuments) await flushCreations();
    } else if (step.op === 'events') {
      if (creations.length > 0) await flushCreations();
      if (eventCount + step.events.length > ESSL_LIMITS.sendEvents) await flushEvents();
      events.push(step);
      eventCount += step.events.length;
    } else if (step.op === 'createCaseFile') {
      await flushAll();
      try {
        const profile = await port['essl.createCaseFile']({ caseFile: step.caseFile });
        await acknowledgeCaseFile(db, step.entry, step.id, profile, now());
        report.sent += 1;
      } catch (error) {
        const failure = syncErrorOf(error);
        if (failure.retryable || failure.kind === 'auth' || failure.kind === 'config')
          throw new SyncStop(failure);
        await markFailed(db, step.entry, failure, now());
        block(step.entry);
        report.refused += 1;
      }
      done += 1;
      progress();
    } else {
      await flushAll();
      await acknowledgeEntries(
        db,
        [
          {
            entry: step.entry,
            key: step.reason === 'gone' ? 'sync.log.skippedGone' : 'sync.log.keptLocally',
            params: { what: step.entry.kind },
            kind: 'skip',
          },
        ],
        now(),
      );
      done += 1;
      progress();
    }
  }
  await flushAll();
  return report;
}
