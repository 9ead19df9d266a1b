import type { IsdsBoxInfo, ZfoReport } from '../../../common/contract/isds';
import type { DataMessageRecord, SuspicionReason } from '../../../common/domain/databox';
import type { DeliveryInfo, Envelope, ReturnedMessage } from '../../../common/isds/model';
import { CommandError, runCommand } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { attachDeliveryInfo, attachSentMessage } from '../commands/attachSigned';
import {
  storeReceivedMessage,
  type DataboxContext,
  type StoreReceivedResult,
} from '../commands/storeReceived';
import { fictionOf } from '../model/fiction';
import { prepareMessageFiles, zfoBlob } from '../model/messageFiles';
import { buildMessageRecord, messageIdOf, signedMessageRecord } from '../model/messageRecord';
import { sealShownValid, suspicionOf } from '../model/suspicion';
import { databoxErrorOf, type DataboxPort } from '../port';

export type ImportResult =
  /** A received message of ours, stored now (and registered unless its seal failed). */
  | ({ outcome: 'received' } & StoreReceivedResult)
  /** Kept before: "already in the journal" (or in the inbox, when not registered). */
  | { outcome: 'alreadyStored'; messageId: string; pid: string | null }
  /** A message one of our boxes sent. */
  | { outcome: 'sent'; messageId: string; created: boolean; suspicious: SuspicionReason[] }
  /** A doručenka: attached to the sent message it belongs to, or kept on its own. */
  | { outcome: 'delivery'; messageId: string; attached: boolean; suspicious: SuspicionReason[] }
  /** Neither sent from nor to any of our boxes: nothing stored. */
  | { outcome: 'notOurs'; dbIDSender: string | null; dbIDRecipient: string | null };

export interface ZfoFile {
  name: string;
  bytes: Uint8Array;
}

/** main's verdict on the bytes; a file that is no ZFO is refused with main's `errors.zfo.*`. */
async function verify(
  port: Pick<DataboxPort, 'zfo.verify'>,
  bytes: Uint8Array,
): Promise<ZfoReport> {
  try {
    // The contract carries bytes over a plain ArrayBuffer (IPC cannot send a shared one).
    const plain =
      bytes.buffer instanceof ArrayBuffer
        ? (bytes as Uint8Array<ArrayBuffer>)
        : new Uint8Array(bytes);
    return await port['zfo.verify']({ bytes: plain });
  } catch (error) {
    const failure = databoxErrorOf(error);
    throw new CommandError(failure.code, [], failure.message, failure.params);
  }
}

function boxOf(boxes: IsdsBoxInfo[], dbID: string | null): IsdsBoxInfo | undefined {
  if (!dbID) return undefined;
  return boxes.find((box) => box.dbID !== null && box.dbID === dbID.toLowerCase());
}

/**
 * Imports a ZFO from disk: main parses and verifies it, then by what it holds —
 * a message received by one of our boxes is stored and registered as if downloaded
 * (one whose seal fails is kept, flagged, and not registered); a message we sent is
 * kept as sent; a doručenka goes to its sent message, or is kept on its own. A file
 * that is no ZFO stores nothing. Importing the same message again changes nothing.
 */
export async function importZfoFile(
  db: UradovnaDatabase,
  port: Pick<DataboxPort, 'zfo.verify' | 'isds.boxes'>,
  file: ZfoFile,
  context: DataboxContext = {},
): Promise<ImportResult> {
  const now = context.now ?? new Date();
  const report = await verify(port, file.bytes);
  const { boxes } = await port['isds.boxes']({});
  const content = report.content;
  const envelope =
    content.kind === 'delivery' ? content.delivery.envelope : content.message.envelope;
  const recipientBox = boxOf(boxes, envelope.dbIDRecipient);
  const senderBox = boxOf(boxes, envelope.dbIDSender);

  if (content.kind === 'received' || (content.kind === 'sent' && !senderBox && recipientBox)) {
    if (!recipientBox) return notOurs(envelope);
    const existing = await db.isdsMessages.get(messageIdOf('received', envelope.dmID));
    if (existing)
      return { outcome: 'alreadyStored', messageId: existing.id, pid: existing.documentPid };
    const receivedReport: ZfoReport =
      content.kind === 'received'
        ? report
        : { ...report, content: { ...content, kind: 'received' } };
    const result = await storeReceivedMessage(
      db,
      { boxKey: recipientBox.key, zfo: file.bytes, report: receivedReport },
      {
        ...context,
        now,
        // An imported file with a seal that fails is not proven to be a data message.
        register: context.register ?? sealShownValid(suspicionOf(report)),
      },
    );
    if (!result.stored)
      return { outcome: 'alreadyStored', messageId: result.messageId, pid: result.pid };
    return { outcome: 'received', ...result };
  }

  if (content.kind === 'sent') {
    if (!senderBox) return notOurs(envelope);
    return importSent(db, senderBox, file.bytes, report, content.message, now);
  }

  if (!senderBox && !recipientBox) return notOurs(envelope);
  return importDelivery(
    db,
    (senderBox ?? recipientBox) as IsdsBoxInfo,
    senderBox !== undefined,
    file.bytes,
    report,
    content.delivery,
    now,
  );
}

