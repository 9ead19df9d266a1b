import { z } from 'zod';
import type { DemoSeed } from '../../../common/contract/types';
import {
  CASE_FILE_TITLE_MAX,
  collectionSheetJournalOrder,
  collectionSheetReference,
  MAX_COLLECTION_SHEET_ORDER,
  type CaseFileRecord,
  type Custody,
} from '../../../common/domain/caseFile';
import {
  newDocumentSchema,
  type DocumentRecord,
  type DocumentState,
} from '../../../common/domain/document';
import { buildDocumentRecord } from '../../../common/domain/documentRecord';
import {
  findClassifiable,
  type CaseFileMode,
  type ParsedPlan,
  type RetentionRule,
} from '../../../common/domain/filePlan';
import { formatReferenceNumber, journalOrder } from '../../../common/domain/referenceNumber';
import { disposalYear } from '../../../common/domain/retention';
import { indexWords } from '../../../common/domain/search';
import { settlementInputSchema, type Settlement } from '../../../common/domain/settlement';
import { officeDateString, officeYear } from '../../../common/domain/time';
import { issuesFromZod, type ValidationIssue } from '../../../common/domain/validation';
import { CommandError } from '../errors';

/**
 * The rows a seed becomes: journal documents with their life cycle (case file,
 * settlement, custody, retention clock) and the case files. Pure and in one pass over
 * the seed, so that the import and the benchmark share it at 100,000 documents.
 *
 * The eSSL hands over what its own commands produced; a seed whose parts disagree (a
 * file naming a document it does not carry, a document in two files, a closed file
 * with an unsettled document, a state its life cycle does not lead to) is refused as a
 * whole.
 */
export interface SeedJournal {
  documents: DocumentRecord[];
  /** `planGroupId` is the importer's to fill: the plan's id is known once it is stored. */
  caseFiles: CaseFileRecord[];
}

export type JournalSeed = Pick<DemoSeed, 'organization' | 'documents' | 'caseFiles'>;

const LOCATION_MAX = 200;
const DAY_MS = 86_400_000;

function refuse(message: string, issues: ValidationIssue[] = []): never {
  throw new CommandError('errors.seedInvalid', issues, message);
}

function at(path: string, issues: ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path ? `${path}.${issue.path}` : path }));
}

const instant = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: 'validation.dateTimeInvalid' })
  .transform((value) => new Date(value).toISOString());

const custodySchema = z.object({
  handedOverAt: instant,
  takenOverAt: instant,
  location: z.string().trim().max(LOCATION_MAX, { message: 'validation.tooLong' }).nullable(),
});

const caseFileSchema = z.object({
  id: z.string().min(1).max(40),
  reference: z.string().trim().min(1).max(60),
  year: z.number().int().min(1900).max(9999),
  sequence: z.number().int().positive(),
  title: z
    .string()
    .trim()
    .min(1, { message: 'validation.caseFileTitle.required' })
    .max(CASE_FILE_TITLE_MAX, { message: 'validation.tooLong' }),
  fileMark: z.string().trim().min(1).max(20),
  handler: z.string().trim().min(1, { message: 'validation.handler.required' }).max(120),
  openedAt: instant,
  documents: z.array(z.string().min(1).max(40)),
  state: z.enum(['inProgress', 'closed', 'inRecordsOffice']),
  closedAt: instant.optional(),
  triggerYear: z.number().int().min(1900).max(9999).optional(),
  custody: custodySchema.optional(),
});
type ParsedCaseFile = z.output<typeof caseFileSchema>;

const settlementExtra = z.object({
  settledBy: z.string().trim().min(1).max(120),
  recordedAt: instant,
});

function parseCaseFiles(files: unknown): ParsedCaseFile[] {
  const parsed = z.array(caseFileSchema).safeParse(files);
  if (!parsed.success)
    refuse('Invalid seed case files', at('caseFiles', issuesFromZod(parsed.error)));
  return parsed.data;
}

