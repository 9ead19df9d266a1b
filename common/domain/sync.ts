import type { EsslId } from '../erms/model';

/**
 * How far a document's or case file's number is settled with the eSSL:
 * - `local`: given by the device's own counter (before the app was connected, or
 *   when no eSSL is configured); sent as a proposal, confirmed or corrected on sync.
 * - `reserved`: taken from a block the eSSL reserved for this device; final in the usual case.
 * - `provisional`: the device had no reserved number left offline; the stamp says so.
 * - `confirmed`: the eSSL holds the document under this number.
 * - `corrected`: the eSSL gave another number than the one used offline (see `numberHistory`).
 */
export type NumberStatus = 'local' | 'reserved' | 'provisional' | 'confirmed' | 'corrected';

export interface NumberCorrection {
  from: string;
  to: string;
  at: string;
}

/** What the device knows of an entity's copy in the eSSL. */
export interface EsslLink {
  id: EsslId;
  /** The eSSL's change time of the version last applied here (its clock, not ours). */
  changedAt: string | null;
  /** The fields as the eSSL last had them: the base of the three-way merge on pull. */
  base: Record<string, unknown>;
  /** SpravujeIS: this app keeps the document exclusively (edited here only). */
  keptHere: boolean;
}

/** A block number the eSSL reserved for this device. */
export interface ReservedNumberRecord {
  /** `${register}/${year}/${sequence}`. */
  id: string;
  register: 'documents' | 'caseFiles';
  year: number;
  sequence: number;
  reference: string;
  journal: string;
  /** `free` until a registration takes it; then the PID (or case-file id) that used it. */
  usedBy: string | null;
  state: 'free' | 'used';
  reservedAt: string;
}

/** One field both sides changed since the last pull. */
export interface ConflictField {
  field: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

/** A local edit kept aside because the eSSL's version changed too. */
export interface ConflictRecord {
  id: string;
  entityType: 'document';
  entityId: string;
  /** The reference shown in the list. */
  label: string;
  fields: ConflictField[];
  /** Outbox entries held back until the user decides. */
  heldEntryIds: string[];
  detectedAt: string;
  state: 'open' | 'resolved';
  resolution: 'mine' | 'theirs' | 'merged' | null;
  resolvedAt: string | null;
}

export type SyncLogKind =
  'push' | 'pull' | 'numbers' | 'correction' | 'conflict' | 'failure' | 'discard' | 'edit' | 'skip';

/** One line of the sync log screen (i18n key + params, so it reads in the user's language). */
export interface SyncLogEntry {
  seq?: number;
  at: string;
  kind: SyncLogKind;
  level: 'info' | 'warn' | 'error';
  key: string;
  params: Record<string, string | number>;
  entityId: string | null;
}

/**
 * Where the pull stands: `since` is the eSSL's change time of the newest entity
 * applied, `seen` the entities applied with exactly that time. The next pull asks
 * for changes from `since` (CasPosledniZmenyOd is inclusive) and drops the `seen` ones
 * that still carry that time; an entity that changed again has a later time and
 * comes again. So nothing is skipped whatever changes during a pull, and the cursor
 * never depends on the PC's clock.
 */
export interface SyncCursor {
  since: string | null;
  /** `source/value` of the entities applied at `since`. */
  seen: string[];
}
