import type { ZfoReport } from '../../../common/contract/isds';
import type {
  DataMessageFile,
  DataMessageRecord,
  MessageDirection,
  SuspicionReason,
} from '../../../common/domain/databox';
import { indexWords } from '../../../common/domain/search';
import type {
  DeliveryEvent,
  Envelope,
  MessageState,
  ReturnedMessage,
} from '../../../common/isds/model';
import { fictionOf } from './fiction';
import type { PreparedMessageFile } from './messageFiles';
import { suspicionOf } from './suspicion';

export function messageIdOf(direction: MessageDirection, dmID: string): string {
  return `${direction}:${dmID}`;
}

/** The inbox's search words: subject, both parties, both references, the IDs. */
export function messageWordsOf(envelope: Envelope | Partial<Envelope>): string[] {
  return indexWords([
    envelope.dmAnnotation,
    envelope.dmSender,
    envelope.dmRecipient,
    envelope.dmSenderRefNumber,
    envelope.dmRecipientRefNumber,
    envelope.dmID,
    envelope.dbIDSender,
    envelope.dbIDRecipient,
    envelope.dmToHands,
  ]);
}

export interface RecordDraft {
  direction: MessageDirection;
  boxKey: string;
  envelope: Envelope;
  files: DataMessageFile[];
  state: MessageState;
  deliveryTime: string | null;
  acceptanceTime: string | null;
  fictionAt: string | null;
  suspicious: SuspicionReason[];
  report: Pick<ZfoReport, 'seal' | 'timestamp' | 'sha256'> | null;
  events?: DeliveryEvent[];
  now: Date;
}

/** A stored message from what a ZFO (or ISDS) said about it. */
export function buildMessageRecord(draft: RecordDraft): DataMessageRecord {
  const at = draft.now.toISOString();
  return {
    id: messageIdOf(draft.direction, draft.envelope.dmID),
    dmID: draft.envelope.dmID,
    direction: draft.direction,
    boxKey: draft.boxKey,
    envelope: draft.envelope,
    files: draft.files,
    state: draft.state,
    deliveryTime: draft.deliveryTime,
    acceptanceTime: draft.acceptanceTime,
    fictionAt: draft.fictionAt,
    unread: draft.direction === 'received',
    suspicious: draft.suspicious,
    seal: draft.report?.seal ?? null,
    timestamp: draft.report?.timestamp ?? null,
    zfoSha256: draft.report?.sha256 ?? null,
    documentPid: null,
    markedDownloaded: false,
    events: draft.events ?? [],
    hasDeliveryZfo: false,
    dispatch: null,
    createdAt: at,
    updatedAt: at,
    words: messageWordsOf(draft.envelope),
  };
}

/** A stored message from a whole signed message (a ZFO) and main's verification of it. */
export function signedMessageRecord(input: {
  direction: MessageDirection;
  boxKey: string;
  message: ReturnedMessage;
  files: ReadonlyArray<PreparedMessageFile>;
  report: ZfoReport;
  now: Date;
}): DataMessageRecord {
  const { message } = input;
  return buildMessageRecord({
    direction: input.direction,
    boxKey: input.boxKey,
    envelope: message.envelope,
    files: input.files.map((file) => file.file),
    state: message.dmMessageStatus,
    deliveryTime: message.dmDeliveryTime,
    acceptanceTime: message.dmAcceptanceTime,
    fictionAt: fictionOf(message.dmMessageStatus, message.dmDeliveryTime),
    suspicious: suspicionOf(input.report, input.files),
    report: input.report,
    now: input.now,
  });
}