function parseSettlement(value: unknown, index: number): Settlement {
  const path = `documents.${index}.settlement`;
  const base = settlementInputSchema.safeParse(value);
  if (!base.success)
    refuse(`Invalid settlement of document ${index}`, at(path, issuesFromZod(base.error)));
  const extra = settlementExtra.safeParse(value);
  if (!extra.success)
    refuse(`Invalid settlement of document ${index}`, at(path, issuesFromZod(extra.error)));
  return { ...base.data, ...extra.data };
}

function parseCustody(value: unknown, path: string): Custody {
  const parsed = custodySchema.safeParse(value);
  if (!parsed.success) refuse(`Invalid custody at ${path}`, at(path, issuesFromZod(parsed.error)));
  return { ...parsed.data, loan: null, disposalProposalId: null };
}

/** A settlement date is never before the office day of the registration. */
function settledBeforeRegistered(date: string, registeredAt: string): boolean {
  const registered = Date.parse(registeredAt);
  // Office time is ahead of UTC by a day at most: compare cheaply unless it is that close.
  if (date < new Date(registered).toISOString().slice(0, 10)) return true;
  if (date >= new Date(registered + 2 * DAY_MS).toISOString().slice(0, 10)) return false;
  return date < officeDateString(new Date(registered));
}

/** A lowest-level group of the plan: the rule and the way its files are built. */
interface Leaf {
  retention: RetentionRule;
  mode: CaseFileMode;
}

interface Membership {
  file: number;
  order: number;
}

/** Builds the journal's rows and case files from a seed, or refuses it with the reason. */
export function journalFromSeed(seed: JournalSeed, plan: ParsedPlan): SeedJournal {
  const leaves = new Map<string, Leaf | null>();
  const leafOf = (mark: string): Leaf | null => {
    let leaf = leaves.get(mark);
    if (leaf === undefined) {
      // A seed keeps the rule it was classified with, whichever version of the plan that was.
      const group = findClassifiable(plan.groups, mark);
      leaf = group?.retention
        ? { retention: group.retention, mode: group.caseFileMode ?? 'linking' }
        : null;
      leaves.set(mark, leaf);
    }
    return leaf;
  };

  const files = parseCaseFiles(seed.caseFiles);
  const indexOf = new Map<string, number>();
  seed.documents.forEach((doc, index) => {
    if (indexOf.has(doc.pid)) refuse(`Document ${doc.pid} is in the seed twice`);
    indexOf.set(doc.pid, index);
  });
  const membership = membershipOf(files, indexOf, leafOf);

  const documents = seed.documents.map((seedDoc, index) => {
    // A seed comes over the network: a bad one is refused as a whole, with a reason.
    const parsed = newDocumentSchema.safeParse(seedDoc);
    if (!parsed.success)
      refuse(
        `Invalid seed document ${index}`,
        at(`documents.${index}`, issuesFromZod(parsed.error)),
      );
    const doc = parsed.data;
    const leaf = leafOf(doc.fileMark);
    if (!leaf) refuse(`Unknown file mark ${doc.fileMark}`);
    const own = {
      order: journalOrder(seedDoc.year, seedDoc.sequence),
      reference: formatReferenceNumber(seed.organization.referenceMask, {
        abbreviation: seed.organization.abbreviation,
        sequence: seedDoc.sequence,
        year: seedDoc.year,
      }),
    };
    const member = membership[index];
    const file = member ? files[member.file]! : null;
    // Registered into a sběrný arch: the initiator's number with the order suffix.
    let numbers = own;
    if (file && member && member.order > 1 && leafOf(file.fileMark)?.mode === 'collectionSheet') {
      const initiator = seed.documents[indexOf.get(file.documents[0]!)!]!;
      if (initiator.year === seedDoc.year && initiator.sequence === seedDoc.sequence) {
        if (member.order > MAX_COLLECTION_SHEET_ORDER)
          refuse(`Case file ${file.reference} numbers more documents than a sběrný arch holds`);
        numbers = {
          order: collectionSheetJournalOrder(own.order, member.order),
          reference: collectionSheetReference(own.reference, member.order),
        };
      }
    }
    return buildDocumentRecord(
      doc,
      {
        pid: seedDoc.pid,
        year: seedDoc.year,
        sequence: seedDoc.sequence,
        journalOrder: numbers.order,
        referenceNumber: numbers.reference,
      },
      {
        registeredAt: seedDoc.registeredAt,
        retention: leaf.retention,
        createdBy: seedDoc.createdBy,
        state: seedDoc.state,
      },
    );
  });

  settleDocuments(seed, documents, indexOf);
  const caseFiles = files.map((file, index) =>
    caseFileOf(file, index, documents, indexOf, leafOf(file.fileMark)!),
  );
  documents.forEach((record, index) => {
    const member = membership[index];
    placeDocument(seed, record, index, member ? caseFiles[member.file]! : null, member);
  });
  return { documents, caseFiles };
}

