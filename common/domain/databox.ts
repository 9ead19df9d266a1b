import type { SealCheck, TimestampCheck } from '../contract/isds';
import type { DeliveryEvent, Envelope, FileMetaType, MessageState } from '../isds/model';

/**
 * A data message as the PC keeps it (table `isdsMessages`): received ones after they were
 * downloaded and verified, sent ones from the moment the clerk queues them. The signed
 * originals (the message ZFO, the doručenka ZFO) are kept byte for byte in `isdsBlobs`.
 */
export type MessageDirection = 'received' | 'sent';

export interface DataMessageFile {
  /** Order in the message (0 = the `main` file). */
  index: number;
  /** Safe name shown and used when saving. */
  name: string;
  /** dmFileDescr as it arrived (may be hostile; never a path). */
  originalName: string;
  mime: string;
  metaType: FileMetaType;
  size: number;
  /** The journal component holding the bytes, once registered. */
  componentId: string | null;
}

/** Why a message is flagged as suspicious (shown to the clerk). */
export type SuspicionReason =
  | 'sealInvalid'
  | 'sealUntrusted'
  | 'timestampInvalid'
  | 'hashMismatch'
  | 'executableAttachment'
  | 'renamedAttachment';

export interface DataMessageRecord {
  /** `${direction}:${dmID}`; a queued, not yet sent message: `sent:local-<uuid>`. */
  id: string;
  /** null while a sent message waits in the outbox. */
  dmID: string | null;
  direction: MessageDirection;
  /** The local key of our box (settings). */
  boxKey: string;
  envelope: Envelope;
  files: DataMessageFile[];
  /** dmMessageStatus; 0 while queued locally. */
  state: MessageState;
  deliveryTime: string | null;
  acceptanceTime: string | null;
  /** When delivery by fiction takes (or took) effect, counted from deliveryTime. */
  fictionAt: string | null;
  /** Received: not opened in the app yet. */
  unread: boolean;
  suspicious: SuspicionReason[];
  seal: SealCheck | null;
  timestamp: TimestampCheck | null;
  zfoSha256: string | null;
  /** The journal document (incoming registration, or the own document sent). */
  documentPid: string | null;
  /** The journal component holding the ZFO as the signed original (received, registered). */
  zfoComponentId?: string | null;
  /** MarkMessageAsDownloaded acknowledged (received). */
  markedDownloaded: boolean;
  events: DeliveryEvent[];
  /** Sent: the signed delivery info was downloaded. */
  hasDeliveryZfo: boolean;
  /** Sent: where the local send stands (queued → sent, or failed with a reason). */
  dispatch: DispatchState | null;
  createdAt: string;
  updatedAt: string;
  /** Lowercased words of subject, sender, recipient, references (inbox search). */
  words: string[];
}

export interface DispatchState {
  state: 'queued' | 'sending' | 'sent' | 'failed';
  outboxId: string;
  /** i18n key and text of the last failure. */
  failure: { code: string; message: string; at: string } | null;
}

/** ZFO bytes (kind `message` or `delivery`), kept unchanged. */
export interface DataMessageBlob {
  /** `${messageId}:${kind}`. */
  id: string;
  messageId: string;
  kind: 'message' | 'delivery';
  sha256: string;
  blob: Blob;
}
