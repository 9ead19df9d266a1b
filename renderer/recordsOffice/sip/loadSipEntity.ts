import type { OrganizationProfile } from '../../../common/contract/types';
import type { CaseFileRecord } from '../../../common/domain/caseFile';
import type { DocumentRecord } from '../../../common/domain/document';
import {
  findClassifiable,
  type FilePlanGroup,
  type FilePlanVersion,
} from '../../../common/domain/filePlan';
import { officeDateString } from '../../../common/domain/time';
import type { SipClassification, SipComponent, SipEntity } from '../../../common/nsesss/sip/types';
import { CommandError } from '../../db/errors';
import type { ComponentRecord, UradovnaDatabase } from '../../db/schema';

/**
 * Reads what one SIP package describes — a case file with its documents, or a
 * stand-alone document — with its files (as Blobs, not read yet) and its place in
 * the file plan. Runs inside the caller's read transaction, so the package shows one
 * consistent moment. Refuses records the archive would not accept.
 */

export type SipTarget = { type: 'caseFile' | 'document'; id: string };

export interface LoadedSipEntity {
  entity: SipEntity;
  /** The Blob of each component, by component id. */
  blobs: Map<string, Blob>;
  /** Ids whose transaction-log entries the package carries. */
  logIds: string[];
}

const sipError = (code: string, params: Record<string, string | number>) =>
  new CommandError(`recordsOffice.sip.${code}`, [], code, params);

function componentMetadata({
  id,
  pid,
  name,
  mime,
  size,
  sha256,
  addedAt,
}: ComponentRecord): SipComponent {
  return { id, pid, name, mime, size, sha256, addedAt };
}

/** The groups above `group` within its plan version, top first, ending with `group`. */
async function chainOf(db: UradovnaDatabase, group: FilePlanGroup): Promise<FilePlanGroup[]> {
  const plan = await db.planGroups.where('planId').equals(group.planId).toArray();
  const byMark = new Map(plan.map((candidate) => [candidate.fileMark, candidate]));
  const chain = [group];
  const seen = new Set([group.fileMark]);
  for (let parent = group.parentMark; parent !== null;) {
    const found = byMark.get(parent);
    // A plan with a cycle or a missing parent stops here rather than looping.
    if (!found || seen.has(found.fileMark)) break;
    seen.add(found.fileMark);
    chain.unshift(found);
    parent = found.parentMark;
  }
  return chain;
}

/** The stored plan version, or — for a plan kept before versions existed — what is known of it. */
async function planOf(
  db: UradovnaDatabase,
  chain: FilePlanGroup[],
  organization: OrganizationProfile,
): Promise<FilePlanVersion> {
  const planId = chain[0]?.planId ?? '';
  const stored = await db.filePlanVersions.get(planId);
  if (stored) return stored;
  const validFrom = chain.map((group) => group.validFrom).sort()[0] ?? '2000-01-01';
  return {
    id: planId,
    identifier: planId,
    identifierSource: organization.pidPrefix,
    title: 'Spisový a skartační plán',
    comment: null,
    issuer: organization.name,
    validFrom,
    validTo: null,
    importedAt: validFrom,
    legacy: false,
    issuerDetails: null,
  };
}

async function classificationOf(
  db: UradovnaDatabase,
  group: FilePlanGroup | undefined,
  fileMark: string,
  organization: OrganizationProfile,
): Promise<SipClassification> {
  if (!group) throw sipError('planGroupMissing', { fileMark });
  const groups = await chainOf(db, group);
  return { plan: await planOf(db, groups, organization), groups };
}

/** The plan and its groups have logs of their own (import, changes). */
function planIds({ plan, groups }: SipClassification): string[] {
  return [plan.id, ...groups.map((group) => group.id)];
}

