import { createHash } from 'node:crypto';
import { messageStates, type BoxId, type MessageId } from '../../common/isds/model';
import { fictionAt } from './fiction';
import type { IsdsLogRecord, SerializedMessage } from './logRecords';
import type { SimBox, SimMessage } from './types';

/** dmIDs are assigned in order from here (ISDS's own are decimal strings of up to 20 digits). */
export const FIRST_MESSAGE_ID = 10_000_001;

/** What a new message needs; the store assigns the ID, the hash and the states. */
export interface NewMessage {
  sender: BoxId;
  recipient: BoxId;
  envelope: SimMessage['envelope'];
  dmType: string | null;
  files: SimMessage['files'];
}

/** SHA-256 over the message's identity, envelope and files (the sim's dmHash). */
export function hashMessage(message: Omit<SimMessage, 'hash'>): string {
  const digest = createHash('sha256');
  digest.update(
    JSON.stringify([
      message.dmID,
      message.sender,
      message.recipient,
      message.envelope,
      message.dmType,
      message.files.map((file) => [file.dmFileDescr, file.dmMimeType, file.dmFileMetaType]),
    ]),
  );
  for (const file of message.files) digest.update(file.content);
  return digest.digest('base64');
}

export function serializeMessage(message: SimMessage): SerializedMessage {
  return {
    ...message,
    envelope: { ...message.envelope },
    changes: message.changes.map((change) => ({ ...change })),
    files: message.files.map((file) => ({
      ...file,
      content: Buffer.from(file.content).toString('base64'),
    })),
  };
}

export function deserializeMessage(value: SerializedMessage): SimMessage {
  return {
    ...value,
    files: value.files.map((file) => ({
      ...file,
      content: new Uint8Array(Buffer.from(file.content, 'base64')),
    })),
  };
}

/**
 * The simulated ISDS's messages and their states. Every change made through the
 * public methods is kept as a log record (drained by the caller and written before the
 * answer leaves); `apply` replays such a record. Fiction is not logged: it follows
 * from the clock, so `settle(at)` runs before every change, replayed or live.
 */
export class IsdsStore {
  readonly boxes = new Map<BoxId, SimBox>();
  readonly messages = new Map<MessageId, SimMessage>();
  private readonly received = new Map<BoxId, SimMessage[]>();
  private readonly sent = new Map<BoxId, SimMessage[]>();
  /** Messages in state 4: the only ones that a login or the fiction can change. */
  private readonly pending = new Set<SimMessage>();
  /** SHA-256 (hex) of every ZFO the sim issued (AuthenticateMessage). */
  private readonly issued = new Set<string>();
  private nextId = FIRST_MESSAGE_ID;
  private journal: IsdsLogRecord[] = [];
  private settledUpTo = Number.NEGATIVE_INFINITY;

  constructor(boxes: ReadonlyArray<SimBox>) {
    for (const box of boxes) this.boxes.set(box.dbID, box);
  }

  receivedBy(box: BoxId): ReadonlyArray<SimMessage> {
    return this.received.get(box) ?? [];
  }

  sentBy(box: BoxId): ReadonlyArray<SimMessage> {
    return this.sent.get(box) ?? [];
  }

  /** Changes since the last drain, oldest first. */
  drain(): IsdsLogRecord[] {
    const records = this.journal;
    this.journal = [];
    return records;
  }

  /** Adds a message as it stands (seed or replay); no log record. */
  insert(message: SimMessage): void {
    if (this.messages.has(message.dmID)) throw new Error(`Zpráva ${message.dmID} už existuje.`);
    this.messages.set(message.dmID, message);
    const into = (map: Map<BoxId, SimMessage[]>, box: BoxId) => {
      const list = map.get(box);
      if (list) list.push(message);
      else map.set(box, [message]);
    };
    into(this.received, message.recipient);
    into(this.sent, message.sender);
    if (message.state === messageStates.deliveredToBox) this.pending.add(message);
    const numeric = Number(message.dmID);
    if (Number.isSafeInteger(numeric) && numeric >= this.nextId) this.nextId = numeric + 1;
  }

