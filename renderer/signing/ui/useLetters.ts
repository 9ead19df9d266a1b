import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord } from '../../../common/domain/letter';
import { useServices } from '../../app/services';
import type { ComponentRecord } from '../../db/schema';
import type { StoredBlob } from '../../ui/useStableBlob';
import { letterPdfRecord } from './letterBytes';
import { sectionRows, type LetterRow, type LetterSection } from './letterRows';

export type LetterSections = Record<LetterSection, LetterRow[]>;

/** The three sections of the screen, live: the queue by its `queuedAt` index, oldest first. */
export function useLetterSections(): LetterSections | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const [queued, signed, returned] = await Promise.all([
      // Rows outside the queue have no queuedAt and so are not in the index at all.
      db.letters.orderBy('queuedAt').toArray(),
      db.letters.where('state').equals('signed').toArray(),
      db.letters.where('state').equals('returned').toArray(),
    ]);
    const letters = [...queued, ...signed, ...returned];
    const pids = [...new Set(letters.map((letter) => letter.pid))];
    const docs = new Map<string, DocumentRecord>();
    (await db.documents.bulkGet(pids)).forEach((doc) => {
      if (doc) docs.set(doc.pid, doc);
    });
    return {
      awaiting: sectionRows(queued, docs, 'awaiting'),
      signed: sectionRows(signed, docs, 'signed'),
      returned: sectionRows(returned, docs, 'returned'),
    };
  }, [db]);
}

export interface LetterView {
  letter: LetterRecord;
  doc: DocumentRecord | null;
  /**
   * The PDF shown: the signed component once signed, else the rendering in the queue —
   * with its record id and SHA-256, which say when the content changed (each re-run
   * reads a new Blob of the same bytes).
   */
  pdf: StoredBlob | null;
}

/** One letter with its document and PDF, live; null when it is gone. */
export function useLetterView(id: string): LetterView | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const letter = await db.letters.get(id);
    if (!letter) return null;
    const [doc, pdf] = await Promise.all([
      db.documents.get(letter.pid),
      letterPdfRecord(db, letter),
    ]);
    return { letter, doc: doc ?? null, pdf };
  }, [db, id]);
}

/** The letters written for a document (usually one), oldest first. */
export function useDocumentLetters(pid: string): LetterRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const letters = await db.letters.where('pid').equals(pid).toArray();
    return letters.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }, [db, pid]);
}

/** The document's files, for a dispatch by data box of the signed letter with its attachments. */
export function useDocumentFiles(pid: string): ComponentRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const files = await db.components.where('pid').equals(pid).toArray();
    return files.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.name.localeCompare(b.name));
  }, [db, pid]);
}
