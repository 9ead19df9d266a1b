import type { ZfoReport } from '../../../common/contract/isds';
import type { DataMessageRecord, SuspicionReason } from '../../../common/domain/databox';
import type { IncomingDocumentInput } from '../../../common/domain/document';
import { SUBJECT_MAX } from '../../../common/domain/document';
import type { ReturnedMessage } from '../../../common/isds/model';
import { CommandError, runCommand } from '../../db/errors';
import {
  registerWithin,
  registrationTables,
  type StorableFile,
} from '../../db/commands/registerDocument';
import type { UradovnaDatabase } from '../../db/schema';
import { intakeClassification, type IntakeClassification } from '../model/intakeClassification';
import { signedMessageRecord } from '../model/messageRecord';
import { prepareMessageFiles, sha256HexAsync, zfoBlob, zfoComponent } from '../model/messageFiles';
import { senderPartyOf } from '../model/senderParty';
import { provenRecord } from '../model/suspicion';
import type { DataboxPort } from '../port';

export interface ReceivedZfo {
  /** Our box the message arrived in (its settings key). */
  boxKey: string;
  /** The signed message exactly as ISDS gave it. */
  zfo: Uint8Array;
  /** main's verification of exactly these bytes. */
  report: ZfoReport;
}

export interface DataboxContext {
  now?: Date;
  /** File mark and handler of the registration (else the box's setting, see intakeClassification). */
  classification?: Partial<IntakeClassification>;
  /**
   * Register the message in the journal (default). An imported file whose seal does not
   * verify is kept without a registration: it is not proven to be a data message.
   */
  register?: boolean;
  /**
   * The bytes came from ISDS itself (a download, not a file from disk): they replace
   * an unproven record of the same dmID (see `provenRecord`).
   */
  downloaded?: boolean;
  /** ISDS was told already that the message was downloaded (main did it with the download). */
  markedDownloaded?: boolean;
  /**
   * The classification `intakeClassification` gave for this box in this run, taken as
   * it is: a receive works it out once, not once per message.
   */
  resolvedClassification?: Partial<IntakeClassification>;
}

export interface StoreReceivedResult {
  /** False when the message was stored before (nothing was written now). */
  stored: boolean;
  messageId: string;
  dmID: string;
  /** The journal document, when the message is registered. */
  pid: string | null;
  referenceNumber: string | null;
  suspicious: SuspicionReason[];
  /** Attachments saved under a safe name, as [original, stored]. */
  renamedFiles: Array<[string, string]>;
}

