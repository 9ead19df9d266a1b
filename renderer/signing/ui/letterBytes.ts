import type { LetterRecord } from '../../../common/domain/letter';
import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';

/** The stored PDF a letter shows and is signed from: the signed component once signed, else the rendering. */
export async function letterPdfBlob(
  db: UradovnaDatabase,
  letter: Pick<LetterRecord, 'state' | 'draftBlobId' | 'signedComponentId'>,
): Promise<Blob | null> {
  if ((letter.state === 'signed' || letter.state === 'dispatched') && letter.signedComponentId) {
    return (await db.components.get(letter.signedComponentId))?.blob ?? null;
  }
  if (!letter.draftBlobId) return null;
  return (await db.letterBlobs.get(letter.draftBlobId))?.blob ?? null;
}

/** The bytes `signing.sign` gets; refused in Czech when the file is gone. */
export async function signingInput(
  db: UradovnaDatabase,
  letter: Pick<LetterRecord, 'state' | 'draftBlobId' | 'signedComponentId'>,
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
