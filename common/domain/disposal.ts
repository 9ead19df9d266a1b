/**
 * Disposal procedure (skartační řízení): a proposal lists what the records office
 * holds past its retention; the archive answers with a decision per entity
 * (nsesss-DA.xsd), which the office carries out.
 */

export type HoldingType = 'caseFile' | 'document';

export interface ProposalItem {
  type: HoldingType;
  id: string;
  /** Reference shown to people: spisová značka or číslo jednací. */
  reference: string;
  title: string;
  fileMark: string;
  retentionMark: 'A' | 'S' | 'V';
  retentionPeriod: number;
  disposalYear: number;
  /** The archive's decision once imported. */
  decision: DisposalDecision | null;
}

/** Operations of nsesss-DA.xsd (tOperace), with the standard's wording. */
export const disposalOperations = {
  archive: 'vybrat za archiválii',
  destroy: 'zničit',
  inspect: 'předložit k výběru',
  exclude: 'vyřadit z výběru',
} as const;
export type DisposalDecision = keyof typeof disposalOperations;

export function disposalDecisionFromNsesss(text: string): DisposalDecision | null {
  const keys = Object.keys(disposalOperations) as DisposalDecision[];
  return keys.find((key) => disposalOperations[key] === text) ?? null;
}

export interface DisposalProposal {
  id: string;
  /** Everything due for disposal by this year is in the proposal. */
  year: number;
  createdAt: string;
  createdBy: string;
  state: 'open' | 'decided';
  items: ProposalItem[];
  decidedAt: string | null;
  /** Identifiers the archive's decision carried. */
  archiveId: string | null;
  procedureId: string | null;
}

/** The archive's list (nsesss-DA.xsd `Seznam`) as read from its XML. */
export interface ParsedDecisionList {
  listId: string;
  archiveId: string;
  originatorId: string;
  procedureId: string | null;
  takeoverId: string | null;
  createdAt: string;
  entries: Array<{
    /** HodnotaID: the PID of a document or the id of a case file. */
    identifier: string;
    source: string;
    /** Set when the list carries decisions (Operace). */
    operation: DisposalDecision | null;
    /** Set when the list confirms a takeover (IdentifikatorDA). */
    archiveIdentifier: string | null;
  }>;
}
