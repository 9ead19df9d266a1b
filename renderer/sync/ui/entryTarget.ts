import type { OutboxEntry, UradovnaDatabase } from '../../db/schema';

/** The record an outbox entry is about, as the failure list names it and "Upravit" opens it. */
export type EntryTarget =
  | { type: 'document'; pid: string; reference: string }
  | { type: 'caseFile'; id: string; reference: string }
  /** A proposal, the settings, or a record no longer on this device. */
  | { type: 'other'; id: string };

function text(payload: unknown, key: string): string | null {
  if (!payload || typeof payload !== 'object') return null;
  const value = (payload as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

/**
 * Finds the record: a document first (its files and its moves in and out of a case
 * file are edited on the document), then a case file (its own creation, closing,
 * reopening; the records office's steps name either).
 */
export async function entryTarget(
  db: UradovnaDatabase,
  entry: Pick<OutboxEntry, 'kind' | 'entityId' | 'payload'>,
): Promise<EntryTarget> {
  const pid = text(entry.payload, 'pid') ?? entry.entityId;
  const doc = await db.documents.get(pid);
  if (doc) return { type: 'document', pid: doc.pid, reference: doc.referenceNumber };
  const caseFileIds = [
    text(entry.payload, 'caseFileId'),
    text(entry.payload, 'id'),
    entry.entityId,
  ];
  for (const id of caseFileIds) {
    if (id === null) continue;
    const caseFile = await db.caseFiles.get(id);
    if (caseFile) return { type: 'caseFile', id: caseFile.id, reference: caseFile.reference };
  }
  return { type: 'other', id: entry.entityId };
}
