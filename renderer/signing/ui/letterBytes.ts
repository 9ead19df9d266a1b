import type { LetterRecord } from '../../../common/domain/letter';
import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import type { StoredBlob } from '../../ui/useStableBlob';

type LetterFiles = Pick<LetterRecord, 'state' | 'draftBlobId' | 'signedComponentId'>;

/**
 * The stored PDF a letter shows and is signed from, with its id and hash: the signed
 * component once signed, else the rendering.
 */
export async function letterPdfRecord(
  db: UradovnaDatabase,
  letter: LetterFiles,
): Promise<StoredBlob | null> {
  if ((letter.state === 'signed' || letter.state === 'dispatched') && letter.signedComponentId) {
    return (await db.components.get(letter.signedComponentId)) ?? null;
  }
  if (!letter.draftBlobId) return null;
  return (await db.letterBlobs.get(letter.draftBlobId)) ?? null;
}

export async function letterPdfBlob(
  db: UradovnaDatabase,
  letter: LetterFiles,
): Promise<Blob | null> {
  return (await letterPdfRecord(db, letter))?.blob ?? null;
}

/** The bytes `signing.sign` gets; refused in Czech when the file is gone. */
export async function signingInput(
  db: UradovnaDatabase,
  letter: LetterFiles,
): Promise<Uint8Array<ArrayBuffer>> {
  const blob = await letterPdfBlob(db, letter);
  if (!blob)
    throw new CommandError(
      letter.state === 'signed'
        ? 'errors.letterSigning.signedFileMissing'
        : 'errors.letterSigning.noRendering',
    );
  return new Uint8Array(await blob.arrayBuffer());
}