/** Text for the journal's subject: one line, within the limit; an empty dmAnnotation names the message. */
function subjectOf(message: ReturnedMessage): string {
  const text = (message.envelope.dmAnnotation ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return `Datová zpráva ${message.envelope.dmID}`;
  return text.length > SUBJECT_MAX ? text.slice(0, SUBJECT_MAX) : text;
}

/** Received at = delivered to the box; never after now (a later ISDS clock must not stop it). */
function receivedAtOf(message: ReturnedMessage, now: Date): string {
  const delivered = message.dmDeliveryTime ? Date.parse(message.dmDeliveryTime) : NaN;
  if (Number.isNaN(delivered) || delivered > now.getTime()) return now.toISOString();
  return new Date(delivered).toISOString();
}

function clipReference(reference: string | null): string | null {
  const text = reference?.trim();
  return text ? text.slice(0, 100) : null;
}

export function incomingInputOf(
  message: ReturnedMessage,
  classification: Partial<IntakeClassification>,
  now: Date,
): IncomingDocumentInput {
  return {
    direction: 'incoming',
    sender: senderPartyOf(message.envelope),
    receivedAt: receivedAtOf(message, now),
    channel: 'databox',
    senderReference: { number: clipReference(message.envelope.dmSenderRefNumber), date: null },
    subject: subjectOf(message),
    // Electronic: its files are components, there is no paper.
    sheets: 0,
    attachments: { count: 0, kind: 'paper', description: null },
    fileMark: classification.fileMark ?? '',
    handler: classification.handler ?? '',
    note: null,
  };
}

export interface PreparedReceived {
  record: DataMessageRecord;
  files: StorableFile[];
  zfo: Uint8Array;
  /** The ZFO's one Blob: the document's signed-original component and `isdsBlobs` share it. */
  zfoBlob: Blob;
  message: ReturnedMessage;
  renamedFiles: Array<[string, string]>;
}

/**
 * Everything of a received message computed before a transaction opens: the record,
 * the files with safe names and their hashes. Refuses a report that is not of a
 * received message or not of these bytes.
 */
export async function prepareReceived(input: ReceivedZfo, now: Date): Promise<PreparedReceived> {
  const { report, zfo } = input;
  if (report.content.kind !== 'received')
    throw new CommandError('errors.databox.notReceivedMessage');
  const message = report.content.message;
  // All hashes at once: WebCrypto works on them side by side, off this thread.
  const [zfoSha256, ...hashes] = await Promise.all([
    sha256HexAsync(zfo),
    ...message.files.map((file) => sha256HexAsync(file.content)),
  ]);
  if (zfoSha256 !== report.sha256.toLowerCase())
    throw new CommandError('errors.databox.reportMismatch');
  const prepared = prepareMessageFiles(message.files, hashes);
  const record = signedMessageRecord({
    direction: 'received',
    boxKey: input.boxKey,
    message,
    files: prepared,
    report,
    now,
  });
  const blob = zfoBlob(zfo);
  return {
    record,
    files: [
      ...prepared.map((file) => file.storable),
      zfoComponent(message.envelope.dmID, zfo, zfoSha256, blob),
    ],
    zfo,
    zfoBlob: blob,
    message,
    renamedFiles: prepared
      .filter((file) => file.renamed)
      .map((file): [string, string] => [file.file.originalName, file.file.name]),
  };
}

/** The tables storing a received message writes: the registration's and the messages'. */
export function receivedTables(db: UradovnaDatabase) {
  return [...registrationTables(db), db.isdsMessages, db.isdsBlobs];
}

/**
 * Stores a prepared message inside the caller's transaction (`receivedTables`): the
 * record, the ZFO unchanged, and — unless told otherwise — its registration as an
 * incoming document whose components are the attachments and the ZFO (the signed
 * original). A dmID stored before is left as it is, unless the record is unproven
 * and these bytes were downloaded from ISDS: then they replace it.
 */
export async function storeReceivedWithin(
  db: UradovnaDatabase,
  given: PreparedReceived,
  context: DataboxContext & { now: Date },
): Promise<StoreReceivedResult> {
  const prepared: PreparedReceived = context.markedDownloaded
    ? { ...given, record: { ...given.record, markedDownloaded: true } }
    : given;
  const { record, message } = prepared;
  const { now } = context;
  const existing = await db.isdsMessages.get(record.id);
  if (existing && (provenRecord(existing) || !context.downloaded))
    return {
      stored: false,
      messageId: existing.id,
      dmID: message.envelope.dmID,
      pid: existing.documentPid,
      referenceNumber: null,
      suspicious: existing.suspicious,
      renamedFiles: [],
    };
  let stored = record;
  let pid: string | null = null;
  let referenceNumber: string | null = null;
  if (context.register !== false) {
    const linked = await registerPrepared(db, prepared, context, now);
    ({ pid, referenceNumber, record: stored } = linked);
  }
  if (existing) await db.isdsBlobs.where('messageId').equals(existing.id).delete();
  await db.isdsMessages.put(stored);
  await db.isdsBlobs.put({
    id: `${record.id}:message`,
    messageId: record.id,
    kind: 'message',
    sha256: record.zfoSha256 ?? '',
    blob: prepared.zfoBlob,
  });
  return {
    stored: true,
    messageId: record.id,
    dmID: message.envelope.dmID,
    pid,
    referenceNumber,
    suspicious: record.suspicious,
    renamedFiles: prepared.renamedFiles,
  };
}

/** The registration of a prepared message; the record comes back linked to its components. */
async function registerPrepared(
  db: UradovnaDatabase,
  prepared: PreparedReceived,
  context: DataboxContext,
  now: Date,
): Promise<{ pid: string; referenceNumber: string; record: DataMessageRecord }> {
  const { record, message } = prepared;
  const classification =
    context.resolvedClassification ??
    (await intakeClassification(db, record.boxKey, context.classification, now));
  const registered = await registerWithin(
    db,
    incomingInputOf(message, classification, now),
    prepared.files,
    { now },
  );
  return {
    pid: registered.pid,
    referenceNumber: registered.referenceNumber,
    record: {
      ...record,
      documentPid: registered.pid,
      files: record.files.map((file, index) => ({
        ...file,
        componentId: registered.componentIds[index] ?? null,
      })),
      zfoComponentId: registered.componentIds[record.files.length] ?? null,
    },
  };
}

/**
 * Stores a downloaded (or imported) received message and registers it as an incoming
 * document delivered by data box — in ONE transaction, so a failure leaves nothing
 * behind. Storing the same dmID again does nothing.
 */
export async function storeReceivedMessage(
  db: UradovnaDatabase,
  input: ReceivedZfo,
  context: DataboxContext = {},
): Promise<StoreReceivedResult> {
  const now = context.now ?? new Date();
  const prepared = await prepareReceived(input, now);
  return runCommand(() =>
    db.transaction('rw', receivedTables(db), async () => {
      return await storeReceivedWithin(db, prepared, { ...context, now });
    }),
  );
}

/**
 * Registers a received message kept without a registration (an imported file the
 * clerk decided to register after all): its ZFO is verified again by main, and the
 * attachments come from it.
 */
export async function registerStoredMessage(
  db: UradovnaDatabase,
  port: Pick<DataboxPort, 'zfo.verify'>,
  messageId: string,
  context: DataboxContext = {},
): Promise<{ pid: string; referenceNumber: string }> {
  const now = context.now ?? new Date();
  const record = await db.isdsMessages.get(messageId);
  if (!record || record.direction !== 'received')
    throw new CommandError('errors.databox.messageNotFound');
  if (record.documentPid) throw new CommandError('errors.databox.alreadyRegistered');
  const blob = await db.isdsBlobs.get(`${record.id}:message`);
  if (!blob) throw new CommandError('errors.databox.messageNotFound');
  const zfo = new Uint8Array(await blob.blob.arrayBuffer());
  const report = await port['zfo.verify']({ bytes: zfo });
  const prepared = await prepareReceived({ boxKey: record.boxKey, zfo, report }, now);
  return runCommand(() =>
    db.transaction('rw', receivedTables(db), async () => {
      const current = await db.isdsMessages.get(messageId);
      if (!current) throw new CommandError('errors.databox.messageNotFound');
      if (current.documentPid) throw new CommandError('errors.databox.alreadyRegistered');
      const linked = await registerPrepared(db, prepared, context, now);
      await db.isdsMessages.update(messageId, {
        documentPid: linked.record.documentPid,
        files: linked.record.files,
        zfoComponentId: linked.record.zfoComponentId ?? null,
        updatedAt: now.toISOString(),
      });
      return { pid: linked.pid, referenceNumber: linked.referenceNumber };
    }),
  );
}
