import type { OrganizationProfile } from '../../contract/types';
import type { CaseFileRecord } from '../../domain/caseFile';
import type { DocumentRecord } from '../../domain/document';
import type { FilePlanGroup, FilePlanVersion } from '../../domain/filePlan';

/** Inputs of the SIP writers: plain records, as read from the device's database. */

/** A component's metadata (the bytes travel separately, into `komponenty/`). */
export interface SipComponent {
  id: string;
  pid: string;
  /** The safe name shown to users; the original file name is never trusted. */
  name: string;
  mime: string;
  size: number;
  sha256: string;
  addedAt: string;
}

export type SipOrganization = Pick<
  OrganizationProfile,
  'name' | 'pidPrefix' | 'ico' | 'dataBoxId' | 'address'
>;

/** Where the entity sits in the file plan: the plan and its groups, top level first. */
export interface SipClassification {
  plan: FilePlanVersion;
  /** From the top-level group down to the group the entity is classified in. */
  groups: FilePlanGroup[];
}

export interface SipDocument {
  document: DocumentRecord;
  /** In the order they were added to the document. */
  components: SipComponent[];
}

export interface CaseFileSip {
  kind: 'caseFile';
  caseFile: CaseFileRecord;
  /** Its documents, in their order in the file. */
  documents: SipDocument[];
  classification: SipClassification;
  /** File marks of documents outside the package that settlement links point to, by PID. */
  relatedMarks?: Readonly<Record<string, string>>;
}

export interface DocumentSip {
  kind: 'document';
  document: SipDocument;
  classification: SipClassification;
  /** File marks of documents outside the package that settlement links point to, by PID. */
  relatedMarks?: Readonly<Record<string, string>>;
}

export type SipEntity = CaseFileSip | DocumentSip;

export interface SipContext {
  organization: SipOrganization;
  systemName: string;
  createdAt: Date;
  /** Who builds the package (the METS header names a person, not only the office). */
  createdBy: string;
}

/** Why a package is made; the archive's validator checks METS LABEL for exactly these. */
export const sipPurposes = {
  disposal: 'Datový balíček pro provedení skartačního řízení',
  transfer: 'Datový balíček pro předávání dokumentů a jejich metadat do archivu',
} as const;
export type SipPurpose = keyof typeof sipPurposes;
