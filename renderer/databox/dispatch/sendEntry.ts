import type { EnvelopeSub } from '../../../common/isds/model';
import type { OutboxEntry, UradovnaDatabase } from '../../db/schema';

/** The outbox kind of a data message waiting to be sent; the eSSL push leaves it alone. */
export const ISDS_SEND_KIND = 'isds.send';

/** What the envelope of a message to send holds (the recipient and subject are required). */
export type DispatchEnvelope = EnvelopeSub & { dbIDRecipient: string; dmAnnotation: string };

export interface DispatchOptions {
  /** Send as a public authority (dmOVM); a municipality does. */
  dmOVM: boolean;
  dmPublishOwnID: boolean | null;
  /** dmType (null: a public-authority message). */
  dmType: string | null;
}

/** The payload of an `isds.send` outbox entry. */
export interface SendPayload {
  /** The `isdsMessages` record (`sent:local-<uuid>`). */
  messageId: string;
  boxKey: string;
  /** The own document being sent (not `pid`: the eSSL push must not see it as the document's work). */
  documentPid: string;
  envelope: DispatchEnvelope;
  /** Components in message order: the first is the `main` file, the rest `enclosure`. */
  componentIds: string[];
  options: DispatchOptions;
  /** Set just before `isds.send` is called; kept while the outcome is unknown. */
  attemptedAt: string | null;
  /** The envelope as that attempt sent it (dmSenderRefNumber may change before a retry). */
  attemptedEnvelope: DispatchEnvelope | null;
}

export function sendPayloadOf(entry: OutboxEntry): SendPayload {
  return entry.payload as SendPayload;
}

export { isDataboxOutboxKind } from '../../db/outbox';

/** The send entries in the order they were queued. */
export async function sendEntries(db: UradovnaDatabase): Promise<OutboxEntry[]> {
  return db.outbox.where('kind').equals(ISDS_SEND_KIND).sortBy('seq');
}

/** The send entry of a queued message. */
export async function sendEntryOf(
  db: UradovnaDatabase,
  messageId: string,
): Promise<OutboxEntry | undefined> {
  return db.outbox
    .where('entityId')
    .equals(messageId)
    .filter((entry) => entry.kind === ISDS_SEND_KIND)
    .first();
}
