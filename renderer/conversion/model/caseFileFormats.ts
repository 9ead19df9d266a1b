import type { ComponentRecord, UradovnaDatabase } from '../../db/schema';

/** A file of a case file's document, with the document's reference number for the list. */
export interface CaseFileComponent {
  component: ComponentRecord;
  referenceNumber: string;
}

/** The files of a case file's documents, in the file's order (Dexie reads only, so a live query may run it). */
export async function caseFileComponents(
  db: UradovnaDatabase,
  caseFileId: string,
): Promise<CaseFileComponent[]> {
  const docs = (await db.documents.where('caseFileId').equals(caseFileId).toArray()).sort(
    (a, b) => (a.caseFileOrder ?? 0) - (b.caseFileOrder ?? 0),
  );
  if (docs.length === 0) return [];
  const references = new Map(docs.map((doc) => [doc.pid, doc.referenceNumber]));
  const order = new Map(docs.map((doc, index) => [doc.pid, index]));
  const components = await db.components
    .where('pid')
    .anyOf(docs.map((doc) => doc.pid))
    .toArray();
  return components
    .sort(
      (a, b) =>
        (order.get(a.pid) ?? 0) - (order.get(b.pid) ?? 0) || a.addedAt.localeCompare(b.addedAt),
    )
    .map((component) => ({ component, referenceNumber: references.get(component.pid) ?? '' }));
}
