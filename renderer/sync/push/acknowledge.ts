import type { CaseFileRecord } from '../../../common/domain/caseFile';
import {
  collectionSheetJournalOrder,
  collectionSheetReference,
} from '../../../common/domain/caseFile';
import type { DocumentRecord } from '../../../common/domain/document';
import { journalOrder } from '../../../common/domain/referenceNumber';
import { indexWords } from '../../../common/domain/search';
import type { CaseFileProfile, DocumentProfile } from '../../../common/erms/model';
import type { OutboxEntry, UradovnaDatabase } from '../../db/schema';
import { getSetting } from '../../db/settings';
import { appendTxLog, type TxLogDraft } from '../../db/txlog/append';
import { esslLinkOf, withSearchFields } from '../map/fromEssl';
import type { EditableFields } from '../map/editable';
import type { SyncError } from '../esslPort';
import { appendSyncLog, type SyncLogDraft } from '../syncLog';

async function actorOf(db: UradovnaDatabase): Promise<string> {
  return (await getSetting(db, 'currentUser')) ?? 'Úřadovna';
}

export interface CreatedDocument {
  entry: OutboxEntry;
  pid: string;
  profile: DocumentProfile;
}

/**
 * Stores what the eSSL answered to created documents and removes their entries, in
 * one transaction per batch: each number is confirmed, or corrected (the journal row,
 * the search words, a sběrný arch's members, the transaction log and the sync log
 * all say so).
 */
export async function acknowledgeDocuments(
  db: UradovnaDatabase,
  created: ReadonlyArray<CreatedDocument>,
  now: Date,
): Promise<Array<{ from: string; to: string }>> {
  if (created.length === 0) return [];
  return db.transaction(
    'rw',
    [db.documents, db.caseFiles, db.outbox, db.txlog, db.syncLog, db.settings],
    async () => {
      const corrections: Array<{ from: string; to: string }> = [];
      const logLines: SyncLogDraft[] = [];
      const txDrafts: TxLogDraft[] = [];
      const actor = await actorOf(db);
      await db.outbox.bulkDelete(created.map((item) => item.entry.seq ?? -1));
      const docs = await db.documents.bulkGet(created.map((item) => item.pid));
      const confirmed: DocumentRecord[] = [];
      for (const [index, { pid, profile }] of created.entries()) {
        const doc = docs[index];
        if (!doc) continue;
        const link = esslLinkOf(profile, doc.essl?.keptHere ?? false);
        const assigned = profile.numbers;
        if (assigned && assigned.referenceNumber !== doc.referenceNumber) {
          const from = doc.referenceNumber;
          const to = assigned.referenceNumber;
          const next: DocumentRecord = withSearchFields({
            ...doc,
            referenceNumber: to,
            year: assigned.year,
            sequence: assigned.sequence,
            journalOrder: journalOrder(assigned.year, assigned.sequence),
            numberStatus: 'corrected',
            numberHistory: [...(doc.numberHistory ?? []), { from, to, at: now.toISOString() }],
            essl: link,
            revision: doc.revision + 1,
          });
          await db.documents.put(next);
          await correctCollectionSheet(db, next);
          corrections.push({ from, to });
          txDrafts.push({
            event: 'Uprava',
            entityType: 'document',
            entityId: pid,
            actor,
            detail: { referenceNumber: to, previousReferenceNumber: from, cause: 'eSSL' },
          });
          logLines.push({
            kind: 'correction',
            level: 'warn',
            key: 'sync.log.numberCorrected',
            params: { from, to },
            entityId: pid,
          });
          continue;
        }
        confirmed.push({
          ...doc,
          numberStatus: assigned ? 'confirmed' : (doc.numberStatus ?? 'local'),
          essl: link,
        });
        logLines.push({
          kind: 'push',
          level: 'info',
          key: 'sync.log.documentCreated',
          params: { reference: doc.referenceNumber },
          entityId: pid,
        });
      }
      await db.documents.bulkPut(confirmed);
      if (txDrafts.length > 0) await appendTxLog(db, txDrafts, now);
      await appendSyncLog(db, logLines, now);
      return corrections;
    },
  );
}

/**
 * A sběrný arch is known by its initiator's number and its members carry it with
 * their order: when the eSSL corrects the initiator's number, they follow.
 */
async function correctCollectionSheet(
  db: UradovnaDatabase,
  initiator: DocumentRecord,
): Promise<void> {
  if (!initiator.caseFileId) return;
  const caseFile = await db.caseFiles.get(initiator.caseFileId);
  if (!caseFile || caseFile.mode !== 'collectionSheet' || caseFile.initiatorPid !== initiator.pid)
    return;
  await db.caseFiles.update(caseFile.id, {
    reference: initiator.referenceNumber,
    words: indexWords([initiator.referenceNumber, caseFile.title, caseFile.fileMark]),
    revision: caseFile.revision + 1,
  });
  const members = await db.documents.where('caseFileId').equals(caseFile.id).toArray();
  for (const member of members) {
    if (member.pid === initiator.pid || member.caseFileOrder === null) continue;
    await db.documents.put(
      withSearchFields({
        ...member,
        year: initiator.year,
        sequence: initiator.sequence,
        journalOrder: collectionSheetJournalOrder(initiator.journalOrder, member.caseFileOrder),
        referenceNumber: collectionSheetReference(initiator.referenceNumber, member.caseFileOrder),
        numberStatus: initiator.numberStatus,
        revision: member.revision + 1,
      }),
    );
  }
}

