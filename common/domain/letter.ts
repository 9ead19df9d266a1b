/**
 * An outgoing letter on its way from the clerk's draft to the addressee: drafted from
 * a template (or imported as a PDF), rendered to PDF/A, waiting in the mayor's queue
 * (K podpisu), returned with a comment or signed (PAdES), then dispatched by data box
 * or by post. A letter belongs to one own document (its číslo jednací); the signed PDF
 * becomes that document's component, kept byte for byte.
 */
import type { MailKind } from '../letters/model';

/**
 * `draft`: being written; `awaitingSignature`: in the mayor's queue; `returned`: the
 * mayor sent it back with a comment (edit and send again); `signed`: ready to go;
 * `dispatched`: handed to a data box or to the post.
 */
export const letterStates = [
  'draft',
  'awaitingSignature',
  'returned',
  'signed',
  'dispatched',
] as const;
export type LetterState = (typeof letterStates)[number];

/** Česká pošta's services a municipality uses for letters (what the envelope says: common/letters). */
export { MAIL_KINDS as mailKinds, type MailKind } from '../letters/model';

/** Where a visible signature appearance goes (points, origin bottom left, page 0-based). */
export interface SignatureBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SignatureRequest {
  /** Who is to sign (the mayor, the deputy mayor …), as shown in the queue. */
  signerName: string;
  signerFunction: string | null;
  note: string | null;
  requestedAt: string;
  requestedBy: string;
}

/** One step of the letter's way, newest last; the transaction log holds the same. */
export interface LetterStep {
  at: string;
  by: string;
  step:
    | 'created'
    | 'requested'
    | 'returned'
    | 'signed'
    | 'timestamped'
    | 'sentByDatabox'
    | 'sentByPost'
    | 'returnReceipt';
  comment?: string | null;
  /** For `signed`: B-B or B-T; for `sentByPost`: the mail kind. */
  detail?: string | null;
}

export interface PostDispatch {
  mailKind: MailKind;
  /** The day it was handed to the post (ISO date). */
  sentOn: string;
  /** The day on the return receipt (dodejka), when it came back. */
  returnReceiptOn: string | null;
}

export interface LetterRecord {
  id: string;
  /** The own document the letter is (its reference number is printed on it). */
  pid: string;
  source: 'template' | 'import';
  /** The template it was written from; null for an imported PDF. */
  templateId: string | null;
  /**
   * The letter's content as the editor keeps it (common/letters `LetterContent`); null
   * for an imported PDF. Stored as data, not as the PDF, so a returned letter can be edited.
   */
  content: unknown;
  state: LetterState;
  /** The PDF/A rendering that waits for the signature (in `letterBlobs`); null while drafting. */
  draftBlobId: string | null;
  /** The signed PDF, a component of the document. */
  signedComponentId: string | null;
  /** PAdES level of the newest signature. */
  signatureLevel: 'B-B' | 'B-T' | null;
  signatureBox: SignatureBox | null;
  request: SignatureRequest | null;
  /** When it entered the queue (indexed: the queue lists oldest first); null outside it. */
  queuedAt: string | null;
  post: PostDispatch | null;
  history: LetterStep[];
  createdAt: string;
  updatedAt: string;
}

/** A rendered (unsigned) PDF of a letter, kept beside the letter until it is signed. */
export interface LetterBlob {
  id: string;
  letterId: string;
  fileName: string;
  sha256: string;
  size: number;
  pages: number;
  blob: Blob;
  createdAt: string;
}
