import type { IsdsBoxInfo, ZfoReport } from '../../../common/contract/isds';
import { ContractCallError } from '../../../common/contract/envelope';
import type {
  Envelope,
  MessageRecord,
  MessageState,
  OutgoingMessage,
  ReturnedMessage,
  StateChange,
} from '../../../common/isds/model';
import type { DataboxMethodName, DataboxPort } from '../port';
import { sha256Hex } from '../model/messageFiles';
import {
  fakeZfoBytes,
  OUR_BOX,
  reportFor,
  sampleDelivery,
  sampleEnvelope,
  sampleMessage,
  type MessageOverrides,
} from './sampleMessages';

/**
 * An in-memory ISDS behind the data-box port, for the engines' unit tests: a few boxes,
 * an inbox per box, the messages we sent, state changes, and failures on demand.
 */

export function isdsError(
  kind: 'transport' | 'auth' | 'busy' | 'status' | 'malformed' | 'invalid' | 'config',
  description = '',
  statusCode?: string,
): ContractCallError {
  const retryable = kind === 'transport' || kind === 'busy' ? 'yes' : 'no';
  return new ContractCallError({
    code: `errors.isds.${kind}`,
    message: description || `ISDS: ${kind}`,
    params: {
      kind,
      retryable,
      ...(statusCode ? { statusCode } : {}),
      ...(description ? { description } : {}),
    },
  });
}

export function boxInfo(overrides: Partial<IsdsBoxInfo> = {}): IsdsBoxInfo {
  return {
    key: 'obec',
    label: 'Obec Horní Lhota',
    dbID: OUR_BOX,
    login: 'password',
    url: 'https://ws1.example.test',
    certUrl: null,
    username: 'obec01',
    viaGateway: false,
    autoPoll: false,
    pollMinutes: 30,
    hasPassword: true,
    hasCertificate: false,
    ...overrides,
  };
}

interface Inbound {
  record: MessageRecord;
  zfo: Uint8Array;
  report: ZfoReport;
  downloaded: boolean;
}

export interface FakeSent {
  dmID: string;
  boxKey: string;
  message: OutgoingMessage;
  envelope: Envelope;
  state: MessageState;
  submittedAt: string;
  deliveryTime: string | null;
  acceptanceTime: string | null;
  changes: StateChange[];
}

type Failure = (args: unknown) => Error | null;

export class FakeIsds {
  boxes: IsdsBoxInfo[] = [boxInfo()];
  readonly inbox = new Map<string, Inbound[]>();
  readonly sent: FakeSent[] = [];
  readonly calls: Array<{ method: DataboxMethodName; args: unknown }> = [];
  /** Reports zfo.verify knows, by the SHA-256 of the bytes. */
  readonly known = new Map<string, ZfoReport>();
  private readonly failures = new Map<DataboxMethodName, Failure[]>();
  private readonly standing = new Map<DataboxMethodName, Failure>();
  private nextId = 5_000_001;
  /** `isds.send` creates the message but the answer is lost (once per call set). */
  loseSendAnswers = 0;
  clock = new Date('2026-03-02T10:00:00Z');

