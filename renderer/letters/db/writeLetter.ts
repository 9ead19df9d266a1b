import type { LetterBlob, LetterRecord, SignatureBox } from '../../../common/domain/letter';
import type { LetterContent } from '../../../common/letters/model';
import { actorOf, refuse, requireDocument } from '../../db/commands/lifecycleSupport';
import { CommandError } from '../../db/errors';
import { enqueue } from '../../db/outbox';
import type { UradovnaDatabase } from '../../db/schema';
import { appendTxLog } from '../../db/txlog/append';
import { letterDocumentRefusal, letterEditRefusal } from '../model/editGuard';
import type { PreparedRendering } from './letterRendering';

export interface LetterWrite {
  pid: string;
  /** The letter to update; without it, the document's letter (one per document) or a new one. */
  letterId?: string;
  source: LetterRecord['source'];
  templateId: string | null;
  content: LetterContent | null;
  signatureBox: SignatureBox | null;
  rendering: PreparedRendering;
  /** What the log and the outbox say happened. */
  action: 'letter.draft' | 'letter.import';
}

export interface LetterWritten {
  letterId: string;
  blobId: string;
  created: boolean;
}

/** The tables `writeLetter` touches; a caller's transaction must include them. */
export function letterTables(db: UradovnaDatabase) {
  return [db.documents, db.letters, db.letterBlobs, db.settings, db.outbox, db.txlog];
}

/** The letter named, else the document's (one per document); undefined before its first. */
export function currentLetter(
  db: UradovnaDatabase,
  pid: string,
  letterId?: string,
): Promise<LetterRecord | undefined> {
  return letterId ? db.letters.get(letterId) : db.letters.where('pid').equals(pid).first();
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** The bytes are a PDF (main rendered or converted them; this only stops a mix-up). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return PDF_MAGIC.every((byte, index) => bytes[index] === byte);
}

/**
 * Stores a letter's new draft rendering inside the caller's transaction: the letter is
 * created or updated (a returned letter becomes a draft again), its previous unsigned
 * rendering is replaced, the document's log says `Uprava`, and the outbox records it.
 * Refused for another office's document, a cancelled one, and a letter in the mayor's
 * queue or already signed.
 */
export async function writeLetter(
  db: UradovnaDatabase,
  write: LetterWrite,
  now: Date,
): Promise<LetterWritten> {
  const actor = await actorOf(db);
  refuse(letterDocumentRefusal(await requireDocument(db, write.pid)));

  const existing = await currentLetter(db, write.pid, write.letterId);
  if (write.letterId && (!existing || existing.pid !== write.pid))
    throw new CommandError('errors.letterEditor.letterNotFound');
  refuse(letterEditRefusal(existing ?? null));

  const at = now.toISOString();
  const blob: LetterBlob = {
    id: crypto.randomUUID(),
    letterId: existing?.id ?? crypto.randomUUID(),
    fileName: write.rendering.fileName,
    sha256: write.rendering.sha256,
    size: write.rendering.size,
    pages: write.rendering.pages,
    blob: write.rendering.blob,
    createdAt: at,
  };
  const letter: LetterRecord = {
    id: blob.letterId,
    pid: write.pid,
    signedComponentId: null,
    signatureLevel: null,
    request: null,
    queuedAt: null,
    post: null,
    history: [{ at, by: actor, step: 'created' }],
    createdAt: at,
    ...existing,
    source: write.source,
    templateId: write.templateId,
    content: write.content,
    state: 'draft',
    draftBlobId: blob.id,
    signatureBox: write.signatureBox,
    updatedAt: at,
  };

  // Only the newest rendering is kept until signing: the content is what is edited.
  await db.letterBlobs.where('letterId').equals(letter.id).delete();
  await db.letterBlobs.add(blob);
  await db.letters.put(letter);
  const summary = {
    letterId: letter.id,
    source: write.source,
    fileName: blob.fileName,
    sha256: blob.sha256,
    pages: blob.pages,
  };
  await enqueue(
    db,
    [{ kind: 'letter.draft', entityId: letter.id, payload: { pid: write.pid, ...summary } }],
    now,
  );
  await appendTxLog(
    db,
    [
      {
        event: 'Uprava',
        entityType: 'document',
        entityId: write.pid,
        actor,
        detail: { action: write.action, ...summary },
      },
    ],
    now,
  );
  return { letterId: letter.id, blobId: blob.id, created: existing === undefined };
}
