import type { CaseFileMode, RetentionRule } from './filePlan';
import type { CaseFileState } from './lifecycle';
import { checkReferenceMask, formatReferenceNumber, type MaskProblem } from './referenceNumber';
import type { EsslLink, NumberCorrection, NumberStatus } from './sync';

/**
 * A case file (spis): all documents about one matter. It takes its file mark and
 * retention rule when it is created, and the documents put into it inherit them.
 */
export interface CaseFileRecord {
  /** Identifier in the PID form (originator prefix + code); NSESSS Spis/Identifikator. */
  id: string;
  /** Spisová značka. */
  reference: string;
  year: number;
  /** Sequence of the case-file register in `year`. */
  sequence: number;
  title: string;
  fileMark: string;
  planGroupId: string;
  retention: RetentionRule;
  mode: CaseFileMode;
  /** The initiating document (iniciační dokument); null for a file created empty. */
  initiatorPid: string | null;
  handler: string;
  openedAt: string;
  state: CaseFileState;
  closedAt: string | null;
  /** Year of the trigger event (closing, unless the rule names another event). */
  triggerYear: number | null;
  /** First year the file may enter the disposal procedure; set once the trigger is known. */
  disposalYear: number | null;
  documentCount: number;
  /** Next order in the file; orders are never reused, so a removed document leaves a gap. */
  nextOrder: number;
  custody: Custody | null;
  /** Folded words of reference, title and mark, for the list's search. */
  words: string[];
  createdBy: string;
  revision: number;
  /** How settled the spisová značka is with the eSSL (see `NumberStatus`). */
  numberStatus?: NumberStatus;
  numberHistory?: NumberCorrection[];
  essl?: EsslLink | null;
}

/** Where the records office keeps the record and who has it on loan. */
export interface Custody {
  handedOverAt: string | null;
  takenOverAt: string | null;
  location: string | null;
  loan: { borrower: string; since: string; due: string | null } | null;
  disposalProposalId: string | null;
}

export const DEFAULT_CASE_FILE_MASK = 'SZ {abbr} {seq}/{year}';
export const CASE_FILE_TITLE_MAX = 255;
export const REASON_MAX = 500;

/** A case-file mask is a reference mask that may also name the file mark. */
export function checkCaseFileMask(mask: string): MaskProblem[] {
  return checkReferenceMask(mask.replaceAll('{mark}', ''));
}

export function formatCaseFileReference(
  mask: string,
  parts: { abbreviation: string; sequence: number; year: number; fileMark: string },
): string {
  return formatReferenceNumber(mask.replaceAll('{mark}', parts.fileMark), parts);
}

/**
 * Collection sheet (sběrný arch): a document registered into the file takes the
 * initiator's reference number with the suffix of its order (`OUHL 12/2026-3`). The
 * initiator itself is order 1 and keeps its number.
 */
export function collectionSheetReference(initiatorReference: string, order: number): string {
  return order <= 1 ? initiatorReference : `${initiatorReference}-${order}`;
}

/** Most orders of one collection sheet; keeps the journal order of suffixed numbers exact. */
export const MAX_COLLECTION_SHEET_ORDER = 999;

/**
 * Journal order of a suffixed document: right after its initiator and before the next
 * number, so the journal lists the sheet together, as a paper podací deník does.
 */
export function collectionSheetJournalOrder(initiatorOrder: number, order: number): number {
  return initiatorOrder + order / (MAX_COLLECTION_SHEET_ORDER + 1);
}
