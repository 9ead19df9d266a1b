import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import type { TxLogDraft } from '../../db/txlog/append';
import { blobBytes, extendsBytes, pdfBlob, sha256Hex } from './signedBytes';

/**
 * The bytes a new signature or timestamp must extend: the rendering in the queue for
 * the first signature, the signed component after it. Read before the command's
 * transaction (reading a Blob is not an IndexedDB request); the transaction checks
 * by `sha256` that nothing changed in between.
 */
export interface SigningBase {
  kind: 'draft' | 'signed';
  /** The letterBlobs id or the component id. */
  id: string;
  sha256: string;
  bytes: Uint8Array;
}

/** The signed or timestamped PDF as it is stored, hashed and wrapped before the transaction. */
export interface ExtendedPdf {
  sha256: string;
  blob: Blob;
  size: number;
}

export async function draftBase(db: UradovnaDatabase, blobId: string | null): Promise<SigningBase> {
  const rendering = blobId ? await db.letterBlobs.get(blobId) : undefined;
  if (!rendering) throw new CommandError('errors.letterSigning.noRendering');
  return {
    kind: 'draft',
    id: rendering.id,
    sha256: rendering.sha256,
    bytes: await blobBytes(rendering.blob),
  };
}

export async function signedBase(
  db: UradovnaDatabase,
  componentId: string | null,
): Promise<SigningBase> {
  const component = componentId ? await db.components.get(componentId) : undefined;
  if (!component) throw new CommandError('errors.letterSigning.signedFileMissing');
  return {
    kind: 'signed',
    id: component.id,
    sha256: component.sha256,
    bytes: await blobBytes(component.blob),
  };
}

/** `pdf` ready to store; refused with `refusal` unless it extends the base's bytes. */
export function extensionOf(base: SigningBase, pdf: Uint8Array, refusal: string): ExtendedPdf {
  if (!extendsBytes(pdf, base.bytes)) throw new CommandError(refusal);
  return { sha256: sha256Hex(pdf), blob: pdfBlob(pdf), size: pdf.length };
}

/** Inside the transaction: the base is still what was read before it. */
export async function requireUnchangedBase(db: UradovnaDatabase, base: SigningBase): Promise<void> {
  const current =
    base.kind === 'draft' ? await db.letterBlobs.get(base.id) : await db.components.get(base.id);
  if (!current || current.sha256 !== base.sha256)
    throw new CommandError('errors.letterSigning.changedMeanwhile');
}

/**
 * Inside the transaction: the signed component (`base`) takes the bytes that extend it.
 * Returns the component's `Uprava` for the log.
 */
export async function replaceSignedBytes(
  db: UradovnaDatabase,
  base: SigningBase,
  pdf: ExtendedPdf,
  actor: string,
  pid: string,
): Promise<TxLogDraft> {
  const { blob, sha256, size } = pdf;
  await db.components.update(base.id, { blob, sha256, size });
  return {
    event: 'Uprava',
    entityType: 'component',
    entityId: base.id,
    actor,
    detail: { pid, before: base.sha256, after: sha256, size },
  };
}