/** File marks of documents outside the package that settlement links name. */
async function relatedMarks(
  db: UradovnaDatabase,
  documents: DocumentRecord[],
): Promise<Record<string, string>> {
  const inside = new Set(documents.map((document) => document.pid));
  const outside = [
    ...new Set(
      documents.flatMap((document) => [
        ...(document.settlement?.settlingPid ? [document.settlement.settlingPid] : []),
        ...document.settles,
      ]),
    ),
  ].filter((pid) => !inside.has(pid));
  const found = await db.documents.bulkGet(outside);
  return Object.fromEntries(
    found.flatMap((document) => (document ? [[document.pid, document.fileMark]] : [])),
  );
}

async function componentsOf(db: UradovnaDatabase, pids: string[]) {
  const rows = await db.components.where('pid').anyOf(pids).toArray();
  // In the order they were added; the id breaks ties of one registration.
  rows.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  const byPid = new Map<string, SipComponent[]>();
  for (const row of rows) {
    const list = byPid.get(row.pid);
    if (list) list.push(componentMetadata(row));
    else byPid.set(row.pid, [componentMetadata(row)]);
  }
  return { byPid, blobs: new Map(rows.map((row) => [row.id, row.blob])) };
}

async function loadCaseFile(
  db: UradovnaDatabase,
  caseFile: CaseFileRecord,
  organization: OrganizationProfile,
): Promise<LoadedSipEntity> {
  if (!caseFile.closedAt) throw sipError('caseFileNotClosed', { reference: caseFile.reference });
  const documents = await db.documents.where('caseFileId').equals(caseFile.id).toArray();
  if (documents.length === 0) throw sipError('caseFileEmpty', { reference: caseFile.reference });
  documents.sort((a, b) => (a.caseFileOrder ?? 0) - (b.caseFileOrder ?? 0));
  const { byPid, blobs } = await componentsOf(
    db,
    documents.map((document) => document.pid),
  );
  const group =
    (await db.planGroups.get(caseFile.planGroupId)) ??
    findClassifiable(
      await db.planGroups.where('fileMark').equals(caseFile.fileMark).toArray(),
      caseFile.fileMark,
    );
  const classification = await classificationOf(db, group, caseFile.fileMark, organization);
  return {
    entity: {
      kind: 'caseFile',
      caseFile,
      documents: documents.map((document) => ({
        document,
        components: byPid.get(document.pid) ?? [],
      })),
      classification,
      relatedMarks: await relatedMarks(db, documents),
    },
    blobs,
    logIds: [
      caseFile.id,
      ...documents.map((document) => document.pid),
      ...blobs.keys(),
      ...planIds(classification),
    ],
  };
}

async function loadDocument(
  db: UradovnaDatabase,
  document: DocumentRecord,
  organization: OrganizationProfile,
): Promise<LoadedSipEntity> {
  if (!document.settlement)
    throw sipError('documentNotSettled', { reference: document.referenceNumber });
  const { byPid, blobs } = await componentsOf(db, [document.pid]);
  const versions = await db.planGroups.where('fileMark').equals(document.fileMark).toArray();
  // The group it was classified in: open on the day it was registered, else any version.
  const group =
    findClassifiable(
      versions,
      document.fileMark,
      officeDateString(new Date(document.registeredAt)),
    ) ?? findClassifiable(versions, document.fileMark);
  const classification = await classificationOf(db, group, document.fileMark, organization);
  return {
    entity: {
      kind: 'document',
      document: { document, components: byPid.get(document.pid) ?? [] },
      classification,
      relatedMarks: await relatedMarks(db, [document]),
    },
    blobs,
    logIds: [document.pid, ...blobs.keys(), ...planIds(classification)],
  };
}

export async function loadSipEntity(
  db: UradovnaDatabase,
  target: SipTarget,
  organization: OrganizationProfile,
): Promise<LoadedSipEntity> {
  if (target.type === 'caseFile') {
    const caseFile = await db.caseFiles.get(target.id);
    if (!caseFile) throw sipError('notFound', { id: target.id });
    return loadCaseFile(db, caseFile, organization);
  }
  const document = await db.documents.get(target.id);
  if (!document) throw sipError('notFound', { id: target.id });
  return loadDocument(db, document, organization);
}
