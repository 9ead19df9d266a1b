import type { Refusal } from '../../../common/domain/caseFileGuards';
import type { DocumentRecord } from '../../../common/domain/document';
import type { UradovnaDatabase } from '../../db/schema';
import { entitiesOf } from '../push/plan';

type KeepingDoc = Pick<DocumentRecord, 'essl'>;

/**
 * Outbox entries of this device that touch the document, whatever their state: pending
 * ones have not reached the eSSL, failed and held ones wait for the clerk. Any of them
 * means the eSSL's copy and this one still differ.
 */
export async function waitingEntriesOf(db: UradovnaDatabase, pid: string): Promise<number> {
  return db.outbox.filter((entry) => entitiesOf(entry).includes(pid)).count();
}

/**
 * Why the document cannot be taken into the app's exclusive keeping now, or null. The
 * same answer for the command and for the button that says why it is disabled.
 * Waiting work blocks it: the eSSL's profile that comes back would meet changes the
 * eSSL never saw.
 */
export function takeRefusal(doc: KeepingDoc, waiting: number): Refusal | null {
  if (!doc.essl) return { key: 'errors.sync.keeping.notInEssl' };
  if (doc.essl.keptHere) return { key: 'errors.sync.keeping.alreadyKept' };
  if (waiting > 0) return { key: 'errors.sync.keeping.waitingTake', params: { count: waiting } };
  return null;
}

/**
 * Why the document cannot be given back now, or null. What was changed here while it
 * was kept must reach the eSSL first: once given back, others may change it there and
 * this device's late edits would meet them as conflicts.
 */
export function returnRefusal(doc: KeepingDoc, waiting: number): Refusal | null {
  if (!doc.essl?.keptHere) return { key: 'errors.sync.keeping.notKept' };
  if (waiting > 0) return { key: 'errors.sync.keeping.waitingReturn', params: { count: waiting } };
  return null;
}
