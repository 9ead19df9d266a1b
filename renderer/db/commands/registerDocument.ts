import { makePid } from '../../../common/domain/pid';
import { buildDocumentRecord } from '../../../common/domain/documentRecord';
import type { NewDocumentInput } from '../../../common/domain/document';
import { findClassifiable } from '../../../common/domain/filePlan';
import { validateNewDocument } from '../../../common/domain/documentRules';
import { officeDateString, officeYear } from '../../../common/domain/time';
import {
  MAX_COLLECTION_SHEET_ORDER,
  collectionSheetJournalOrder,
  collectionSheetReference,
  type CaseFileRecord,
} from '../../../common/domain/caseFile';
import type { OrganizationProfile } from '../../../common/contract/types';
import type { NumberStatus } from '../../../common/domain/sync';
import { placeInCaseFile } from './caseFiles/membership';
import { actorOf } from '../actor';
import { requireCaseFile } from './lifecycleSupport';
import { CommandError, runCommand } from '../errors';
import { allocateNumber, markReservedUse, type AllocatedNumber } from '../numbering';
import { enqueue } from '../outbox';
import type { ComponentRecord, UradovnaDatabase } from '../schema';
import { getSetting } from '../settings';
import { appendTxLog, type TxLogDraft } from '../txlog/append';
import { prepareFiles, type IncomingFile } from './prepareFiles';

export interface RegisterResult {
  pid: string;
  referenceNumber: string;
  /** `provisional` tells the clerk the number will change (offline, no reserved number left). */
  numberStatus: NumberStatus;
  /** Files whose names were made safe, as [original, stored]. */
  renamedFiles: Array<[string, string]>;
}

export interface CommandContext {
  now?: Date;
  /** Register straight into this open case file (its mark and rule; in a sběrný arch, its number). */
  caseFileId?: string | null;
}

const PID_ATTEMPTS = 5;

/**
 * Registers an incoming or own document: validates it, gives it a PID and the next
 * reference number, stores it with its files, queues it for the eSSL and logs
 * `Zalozeni` — all in one transaction, so either everything is saved or nothing.
 */
export async function registerDocument(
  db: UradovnaDatabase,
  input: NewDocumentInput,
  files: IncomingFile[] = [],
  context: CommandContext = {},
): Promise<RegisterResult> {
  const now = context.now ?? new Date();
  const prepared = await prepareFiles(files);
  if (prepared.issues.length > 0) throw new CommandError('errors.validation', prepared.issues);

  return runCommand(() =>
    db.transaction('rw', registrationTables(db), async () => {
      const { componentIds: _ids, ...result } = await registerWithin(db, input, prepared.files, {
        ...context,
        now,
      });
      return result;
    }),
  );
}

/** The tables a registration writes or reads; a caller's outer transaction must include them. */
export function registrationTables(db: UradovnaDatabase) {
  return [
    db.documents,
    db.components,
    db.sequences,
    db.reservedNumbers,
    db.syncMeta,
    db.outbox,
    db.txlog,
    db.settings,
    db.planGroups,
    db.caseFiles,
  ];
}

/**
 * A file ready to become a component: checked, named safely and hashed before the
 * transaction opened. `role` marks a signed original (a data message's ZFO).
 */
export interface StorableFile {
  name: string;
  originalName: string;
  mime: string;
  size: number;
  sha256: string;
  blob: Blob;
  renamed: boolean;
  role?: ComponentRecord['role'];
}

export interface RegisteredWithin extends RegisterResult {
  /** The components in the order of the files given. */
  componentIds: string[];
}

/**
 * The registration itself, inside the caller's open transaction (over at least
 * `registrationTables`): a command that stores more than the document — a data
 * message with its signed original — commits all of it or nothing.
 */
