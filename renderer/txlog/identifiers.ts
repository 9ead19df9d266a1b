import type { UradovnaDatabase } from '../db/schema';
import type { TxLogEntry } from '../db/txlog/entry';

export const identifierKey = (entry: Pick<TxLogEntry, 'entityType' | 'entityId'>) =>
  `${entry.entityType}:${entry.entityId}`;

/**
 * What a clerk recognises an object by: a document's reference number, a case file's
 * reference (spisová značka), a file's name; otherwise the stored identifier (PID).
 * Looked up by key for the entries at hand only (a page, a day), so it stays cheap.
 */
export async function resolveIdentifiers(
  db: UradovnaDatabase,
  entries: readonly TxLogEntry[],
): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  const pids = new Set<string>();
  const caseFileIds = new Set<string>();
  for (const entry of entries) {
    if (entry.entityType === 'document') pids.add(entry.entityId);
    if (entry.entityType === 'caseFile') caseFileIds.add(entry.entityId);
    const name = entry.detail.name;
    if (entry.entityType === 'component' && typeof name === 'string' && name !== '')
      labels.set(identifierKey(entry), name);
  }
  const pidList = [...pids];
  const documents = await db.documents.bulkGet(pidList);
  pidList.forEach((pid, index) => {
    const reference = documents[index]?.referenceNumber;
    if (reference) labels.set(`document:${pid}`, reference);
  });
  const caseFileList = [...caseFileIds];
  const caseFiles = await db.caseFiles.bulkGet(caseFileList);
  caseFileList.forEach((id, index) => {
    const reference = caseFiles[index]?.reference;
    if (reference) labels.set(`caseFile:${id}`, reference);
  });
  return labels;
}

export function identifierOf(entry: TxLogEntry, labels: ReadonlyMap<string, string>): string {
  return labels.get(identifierKey(entry)) ?? entry.entityId;
}
