import { minimalPdf } from '../../../common/domain/testing/sampleFiles';
import { ownInput } from '../../../common/domain/testing/sampleDocuments';
import type { LetterRecord } from '../../../common/domain/letter';
import { registerDocument } from '../../db/commands/registerDocument';
import type { UradovnaDatabase } from '../../db/schema';
import { recordSignature, type SignatureOutcome } from '../commands/recordSignature';
import { requestSignature } from '../commands/requestSignature';
import { pdfBlob, sha256Hex } from '../commands/signedBytes';

export interface DraftLetter {
  letterId: string;
  pid: string;
  referenceNumber: string;
  draftBlobId: string;
  draft: Uint8Array;
}

/**
 * An own document with a letter drafted for it and its PDF rendering, as the letter
 * editor leaves it: state `draft`, `draftBlobId` set.
 */
export async function draftLetter(
  db: UradovnaDatabase,
  now: Date,
  overrides: Partial<LetterRecord> = {},
): Promise<DraftLetter> {
  const registered = await registerDocument(db, ownInput({ subject: 'Výzva k doplnění' }), [], {
    now,
  });
  const draft = minimalPdf();
  const letterId = crypto.randomUUID();
  const draftBlobId = crypto.randomUUID();
  const at = now.toISOString();
  await db.letterBlobs.add({
    id: draftBlobId,
    letterId,
    fileName: 'dopis.pdf',
    sha256: sha256Hex(draft),
    size: draft.length,
    pages: 1,
    blob: pdfBlob(draft),
    createdAt: at,
  });
  await db.letters.add({
    id: letterId,
    pid: registered.pid,
    source: 'template',
    templateId: 'vyzva',
    content: { body: 'Vyzýváme Vás …' },
    state: 'draft',
    draftBlobId,
    signedComponentId: null,
    signatureLevel: null,
    signatureBox: { page: 0, x: 300, y: 80, width: 200, height: 60 },
    request: null,
    queuedAt: null,
    post: null,
    history: [{ at, by: 'Marie Dvořáková', step: 'created' }],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  });
  return {
    letterId,
    pid: registered.pid,
    referenceNumber: registered.referenceNumber,
    draftBlobId,
    draft,
  };
}

const encoder = new TextEncoder();

/** What a signature (or a timestamp) does to a PDF: the old bytes, then an incremental update. */
export function appendedUpdate(bytes: Uint8Array, label = 'signature'): Uint8Array {
  const tail = encoder.encode(`\n% ${label}\n%%EOF\n`);
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes, 0);
  out.set(tail, bytes.length);
  return out;
}

export const btOutcome = {
  level: 'B-T' as const,
  signingTime: '2026-03-03T09:00:00.000Z',
  timestampTime: '2026-03-03T09:00:01.000Z',
  signerName: 'Petr Starosta',
};

export const bbOutcome = {
  level: 'B-B' as const,
  signingTime: '2026-03-03T09:00:00.000Z',
  timestampTime: null,
  signerName: 'Petr Starosta',
};

/** A letter drafted on 2 March and put into the mayor's queue. */
export async function queuedLetter(db: UradovnaDatabase, now?: Date): Promise<DraftLetter> {
  const letter = await draftLetter(db, now ?? new Date('2026-03-02T10:00:00.000Z'));
  await requestSignature(db, { letterId: letter.letterId, signerName: 'Starosta' }, { now });
  return letter;
}

/** A queued letter signed with `outcome` (B-T unless told) at `signedAt`. */
export async function signedLetter(
  db: UradovnaDatabase,
  options: { outcome?: SignatureOutcome; signedAt?: Date } = {},
): Promise<DraftLetter & { componentId: string; signedPdf: Uint8Array }> {
  const letter = await queuedLetter(db);
  const signedPdf = appendedUpdate(letter.draft);
  const { componentId } = await recordSignature(
    db,
    { letterId: letter.letterId, signedPdf, outcome: options.outcome ?? btOutcome },
    { now: options.signedAt },
  );
  return { ...letter, componentId, signedPdf };
}