/** Which file each document is in, and at which order; a document is in one file at most. */
function membershipOf(
  files: ReadonlyArray<ParsedCaseFile>,
  indexOf: ReadonlyMap<string, number>,
  leafOf: (mark: string) => Leaf | null,
): Array<Membership | undefined> {
  const membership: Array<Membership | undefined> = [];
  const ids = new Set<string>();
  files.forEach((file, fileIndex) => {
    if (ids.has(file.id) || indexOf.has(file.id))
      refuse(`Case file identifier ${file.id} is not unique`);
    ids.add(file.id);
    if (!leafOf(file.fileMark))
      refuse(`Case file ${file.reference} has an unknown file mark ${file.fileMark}`);
    file.documents.forEach((pid, position) => {
      const index = indexOf.get(pid);
      if (index === undefined)
        refuse(`Case file ${file.reference} names an unknown document ${pid}`);
      if (membership[index]) refuse(`Document ${pid} is in two case files`);
      membership[index] = { file: fileIndex, order: position + 1 };
    });
  });
  return membership;
}

/** Settlements, with the settling document's link back. */
function settleDocuments(
  seed: JournalSeed,
  documents: DocumentRecord[],
  indexOf: ReadonlyMap<string, number>,
): void {
  seed.documents.forEach((seedDoc, index) => {
    if (seedDoc.settlement === undefined) return;
    const record = documents[index]!;
    const settlement = parseSettlement(seedDoc.settlement, index);
    if (
      settledBeforeRegistered(settlement.date, record.registeredAt) ||
      Date.parse(settlement.recordedAt) < Date.parse(record.registeredAt)
    )
      refuse(`Document ${record.referenceNumber} is settled before it was registered`);
    if (settlement.settlingPid !== null) {
      const settling = indexOf.get(settlement.settlingPid);
      if (
        settling === undefined ||
        settling === index ||
        seed.documents[settling]!.state === 'cancelled'
      )
        refuse(`Document ${record.referenceNumber} names an invalid settling document`);
      documents[settling]!.settles.push(record.pid);
    }
    record.settlement = settlement;
  });
}