export async function registerWithin(
  db: UradovnaDatabase,
  input: NewDocumentInput,
  files: ReadonlyArray<StorableFile>,
  context: CommandContext & { now: Date },
): Promise<RegisteredWithin> {
  const { now } = context;
  const organization = await getSetting(db, 'organization');
  if (!organization) throw new CommandError('errors.notConfigured');
  const actor = await actorOf(db);
  const caseFile = context.caseFileId ? await requireCaseFile(db, context.caseFileId) : null;
  // Only the versions of the document's own mark decide (validation and retention look
  // up nothing else): read them by index, not the whole plan for every registration.
  // The input is checked below; a missing mark reads nothing and fails validation there.
  const mark =
    caseFile?.fileMark ?? (typeof input.fileMark === 'string' ? input.fileMark.trim() : '');
  const plan = await db.planGroups.where('fileMark').equals(mark).toArray();
  if (caseFile && caseFile.state !== 'inProgress')
    throw new CommandError('errors.caseFile.notOpen');

  // A document registered into a case file takes the file's classification.
  const validated = validateNewDocument(
    caseFile ? { ...input, fileMark: caseFile.fileMark } : input,
    {
      now,
      filePlan: plan,
      markOpenToday: caseFile === null,
    },
  );
  if (!validated.ok) throw new CommandError('errors.validation', validated.issues);
  const doc = validated.value;
  const retention =
    caseFile?.retention ?? findClassifiable(plan, doc.fileMark, officeDateString(now))?.retention;
  if (!retention)
    throw new CommandError('errors.validation', [
      { path: 'fileMark', message: 'validation.fileMark.unknown' },
    ]);

  const pid = await uniquePid(db, organization.pidPrefix);
  const numbers = await numberFor(db, organization, caseFile, now);
  const registeredAt = now.toISOString();
  const record = buildDocumentRecord(
    doc,
    { pid, ...numbers },
    {
      registeredAt,
      retention,
      createdBy: actor,
      componentCount: files.length,
    },
  );

  const components: ComponentRecord[] = files.map((file) => ({
    id: crypto.randomUUID(),
    pid,
    name: file.name,
    originalName: file.originalName,
    mime: file.mime,
    size: file.size,
    sha256: file.sha256,
    addedAt: registeredAt,
    blob: file.blob,
    ...(file.role ? { role: file.role } : {}),
  }));

  await db.documents.add(record);
  if (numbers.numberStatus === 'reserved')
    await markReservedUse(db, 'documents', numbers.year, numbers.sequence, pid);
  if (components.length > 0) await db.components.bulkAdd(components);

  const { words: _words, ...payload } = record;
  await enqueue(
    db,
    [
      { kind: 'document.register', entityId: pid, payload },
      ...components.map((component) => ({
        kind: 'component.add',
        entityId: component.id,
        payload: {
          pid,
          componentId: component.id,
          name: component.name,
          sha256: component.sha256,
        },
      })),
    ],
    now,
  );

  const logDrafts: TxLogDraft[] = [
    {
      event: 'Zalozeni',
      entityType: 'document',
      entityId: pid,
      actor,
      detail: { referenceNumber: record.referenceNumber, direction: record.direction },
    },
    ...components.map((component): TxLogDraft => ({
      event: 'Zalozeni',
      entityType: 'component',
      entityId: component.id,
      actor,
      detail: { pid, name: component.name, sha256: component.sha256, size: component.size },
    })),
  ];
  await appendTxLog(db, logDrafts, now);
  if (caseFile) await placeInCaseFile(db, caseFile, record, actor, now, { registered: true });

  return {
    pid,
    referenceNumber: record.referenceNumber,
    numberStatus: numbers.numberStatus,
    renamedFiles: files
      .filter((file) => file.renamed)
      .map((file): [string, string] => [file.originalName, file.name]),
    componentIds: components.map((component) => component.id),
  };
}

/**
 * The evidence period is the year of registration: the journal runs in the order
 * documents were entered, whatever date the letter itself bears. A document registered
 * into a sběrný arch takes no number of its own but the initiator's with its order.
 */
async function numberFor(
  db: UradovnaDatabase,
  organization: OrganizationProfile,
  caseFile: CaseFileRecord | null,
  now: Date,
): Promise<AllocatedNumber> {
  if (caseFile?.mode === 'collectionSheet' && caseFile.initiatorPid) {
    const initiator = await db.documents.get(caseFile.initiatorPid);
    const order = caseFile.nextOrder;
    if (initiator && order <= MAX_COLLECTION_SHEET_ORDER) {
      return {
        year: initiator.year,
        sequence: initiator.sequence,
        journalOrder: collectionSheetJournalOrder(initiator.journalOrder, order),
        referenceNumber: collectionSheetReference(initiator.referenceNumber, order),
        // A member's number stands or falls with the initiator's.
        numberStatus: initiator.numberStatus ?? 'local',
      };
    }
  }
  return allocateNumber(db, organization, officeYear(now));
}

async function uniquePid(db: UradovnaDatabase, prefix: string): Promise<string> {
  for (let attempt = 0; attempt < PID_ATTEMPTS; attempt++) {
    const pid = makePid(prefix, crypto.getRandomValues(new Uint8Array(7)));
    if ((await db.documents.get(pid)) === undefined) return pid;
  }
  throw new Error('Could not find a free PID');
}