function notOurs(envelope: Envelope): ImportResult {
  return {
    outcome: 'notOurs',
    dbIDSender: envelope.dbIDSender,
    dbIDRecipient: envelope.dbIDRecipient,
  };
}

/** The record of a sent message by its dmID, whatever its id (a queued one keeps `sent:local-…`). */
async function sentRecordOf(
  db: UradovnaDatabase,
  dmID: string,
): Promise<DataMessageRecord | undefined> {
  return db.isdsMessages
    .where('dmID')
    .equals(dmID)
    .filter((record) => record.direction === 'sent')
    .first();
}

async function importSent(
  db: UradovnaDatabase,
  box: IsdsBoxInfo,
  zfo: Uint8Array,
  report: ZfoReport,
  message: ReturnedMessage,
  now: Date,
): Promise<ImportResult> {
  const dmID = message.envelope.dmID;
  const existing = await sentRecordOf(db, dmID);
  if (existing) {
    const blob = await db.isdsBlobs.get(`${existing.id}:message`);
    if (!blob) await attachSentMessage(db, existing.id, { zfo, report }, now);
    return {
      outcome: 'sent',
      messageId: existing.id,
      created: false,
      suspicious: (await db.isdsMessages.get(existing.id))?.suspicious ?? existing.suspicious,
    };
  }
  const prepared = prepareMessageFiles(message.files);
  const record = signedMessageRecord({
    direction: 'sent',
    boxKey: box.key,
    message,
    files: prepared,
    report,
    now,
  });
  const stored = await storeRecordWithBlob(db, record, 'message', zfo, report.sha256);
  return {
    outcome: 'sent',
    messageId: stored.id,
    created: stored.created,
    suspicious: stored.suspicious,
  };
}

async function importDelivery(
  db: UradovnaDatabase,
  box: IsdsBoxInfo,
  ourMessage: boolean,
  zfo: Uint8Array,
  report: ZfoReport,
  delivery: DeliveryInfo,
  now: Date,
): Promise<ImportResult> {
  const dmID = delivery.envelope.dmID;
  const existing = ourMessage
    ? await sentRecordOf(db, dmID)
    : await db.isdsMessages.get(messageIdOf('received', dmID));
  if (existing) {
    await attachDeliveryInfo(db, existing.id, { zfo, report }, now);
    const updated = await db.isdsMessages.get(existing.id);
    return {
      outcome: 'delivery',
      messageId: existing.id,
      attached: true,
      suspicious: updated?.suspicious ?? [],
    };
  }
  // The message itself is not here: the doručenka is kept on its own, as its record.
  const record: DataMessageRecord = {
    ...buildMessageRecord({
      direction: ourMessage ? 'sent' : 'received',
      boxKey: box.key,
      envelope: delivery.envelope,
      files: [],
      state: delivery.dmMessageStatus,
      deliveryTime: delivery.dmDeliveryTime,
      acceptanceTime: delivery.dmAcceptanceTime,
      fictionAt: fictionOf(delivery.dmMessageStatus, delivery.dmDeliveryTime),
      suspicious: suspicionOf(report),
      report,
      events: delivery.dmEvents,
      now,
    }),
    // The seal shown is the doručenka's; no message ZFO is kept.
    zfoSha256: null,
    unread: false,
    hasDeliveryZfo: true,
  };
  const stored = await storeRecordWithBlob(db, record, 'delivery', zfo, report.sha256);
  return {
    outcome: 'delivery',
    messageId: stored.id,
    attached: false,
    suspicious: stored.suspicious,
  };
}

/** A record and its one ZFO, together; a record stored meanwhile is left as it is. */
async function storeRecordWithBlob(
  db: UradovnaDatabase,
  record: DataMessageRecord,
  kind: 'message' | 'delivery',
  zfo: Uint8Array,
  sha256: string,
): Promise<{ id: string; created: boolean; suspicious: SuspicionReason[] }> {
  return runCommand(() =>
    db.transaction('rw', [db.isdsMessages, db.isdsBlobs], async () => {
      const existing = await db.isdsMessages.get(record.id);
      if (existing) return { id: existing.id, created: false, suspicious: existing.suspicious };
      await db.isdsMessages.add(record);
      await db.isdsBlobs.add({
        id: `${record.id}:${kind}`,
        messageId: record.id,
        kind,
        sha256,
        blob: zfoBlob(zfo),
      });
      return { id: record.id, created: true, suspicious: record.suspicious };
    }),
  );
}