function caseFileOf(
  file: ParsedCaseFile,
  fileIndex: number,
  documents: ReadonlyArray<DocumentRecord>,
  indexOf: ReadonlyMap<string, number>,
  { retention, mode }: Leaf,
): CaseFileRecord {
  const members = file.documents.map((pid) => documents[indexOf.get(pid)!]!);
  let triggerYear: number | null = null;
  let custody: Custody | null = null;
  if (file.state === 'inProgress') {
    if (file.closedAt !== undefined || file.custody !== undefined || file.triggerYear !== undefined)
      refuse(`Open case file ${file.reference} carries a closing or custody`);
  } else {
    if (file.closedAt === undefined)
      refuse(`Closed case file ${file.reference} has no closing time`);
    if (members.length === 0) refuse(`Closed case file ${file.reference} is empty`);
    const unsettled = members.filter(
      (doc) =>
        doc.settlement === null ||
        Date.parse(doc.settlement.recordedAt) > Date.parse(file.closedAt!),
    );
    if (unsettled.length > 0)
      refuse(
        `Closed case file ${file.reference} holds unsettled documents: ${unsettled
          .map((doc) => doc.referenceNumber)
          .join(', ')}`,
      );
    if (Date.parse(file.closedAt) < Date.parse(file.openedAt))
      refuse(`Case file ${file.reference} is closed before it was opened`);
    triggerYear = file.triggerYear ?? officeYear(new Date(file.closedAt));
    if (file.state === 'inRecordsOffice') {
      if (file.custody === undefined)
        refuse(`Case file ${file.reference} is in the records office without custody`);
      custody = parseCustody(file.custody, `caseFiles.${fileIndex}.custody`);
      checkCustodyOrder(custody, file.closedAt, file.reference);
    } else if (file.custody !== undefined) {
      refuse(`Case file ${file.reference} has custody but is not in the records office`);
    }
  }
  const initiator = members[0] ?? null;
  return {
    id: file.id,
    reference: file.reference,
    year: file.year,
    sequence: file.sequence,
    title: file.title,
    fileMark: file.fileMark,
    planGroupId: '',
    retention,
    mode,
    initiatorPid: initiator?.pid ?? null,
    handler: file.handler,
    openedAt: file.openedAt,
    state: file.state,
    closedAt: file.closedAt ?? null,
    triggerYear,
    disposalYear: triggerYear === null ? null : disposalYear(triggerYear, retention),
    documentCount: members.length,
    nextOrder: members.length + 1,
    custody,
    words: indexWords([file.reference, file.title, file.fileMark, initiator?.referenceNumber]),
    createdBy: file.handler,
    revision: 1,
  };
}

function checkCustodyOrder(custody: Custody, after: string, name: string): void {
  const handedOver = Date.parse(custody.handedOverAt!);
  if (handedOver < Date.parse(after) || Date.parse(custody.takenOverAt!) < handedOver)
    refuse(`${name} is taken over by the records office before it was handed over`);
}

/**
 * A document's place in its file or the records office, the retention clock of a
 * stand-alone one, and the state that follows; a seed that names another state is
 * refused.
 */
function placeDocument(
  seed: JournalSeed,
  record: DocumentRecord,
  index: number,
  file: CaseFileRecord | null,
  member: Membership | undefined,
): void {
  const seedDoc = seed.documents[index]!;
  const settled = record.settlement !== null;
  let expected: DocumentState;
  if (seedDoc.state === 'cancelled') {
    if (file || settled || seedDoc.custody !== undefined)
      refuse(`Cancelled document ${record.referenceNumber} is in a file, settled or kept`);
    expected = 'cancelled';
  } else if (file && member) {
    if (record.fileMark !== file.fileMark)
      refuse(
        `Document ${record.referenceNumber} is classified ${record.fileMark}, its case file ${file.fileMark}`,
      );
    if (seedDoc.custody !== undefined)
      refuse(`Document ${record.referenceNumber} is kept apart from its case file`);
    record.caseFileId = file.id;
    record.caseFileOrder = member.order;
    record.retention = file.retention;
    record.custody = file.custody && { ...file.custody };
    expected = file.state === 'inProgress' ? (settled ? 'settled' : 'inProgress') : file.state;
  } else {
    if (record.settlement) {
      // A stand-alone document's retention runs from its settlement.
      record.triggerYear = Number(record.settlement.date.slice(0, 4));
      record.disposalYear = disposalYear(record.triggerYear, record.retention);
    }
    if (seedDoc.custody !== undefined) {
      if (!record.settlement)
        refuse(`Unsettled document ${record.referenceNumber} is in the records office`);
      record.custody = parseCustody(seedDoc.custody, `documents.${index}.custody`);
      checkCustodyOrder(record.custody, record.settlement.recordedAt, record.referenceNumber);
      expected = 'inRecordsOffice';
    } else {
      expected = settled ? 'settled' : 'registered';
    }
  }
  if (record.state !== expected)
    refuse(
      `Document ${record.referenceNumber} is ${record.state}, its life cycle says ${expected}`,
    );
}
