import { officeYear } from '../../common/domain/time';
import { statusCodes, type EsslId, type OperationStatus } from '../../common/erms/model';
import type { ChangeClock } from './clock';
import type { PlanIndex } from './plan';
import { entityKey, type EsslStore } from './store';
import type { Numbering, StoredCaseFile, StoredDocument } from './types';

/** Who calls: the logged-in user (= Autorizace/provedlKdo) and the calling system (Zdroj). */
export interface CallContext {
  user: string;
  system: string;
}

/** What the operations work with. */
export interface EsslCore {
  store: EsslStore;
  plan: PlanIndex;
  numbering: Numbering;
  clock: ChangeClock;
  /** The change time of the newest seeded entity (before any logged change). */
  seedHorizon: number;
}

/** A failure the standard reports as a SOAP Fault instead of an OperaceStatus. */
export interface SoapFaultReply {
  fault: 'soap:Client' | 'soap:Server';
  text: string;
}

export function isSoapFault(value: unknown): value is SoapFaultReply {
  return typeof value === 'object' && value !== null && 'fault' in value && 'text' in value;
}

export const OK: OperationStatus = { code: statusCodes.ok, description: null };

export function status(code: string, description: string): OperationStatus {
  return { code, description };
}

export const FORBIDDEN = status(statusCodes.forbidden, 'Nedostatečná oprávnění');

export function invalid(description: string): OperationStatus {
  return status(statusCodes.invalid, description);
}

export function wrongState(description: string): OperationStatus {
  return status(statusCodes.wrongState, description);
}

export function describeId(id: EsslId): string {
  return `${id.value} (${id.source})`;
}

export function documentNotFound(id: EsslId): OperationStatus {
  return status(statusCodes.notFound, `Dokument ${describeId(id)} v eSSL neexistuje.`);
}

export function caseFileNotFound(id: EsslId): OperationStatus {
  return status(statusCodes.notFound, `Spis ${describeId(id)} v eSSL neexistuje.`);
}

export function fileNotFound(id: EsslId): OperationStatus {
  return status(statusCodes.notFound, `Soubor ${describeId(id)} v eSSL neexistuje.`);
}

/** How a document is named in a message: its reference number, else its identifier. */
export function documentLabel(doc: StoredDocument): string {
  return doc.profile.numbers?.referenceNumber ?? doc.profile.id.value;
}

export function caseFileLabel(file: StoredCaseFile): string {
  return file.profile.numbers?.referenceNumber ?? file.profile.id.value;
}

/** 0003 unless the document is free or kept by this very caller (system and user). */
export function lockRefusal(doc: StoredDocument, ctx: CallContext): OperationStatus | null {
  const keptBy = doc.profile.keptBy;
  if (keptBy === null) return null;
  if (keptBy === ctx.system && doc.keeperUser === ctx.user) return null;
  const who = doc.keeperUser ? `, uživatel ${doc.keeperUser}` : '';
  return status(
    statusCodes.locked,
    `Dokument ${documentLabel(doc)} je ve výhradní správě systému ${keptBy}${who}; změnit ho může jen on.`,
  );
}

export function findDocument(core: EsslCore, id: EsslId): StoredDocument | undefined {
  return core.store.documents.get(entityKey(id));
}

export function findCaseFile(core: EsslCore, id: EsslId): StoredCaseFile | undefined {
  return core.store.caseFiles.get(entityKey(id));
}

/** The evidence period (a calendar year in office time) of an instant. */
export function periodOf(ms: number): number {
  return officeYear(new Date(ms));
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Documents the eSSL no longer lets anyone edit. */
export function isFinalDocumentState(state: StoredDocument['profile']['state']): boolean {
  return state !== 'nevyrizen' && state !== 'vyrizen' && state !== 'uzavren';
}

/** A case file documents can be put into or taken out of. */
export function isOpenCaseFile(file: StoredCaseFile): boolean {
  return file.profile.state === 'nevyrizen' || file.profile.state === 'otevren';
}

const DOCUMENT_STATE_TEXT: Readonly<Record<StoredDocument['profile']['state'], string>> = {
  nevyrizen: 'nevyřízen',
  vyrizen: 'vyřízen',
  uzavren: 'uzavřen',
  predanDoSpisovny: 'předán do spisovny',
  predanDoArchivu: 'předán do archivu',
  skartovan: 'skartován',
  znepristupnen: 'zrušen',
  prenesen: 'přenesen',
  znicen: 'zničen',
  ztracen: 'ztracen',
};

export function documentStateText(doc: StoredDocument): string {
  return DOCUMENT_STATE_TEXT[doc.profile.state];
}