/** The same for a created case file and its spisová značka. */
export async function acknowledgeCaseFile(
  db: UradovnaDatabase,
  entry: OutboxEntry,
  id: string,
  profile: CaseFileProfile,
  now: Date,
): Promise<void> {
  await db.transaction(
    'rw',
    [db.caseFiles, db.outbox, db.txlog, db.syncLog, db.settings],
    async () => {
      const caseFile = await db.caseFiles.get(id);
      await db.outbox.delete(entry.seq ?? -1);
      if (!caseFile) return;
      const link = { id: profile.id, changedAt: null, base: {}, keptHere: false };
      const assigned = profile.numbers?.referenceNumber ?? null;
      const ownNumber = caseFile.mode !== 'collectionSheet' || caseFile.initiatorPid === null;
      if (assigned && ownNumber && assigned !== caseFile.reference) {
        const from = caseFile.reference;
        const next: CaseFileRecord = {
          ...caseFile,
          reference: assigned,
          sequence: profile.numbers?.sequence ?? caseFile.sequence,
          words: indexWords([assigned, caseFile.title, caseFile.fileMark]),
          numberStatus: 'corrected',
          numberHistory: [
            ...(caseFile.numberHistory ?? []),
            { from, to: assigned, at: now.toISOString() },
          ],
          essl: link,
          revision: caseFile.revision + 1,
        };
        await db.caseFiles.put(next);
        await appendTxLog(
          db,
          [
            {
              event: 'Uprava',
              entityType: 'caseFile',
              entityId: id,
              actor: await actorOf(db),
              detail: { reference: assigned, previousReference: from, cause: 'eSSL' },
            },
          ],
          now,
        );
        await appendSyncLog(
          db,
          [
            {
              kind: 'correction',
              level: 'warn',
              key: 'sync.log.caseFileCorrected',
              params: { from, to: assigned },
              entityId: id,
            },
          ],
          now,
        );
        return;
      }
      await db.caseFiles.update(id, {
        numberStatus: assigned && ownNumber ? 'confirmed' : caseFile.numberStatus,
        essl: link,
      });
      await appendSyncLog(
        db,
        [
          {
            kind: 'push',
            level: 'info',
            key: 'sync.log.caseFileCreated',
            params: { reference: caseFile.reference },
            entityId: id,
          },
        ],
        now,
      );
    },
  );
}

export interface Acknowledged {
  entry: OutboxEntry;
  key: string;
  params: Record<string, string | number>;
  kind: 'push' | 'skip';
  /** An accepted edit: its fields become the base of the next three-way merge. */
  sent?: { pid: string; fields: EditableFields };
}

/** Removes entries the eSSL acknowledged (events) or that have nothing to send. */
export async function acknowledgeEntries(
  db: UradovnaDatabase,
  done: Acknowledged[],
  now: Date,
): Promise<void> {
  if (done.length === 0) return;
  await db.transaction('rw', [db.outbox, db.syncLog, db.documents], async () => {
    await db.outbox.bulkDelete(done.map((item) => item.entry.seq ?? -1));
    for (const { sent } of done) {
      if (!sent) continue;
      const doc = await db.documents.get(sent.pid);
      if (doc?.essl)
        await db.documents.update(sent.pid, { essl: { ...doc.essl, base: { ...sent.fields } } });
    }
    await appendSyncLog(
      db,
      done.map((item) => ({
        kind: item.kind,
        level: 'info' as const,
        key: item.key,
        params: item.params,
        entityId: item.entry.entityId,
      })),
      now,
    );
  });
}

/** Keeps an entry the eSSL refused, for the user to retry, edit or discard. */
export async function markFailed(
  db: UradovnaDatabase,
  entry: OutboxEntry,
  error: SyncError,
  now: Date,
): Promise<void> {
  await db.transaction('rw', [db.outbox, db.syncLog], async () => {
    await db.outbox.update(entry.seq ?? -1, {
      state: 'failed',
      attempts: entry.attempts + 1,
      lastError: error.description ?? error.message,
      failure: {
        code: error.code,
        message: error.description ?? error.message,
        statusCode: error.statusCode,
        at: now.toISOString(),
      },
    });
    await appendSyncLog(
      db,
      [
        {
          kind: 'failure',
          level: 'error',
          key: 'sync.log.refused',
          params: { what: entry.kind, reason: error.description ?? error.message },
          entityId: entry.entityId,
        },
      ],
      now,
    );
  });
}
