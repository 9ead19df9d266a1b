import type { ZfoReport } from '../../../common/contract/isds';
import type { DataMessageBlob, DataMessageRecord } from '../../../common/domain/databox';
import type { DeliveryInfo, ReturnedMessage } from '../../../common/isds/model';
import { CommandError, runCommand } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { fictionOf } from '../model/fiction';
import { sha256Hex, zfoBlob } from '../model/messageFiles';
import { suspicionOf } from '../model/suspicion';

/**
 * The signed originals of a sent message, attached to its record once ISDS gives
 * them: the message itself (SignedSentMessageDownload) and the doručenka
 * (GetSignedDeliveryInfo). The bytes are kept unchanged; the record takes over the
 * state, the times and the events they carry.
 */

function checkBytes(zfo: Uint8Array, report: ZfoReport): void {
  if (sha256Hex(zfo) !== report.sha256.toLowerCase())
    throw new CommandError('errors.databox.reportMismatch');
}

/** The later of two states as ISDS moves them (a doručenka never takes a state back). */
function laterState(current: number, incoming: number): number {
  return incoming > current ? incoming : current;
}

export function deliveryChanges(
  record: DataMessageRecord,
  source: Pick<DeliveryInfo, 'dmDeliveryTime' | 'dmAcceptanceTime' | 'dmMessageStatus'>,
): Pick<DataMessageRecord, 'state' | 'deliveryTime' | 'acceptanceTime' | 'fictionAt'> {
  const state = laterState(record.state, source.dmMessageStatus);
  const deliveryTime = source.dmDeliveryTime ?? record.deliveryTime;
  return {
    state,
    deliveryTime,
    acceptanceTime: source.dmAcceptanceTime ?? record.acceptanceTime,
    fictionAt: fictionOf(state, deliveryTime, record.fictionAt),
  };
}

/** The signed sent message as the record's message ZFO. */
export async function attachSentMessage(
  db: UradovnaDatabase,
  messageId: string,
  signed: { zfo: Uint8Array; report: ZfoReport },
  now = new Date(),
): Promise<void> {
  const { zfo, report } = signed;
  checkBytes(zfo, report);
  if (report.content.kind !== 'sent') throw new CommandError('errors.databox.notSentMessage');
  const message: ReturnedMessage = report.content.message;
  await keepSigned(db, messageId, 'message', signed, (record) => ({
    ...deliveryChanges(record, message),
    // ISDS's envelope names the sender and recipient as ISDS knows them.
    envelope: { ...record.envelope, ...message.envelope },
    seal: report.seal,
    timestamp: report.timestamp,
    zfoSha256: report.sha256,
    suspicious: mergeSuspicion(record, suspicionOf(report)),
    updatedAt: now.toISOString(),
  }));
}

/** The signed delivery info (doručenka) with its events. */
export async function attachDeliveryInfo(
  db: UradovnaDatabase,
  messageId: string,
  signed: { zfo: Uint8Array; report: ZfoReport },
  now = new Date(),
): Promise<void> {
  const { zfo, report } = signed;
  checkBytes(zfo, report);
  if (report.content.kind !== 'delivery') throw new CommandError('errors.databox.notDeliveryInfo');
  const delivery = report.content.delivery;
  await keepSigned(db, messageId, 'delivery', signed, (record) => ({
    ...deliveryChanges(record, delivery),
    events: delivery.dmEvents,
    hasDeliveryZfo: true,
    // A doručenka whose seal fails is kept, but its message is flagged.
    suspicious: mergeSuspicion(record, suspicionOf(report)),
    updatedAt: now.toISOString(),
  }));
}

/** Keeps the ZFO as the record's `kind` blob and updates the record from it, at once. */
async function keepSigned(
  db: UradovnaDatabase,
  messageId: string,
  kind: DataMessageBlob['kind'],
  signed: { zfo: Uint8Array; report: ZfoReport },
  changes: (record: DataMessageRecord) => Partial<DataMessageRecord>,
): Promise<void> {
  await runCommand(() =>
    db.transaction('rw', [db.isdsMessages, db.isdsBlobs], async () => {
      const record = await db.isdsMessages.get(messageId);
      if (!record) throw new CommandError('errors.databox.messageNotFound');
      await db.isdsBlobs.put({
        id: `${messageId}:${kind}`,
        messageId,
        kind,
        sha256: signed.report.sha256,
        blob: zfoBlob(signed.zfo),
      });
      await db.isdsMessages.update(messageId, changes(record));
    }),
  );
}

function mergeSuspicion(
  record: DataMessageRecord,
  more: DataMessageRecord['suspicious'],
): DataMessageRecord['suspicious'] {
  return [...new Set([...record.suspicious, ...more])];
}
