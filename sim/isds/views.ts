import type {
  DeliveryInfo,
  Envelope,
  MessageRecord,
  OwnerInfo,
  ReturnedEnvelope,
  ReturnedMessage,
  SearchHit,
} from '../../common/isds/model';
import { addressLine } from './boxes';
import { deliveryEvents } from './deliveryEvents';
import type { SimBox, SimMessage } from './types';

/** ISDS writes times as xs:dateTime; the sim writes UTC with milliseconds. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : isoTime(ms);
}

/** The hash algorithm the sim names in dmHash (ISDS moved from SHA-1 to SHA-256). */
export const HASH_ALGORITHM = 'SHA-256';

export function envelopeOf(message: SimMessage, boxes: ReadonlyMap<string, SimBox>): Envelope {
  const sender = boxes.get(message.sender);
  const recipient = boxes.get(message.recipient);
  return {
    ...message.envelope,
    dmID: message.dmID,
    dbIDSender: message.sender,
    dmSender: sender?.name ?? null,
    dmSenderAddress: sender ? addressLine(sender) : null,
    dmSenderType: sender?.senderType ?? 0,
    dmRecipient: recipient?.name ?? null,
    dmRecipientAddress: recipient ? addressLine(recipient) : null,
    dmAmbiguousRecipient: false,
  };
}

/** dmAttachmentSize: the files' size in kB, rounded up. */
export function attachmentKb(message: SimMessage): number {
  const bytes = message.files.reduce((sum, file) => sum + file.content.length, 0);
  return Math.ceil(bytes / 1024);
}

function stateOf(message: SimMessage) {
  return {
    dmDeliveryTime: isoOrNull(message.deliveredAt),
    dmAcceptanceTime: isoOrNull(message.acceptedAt),
    dmMessageStatus: message.state,
    dmType: message.dmType,
    dmVODZ: false,
    attsNum: message.files.length,
  };
}

export function recordOf(
  message: SimMessage,
  ordinal: number,
  boxes: ReadonlyMap<string, SimBox>,
): MessageRecord {
  return {
    dmOrdinal: ordinal,
    envelope: envelopeOf(message, boxes),
    ...stateOf(message),
    dmAttachmentSize: attachmentKb(message),
  };
}

export function returnedEnvelopeOf(
  message: SimMessage,
  boxes: ReadonlyMap<string, SimBox>,
  timestamp: Uint8Array | null,
): ReturnedEnvelope {
  return {
    envelope: envelopeOf(message, boxes),
    ...stateOf(message),
    dmHash: { algorithm: HASH_ALGORITHM, value: message.hash },
    dmQTimestamp: timestamp,
    dmAttachmentSize: attachmentKb(message),
  };
}

export function returnedMessageOf(
  message: SimMessage,
  boxes: ReadonlyMap<string, SimBox>,
  timestamp: Uint8Array | null,
): ReturnedMessage {
  return {
    ...returnedEnvelopeOf(message, boxes, timestamp),
    files: message.files.map((file) => ({ ...file })),
  };
}

export function deliveryInfoOf(
  message: SimMessage,
  boxes: ReadonlyMap<string, SimBox>,
  timestamp: Uint8Array | null,
): DeliveryInfo {
  return {
    envelope: envelopeOf(message, boxes),
    dmHash: { algorithm: HASH_ALGORITHM, value: message.hash },
    dmQTimestamp: timestamp,
    dmDeliveryTime: isoOrNull(message.deliveredAt),
    dmAcceptanceTime: isoOrNull(message.acceptedAt),
    dmMessageStatus: message.state,
    dmEvents: deliveryEvents(message, isoTime),
  };
}

export function ownerInfoOf(box: SimBox): OwnerInfo {
  return {
    dbID: box.dbID,
    dbType: box.dbType,
    ic: box.ic,
    pnFirstName: box.pnFirstName,
    pnLastName: box.pnLastName,
    firmName: box.firmName,
    adCity: box.adCity,
    adStreet: box.adStreet,
    adNumberInStreet: box.adNumberInStreet,
    adNumberInMunicipality: box.adNumberInMunicipality,
    adZipCode: box.adZipCode,
    adState: 'CZ',
    dbState: box.dbState,
    dbEffectiveOVM: box.effectiveOVM,
    dbOpenAddressing: box.openAddressing,
  };
}

export function searchHitOf(box: SimBox): SearchHit {
  return {
    dbID: box.dbID,
    dbType: box.dbType,
    dbName: box.name,
    dbAddress: addressLine(box),
    dbBiDate: box.biDate,
    dbICO: box.ic,
    dbEffectiveOVM: box.effectiveOVM,
    dbSendOptions: box.dbState === 1 ? 'ALL' : 'NONE',
  };
}