  /** Accepts a message: submitted, timestamped and delivered to the box at `at` (1 → 2 → 4). */
  submit(input: NewMessage, at: number): SimMessage {
    this.settle(at);
    const dmID = String(this.nextId);
    const base: Omit<SimMessage, 'hash'> = {
      dmID,
      sender: input.sender,
      recipient: input.recipient,
      envelope: { ...input.envelope, dbIDRecipient: input.recipient },
      dmType: input.dmType,
      files: input.files,
      state: messageStates.deliveredToBox,
      submittedAt: at,
      deliveredAt: at,
      acceptedAt: null,
      readAt: null,
      downloaded: false,
      changes: [
        { state: messageStates.submitted, at },
        { state: messageStates.timestamped, at },
        { state: messageStates.deliveredToBox, at },
      ],
    };
    const message: SimMessage = { ...base, hash: hashMessage(base) };
    this.insert(message);
    this.journal.push({ t: 'message', message: serializeMessage(message) });
    return message;
  }

  /**
   * Delivers by fiction every message of state 4 whose ten days have passed by `now`.
   * The state change carries the moment of the fiction, not the moment it was noticed.
   */
  settle(now: number): void {
    if (now <= this.settledUpTo) return;
    this.settledUpTo = now;
    for (const message of this.pending) {
      if (message.deliveredAt === null) continue;
      const due = fictionAt(message.deliveredAt);
      if (due > now) continue;
      this.accept(message, messageStates.deliveredByFiction, due);
    }
  }

  /**
   * The login of someone entitled to the box: every message delivered to it and not
   * yet accepted is delivered now (state 6).
   */
  login(box: BoxId, at: number): number {
    this.settle(at);
    let delivered = 0;
    for (const message of this.pending) {
      if (message.recipient !== box) continue;
      this.accept(message, messageStates.deliveredByLogin, at);
      delivered += 1;
    }
    this.journal.push({ t: 'login', box, at });
    return delivered;
  }

  /** The recipient downloaded the message: read (state 7), accepted first if need be. */
  read(dmID: MessageId, at: number): void {
    this.settle(at);
    const message = this.messages.get(dmID);
    if (!message || message.state === messageStates.read) return;
    if (message.state === messageStates.deliveredToBox)
      this.accept(message, messageStates.deliveredByLogin, at);
    if (
      message.state !== messageStates.deliveredByLogin &&
      message.state !== messageStates.deliveredByFiction
    )
      return;
    message.state = messageStates.read;
    message.readAt = at;
    message.changes.push({ state: messageStates.read, at });
    this.journal.push({ t: 'read', dmID, at });
  }

  /**
   * MarkMessageAsDownloaded: ISDS's "označení zprávy jako přečtené" — the message is
   * read (state 7) and flagged, as if it had been downloaded.
   */
  markDownloaded(dmID: MessageId, at: number): void {
    const message = this.messages.get(dmID);
    if (!message || message.downloaded) return;
    this.read(dmID, at);
    message.downloaded = true;
    this.journal.push({ t: 'downloaded', dmID, at });
  }

  registerZfo(bytes: Uint8Array): void {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (this.issued.has(sha256)) return;
    this.issued.add(sha256);
    this.journal.push({ t: 'zfo', sha256 });
  }

  isIssuedZfo(bytes: Uint8Array): boolean {
    return this.issued.has(createHash('sha256').update(bytes).digest('hex'));
  }

  /** Records a clock change (the clock itself lives outside the store). */
  noteClock(offsetMs: number): void {
    this.journal.push({ t: 'clock', offsetMs });
  }

  /** Replays one logged change; returns the clock offset when the record set one. */
  apply(record: IsdsLogRecord): number | null {
    switch (record.t) {
      case 'message': {
        const message = deserializeMessage(record.message);
        this.settle(message.submittedAt);
        this.insert(message);
        break;
      }
      case 'login':
        this.login(record.box, record.at);
        break;
      case 'read':
        this.read(record.dmID, record.at);
        break;
      case 'downloaded':
        this.markDownloaded(record.dmID, record.at);
        break;
      case 'zfo':
        this.issued.add(record.sha256);
        break;
      case 'clock':
        return record.offsetMs;
    }
    // Replayed changes are already in the log.
    this.journal = [];
    return null;
  }

  private accept(message: SimMessage, state: number, at: number): void {
    message.state = state;
    message.acceptedAt = at;
    message.changes.push({ state, at });
    this.pending.delete(message);
  }
}