  /** The next `count` calls of `method` fail with `error` (or as `failure` decides). */
  fail(method: DataboxMethodName, error: Error | Failure, count = 1): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i++) list.push(typeof error === 'function' ? error : () => error);
    this.failures.set(method, list);
  }

  /** Every call of `method` fails with `error` until `clearFailures`. */
  failAlways(method: DataboxMethodName, error: Error): void {
    this.failWhen(method, () => error);
  }

  /** Calls of `method` fail whenever `failure` returns an error, until `clearFailures`. */
  failWhen(method: DataboxMethodName, failure: Failure): void {
    this.standing.set(method, failure);
  }

  clearFailures(): void {
    this.failures.clear();
    this.standing.clear();
  }

  count(method: DataboxMethodName): number {
    return this.calls.filter((call) => call.method === method).length;
  }

  /** A message from a citizen, delivered to our box. */
  deliver(boxKey = 'obec', overrides: MessageOverrides = {}): string {
    const dmID = overrides.envelope?.dmID ?? String(this.nextId++);
    const message = sampleMessage({ ...overrides, envelope: { ...overrides.envelope, dmID } });
    const zfo = fakeZfoBytes(dmID);
    const report = reportFor(zfo, { kind: 'received', message });
    this.known.set(report.sha256, report);
    const list = this.inbox.get(boxKey) ?? [];
    list.push({
      record: {
        dmOrdinal: list.length + 1,
        envelope: message.envelope,
        dmAttachmentSize: 1,
        dmDeliveryTime: message.dmDeliveryTime,
        dmAcceptanceTime: message.dmAcceptanceTime,
        dmMessageStatus: message.dmMessageStatus,
        dmType: null,
        dmVODZ: false,
        attsNum: null,
      },
      zfo,
      report,
      downloaded: false,
    });
    this.inbox.set(boxKey, list);
    return dmID;
  }

  /** Moves a sent message on: delivered (4), by fiction (5), by login (6). */
  advance(dmID: string, state: MessageState, at: string): void {
    const message = this.sent.find((candidate) => candidate.dmID === dmID);
    if (!message) throw new Error(`no sent message ${dmID}`);
    message.state = state;
    if (state === 4) message.deliveryTime = at;
    if (state === 5 || state === 6) message.acceptanceTime = at;
    message.changes.push({ dmID, dmEventTime: at, dmMessageStatus: state });
  }

  private guard(method: DataboxMethodName, args: unknown): void {
    this.calls.push({ method, args });
    const list = this.failures.get(method);
    const next = list?.shift();
    const error = next?.(args) ?? this.standing.get(method)?.(args);
    if (error) throw error;
  }

  private sentRecord(sent: FakeSent): MessageRecord {
    return {
      dmOrdinal: 1,
      envelope: sent.envelope,
      dmAttachmentSize: 1,
      dmDeliveryTime: sent.deliveryTime,
      dmAcceptanceTime: sent.acceptanceTime,
      dmMessageStatus: sent.state,
      dmType: null,
      dmVODZ: false,
      attsNum: sent.message.files.length,
    };
  }

  private sentMessage(sent: FakeSent): ReturnedMessage {
    return {
      envelope: sent.envelope,
      files: sent.message.files.map((file) => ({
        ...file,
        dmFileGuid: null,
        dmUpFileGuid: null,
        dmFormat: null,
        xml: false,
      })),
      dmHash: { algorithm: 'SHA-256', value: 'AAAA' },
      dmQTimestamp: null,
      dmAttachmentSize: 1,
      dmDeliveryTime: sent.deliveryTime,
      dmAcceptanceTime: sent.acceptanceTime,
      dmMessageStatus: sent.state,
      dmType: null,
      dmVODZ: false,
      attsNum: null,
    };
  }

  readonly port: DataboxPort = {
    'isds.boxes': async (args) => {
      this.guard('isds.boxes', args);
      return { boxes: this.boxes };
    },
    'isds.listReceived': async (args) => {
      this.guard('isds.listReceived', args);
      const list = this.inbox.get(args.key) ?? [];
      const offset = (args.query.dmOffset ?? 1) - 1;
      const limit = args.query.dmLimit ?? 1000;
      return { records: list.slice(offset, offset + limit).map((entry) => entry.record) };
    },
    'isds.listSent': async (args) => {
      this.guard('isds.listSent', args);
      const from = args.query.dmFromTime ? Date.parse(args.query.dmFromTime) : 0;
      return {
        records: this.sent
          .filter((sent) => sent.boxKey === args.key && Date.parse(sent.submittedAt) >= from)
          .map((sent) => this.sentRecord(sent)),
      };
    },
    'isds.downloadReceived': async (args) => {
      this.guard('isds.downloadReceived', args);
      const entry = (this.inbox.get(args.key) ?? []).find(
        (candidate) => candidate.record.envelope.dmID === args.dmID,
      );
      if (!entry) throw isdsError('status', 'Zpráva neexistuje.', '1219');
      // As main does: the mark right after the download; its failure leaves it unmarked.
      let markedDownloaded = false;
      if (args.markDownloaded) {
        try {
          this.guard('isds.markDownloaded', { key: args.key, dmID: args.dmID });
          entry.downloaded = true;
          markedDownloaded = true;
        } catch {
          markedDownloaded = false;
        }
      }
      return { zfo: entry.zfo, report: entry.report, markedDownloaded };
    },
    'isds.downloadSent': async (args) => {
      this.guard('isds.downloadSent', args);
      const sent = this.sent.find((candidate) => candidate.dmID === args.dmID);
      if (!sent) throw isdsError('status', 'Zpráva neexistuje.', '1219');
      const zfo = fakeZfoBytes(sent.dmID, `sent-${sent.state}`);
      const report = reportFor(zfo, { kind: 'sent', message: this.sentMessage(sent) });
      this.known.set(report.sha256, report);
      return { zfo, report };
    },
    'isds.markDownloaded': async (args) => {
      this.guard('isds.markDownloaded', args);
      const entry = (this.inbox.get(args.key) ?? []).find(
        (candidate) => candidate.record.envelope.dmID === args.dmID,
      );
      if (entry) entry.downloaded = true;
      return {};
    },
    'isds.stateChanges': async (args) => {
      this.guard('isds.stateChanges', args);
      const from = args.from ? Date.parse(args.from) : 0;
      return {
        changes: this.sent
          .filter((sent) => sent.boxKey === args.key)
          .flatMap((sent) => sent.changes)
          .filter((change) => Date.parse(change.dmEventTime) >= from),
      };
    },
    'isds.deliveryInfo': async (args) => {
      this.guard('isds.deliveryInfo', args);
      return { delivery: null };
    },
    'isds.signedDeliveryInfo': async (args) => {
      this.guard('isds.signedDeliveryInfo', args);
      const sent = this.sent.find((candidate) => candidate.dmID === args.dmID);
      if (!sent) throw isdsError('status', 'Zpráva neexistuje.', '1219');
      const delivery = sampleDelivery(sent.envelope, {
        dmDeliveryTime: sent.deliveryTime,
        dmAcceptanceTime: sent.acceptanceTime,
        dmMessageStatus: sent.state,
        dmEvents: sent.changes.map((change) => ({
          dmEventTime: change.dmEventTime,
          dmEventDescr: `EV${change.dmMessageStatus}: stav ${change.dmMessageStatus}`,
        })),
      });
      const zfo = fakeZfoBytes(sent.dmID, `delivery-${sent.state}`);
      const report = reportFor(zfo, { kind: 'delivery', delivery });
      this.known.set(report.sha256, report);
      return { zfo, report, delivery };
    },
    'isds.send': async (args) => {
      this.guard('isds.send', args);
      const dmID = String(this.nextId++);
      const envelope = sampleEnvelope({
        ...args.message.envelope,
        dmID,
        dbIDSender: this.boxes.find((box) => box.key === args.key)?.dbID ?? OUR_BOX,
        dmSender: 'Obec Horní Lhota',
        dmSenderType: 10,
        dmRecipient: 'Adresát',
      });
      const at = this.clock.toISOString();
      this.sent.push({
        dmID,
        boxKey: args.key,
        message: args.message,
        envelope,
        state: 2,
        submittedAt: at,
        deliveryTime: null,
        acceptanceTime: null,
        changes: [
          { dmID, dmEventTime: at, dmMessageStatus: 1 },
          { dmID, dmEventTime: at, dmMessageStatus: 2 },
        ],
      });
      if (this.loseSendAnswers > 0) {
        this.loseSendAnswers -= 1;
        throw isdsError('transport', 'Spojení se přerušilo.');
      }
      return { dmID };
    },
    'zfo.verify': async (args) => {
      this.guard('zfo.verify', args);
      const report = this.known.get(sha256Hex(args.bytes));
      if (!report)
        throw new ContractCallError({
          code: 'errors.zfo.notZfo',
          message: 'Soubor není datová zpráva (ZFO).',
          params: {},
        });
      return report;
    },
  };
}
