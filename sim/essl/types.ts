import type {
  CaseFileProfile,
  DocumentProfile,
  FileContent,
  FileExtension,
  OperationStatus,
  ReservedNumber,
} from '../../common/erms/model';

/** A document as the eSSL keeps it: its profile and what the profile does not carry. */
export interface StoredDocument {
  profile: DocumentProfile;
  /** The user who took it into an ISSD's keeping (with `profile.keptBy` = that ISSD). */
  keeperUser: string | null;
  /** Epoch ms of the last change (the pull cursor's clock). */
  changedAt: number;
}

export interface StoredCaseFile {
  profile: CaseFileProfile;
  changedAt: number;
}

/**
 * One applied change, as it goes into `<data>/essl/log.jsonl`: entities are written
 * whole, so replaying the log over the seeded base rebuilds the state without the
 * rules or the clock that made it.
 */
export type LogRecord =
  | { k: 'document'; doc: StoredDocument }
  | { k: 'caseFile'; caseFile: StoredCaseFile }
  /** `extension`: Úřadovna's record of the conversion or format change the file is the output of. */
  | { k: 'file'; file: FileContent; extension?: FileExtension }
  | { k: 'event'; eventId: string; status: OperationStatus }
  | { k: 'reservation'; user: string; requestId: string; numbers: ReservedNumber[] };

/** The organisation's numbering, from the seed. */
export interface Numbering {
  abbreviation: string;
  referenceMask: string;
  caseFileMask: string;
}
