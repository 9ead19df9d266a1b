import { ContractCallError } from '../../../common/contract/envelope';
import type { DocumentRecord } from '../../../common/domain/document';
import type { DocumentProfile } from '../../../common/erms/model';
import { CommandError, runCommand } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { actorOrUnknown } from '../../db/actor';
import { appendTxLog } from '../../db/txlog/append';
import { syncErrorOf, type EsslPort } from '../esslPort';
import { SYSTEM_CODE } from '../map/toEssl';
import { applyDocumentProfile } from '../pull/applyDocument';
import { appendSyncLog } from '../syncLog';
import { returnRefusal, takeRefusal, waitingEntriesOf } from './keepingGuard';

type Refuse = typeof takeRefusal;

/**
 * The document and its waiting work, read together, or the refusal the guard gives.
 * Nothing is written, so a refused command leaves the database as it was.
 */
async function checked(db: UradovnaDatabase, pid: string, refuse: Refuse) {
  const { doc, waiting } = await db.transaction('r', [db.documents, db.outbox], async () => ({
    doc: await db.documents.get(pid),
    waiting: await waitingEntriesOf(db, pid),
  }));
  if (!doc) throw new CommandError('errors.documentNotFound');
  const refusal = refuse(doc, waiting);
  if (refusal) throw new CommandError(refusal.key, [], refusal.key, refusal.params ?? {});
  const essl = doc.essl;
  if (!essl) throw new CommandError('errors.sync.keeping.notInEssl');
  return { doc, id: essl.id };
}

/**
 * The eSSL's failure as the contract's error, whichever way it arrived (a thrown
 * ServiceError when the port is main's handlers themselves), so the clerk reads the
 * Czech text with the eSSL's own words (Kod and Popis). Anything else is a bug and
 * goes on as it is.
 */
async function callEssl<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ContractCallError) throw error;
    const failure = syncErrorOf(error);
    if (failure.code === 'errors.unexpected') throw error;
    throw new ContractCallError({
      code: failure.code,
      message: failure.message,
      params: failure.params,
    });
  }
}

/**
 * Puts the eSSL's answer into the row as a pull would (its numbers, state, fields and
 * the base of the next merge), then marks whether the device keeps it. The pull
 * leaves a kept document alone, so the mark is lifted while the profile goes in.
 * Work queued since the check is merged three ways, never overwritten.
 */
async function applyAnswer(
  db: UradovnaDatabase,
  pid: string,
  profile: DocumentProfile,
  keptHere: boolean,
  now: Date,
): Promise<{ doc: DocumentRecord; actor: string }> {
  const before = await db.documents.get(pid);
  if (!before?.essl || profile.id.value !== pid) throw new CommandError('errors.documentNotFound');
  if (before.essl.keptHere)
    await db.documents.update(pid, { essl: { ...before.essl, keptHere: false } });
  const actor = await actorOrUnknown(db);
  await applyDocumentProfile(
    db,
    profile,
    await db.outbox.toArray(),
    // The row exists, so the owner's name is never shown from here.
    { ownUser: profile.owner, ownName: actor, changedAt: before.essl.changedAt },
    now,
  );
  const applied = await db.documents.get(pid);
  if (!applied?.essl) throw new CommandError('errors.documentNotFound');
  const doc: DocumentRecord = { ...applied, essl: { ...applied.essl, keptHere } };
  await db.documents.update(pid, { essl: doc.essl });
  return { doc, actor };
}

async function recordKeeping(
  db: UradovnaDatabase,
  pid: string,
  profile: DocumentProfile,
  keeping: 'taken' | 'returned',
  now: Date,
): Promise<DocumentRecord> {
  return runCommand(() =>
    db.transaction(
      'rw',
      [db.documents, db.outbox, db.conflicts, db.syncLog, db.txlog, db.settings],
      async () => {
        const { doc, actor } = await applyAnswer(db, pid, profile, keeping === 'taken', now);
        await appendTxLog(
          db,
          [
            {
              event: 'Uprava',
              entityType: 'document',
              entityId: pid,
              actor,
              detail: { keeping, referenceNumber: doc.referenceNumber },
            },
          ],
          now,
        );
        await appendSyncLog(
          db,
          [
            {
              kind: 'edit',
              level: 'info',
              key: `sync.log.${keeping}`,
              params: { reference: doc.referenceNumber },
              entityId: pid,
            },
          ],
          now,
        );
        return doc;
      },
    ),
  );
}

/**
 * DokumentPostoupeniZadost: the eSSL hands the document into the app's exclusive
 * keeping (SpravujeIS = URADOVNA, the clerk becomes its owner) and refuses changes to
 * it from anywhere else until it is given back. Only a document the eSSL already
 * holds, and only when nothing of it waits in the outbox. A refusal of the eSSL
 * (e.g. 0003, kept by another system) is thrown with its own words.
 */
export async function takeIntoKeeping(
  db: UradovnaDatabase,
  port: Pick<EsslPort, 'essl.takeDocument'>,
  pid: string,
  now = new Date(),
): Promise<DocumentRecord> {
  const { id } = await checked(db, pid, takeRefusal);
  const profile = await callEssl(() => port['essl.takeDocument']({ id }));
  if (profile.keptBy !== SYSTEM_CODE)
    throw new CommandError('errors.sync.keeping.notHandedOver', [], undefined, {
      keeper: profile.keptBy ?? '—',
    });
  return recordKeeping(db, pid, profile, 'taken', now);
}

/**
 * DokumentVraceniZadost: gives a document kept here back to the eSSL's keeping. Its
 * changes made here must be in the eSSL first (the clerk syncs), so the eSSL's
 * profile that comes back is the whole truth and becomes the base of later merges.
 */
export async function returnFromKeeping(
  db: UradovnaDatabase,
  port: Pick<EsslPort, 'essl.returnDocument'>,
  pid: string,
  now = new Date(),
): Promise<DocumentRecord> {
  const { id } = await checked(db, pid, returnRefusal);
  const profile = await callEssl(() => port['essl.returnDocument']({ id }));
  return recordKeeping(db, pid, profile, 'returned', now);
}
