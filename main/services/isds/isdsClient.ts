import { decodeResponse, encodeRequest } from '../../../common/isds/codec';
import {
  isdsCodes,
  type BoxId,
  type DeliveryInfo,
  type MessageId,
  type MessageRecord,
  type OutgoingMessage,
  type OwnerInfo,
  type ReturnedEnvelope,
  type SearchQuery,
  type SearchResult,
  type StateChange,
} from '../../../common/isds/model';
import {
  operationServices,
  type Answer,
  type ListQuery,
  type OperationName,
  type RequestOf,
} from '../../../common/isds/operations';
import type { SoapReply } from '../essl/transport';
import type { AccountQueue } from './accountQueue';
import {
  asIsdsError,
  busyError,
  faultError,
  invalidError,
  IsdsError,
  malformedError,
  statusError,
  transportError,
} from './errors';

/** What the client needs of a transport (the shared SoapTransport; tests may hand in their own). */
export interface IsdsPoster {
  /** `path` is `/<service>` under the box's base URL (`…/DS`, `…/cert/DS`, …). */
  post(action: string, envelope: string, path: string): Promise<SoapReply>;
  close(): void;
}

/** Sees every message (tests validate them with xmllint); never given to production logs. */
export type IsdsExchangeHook = (
  op: OperationName,
  requestXml: string,
  responseXml: string | null,
  httpStatus: number | null,
) => void;

export interface IsdsClientOptions {
  transport: IsdsPoster;
  /** The account the requests run under (URL + user name or certificate): they are serialised by it. */
  accountKey: string;
  queue: AccountQueue;
  onExchange?: IsdsExchangeHook;
  /** Waits before asking again after 3009 (default 1, 2, 4, 8, 15 s: about 30 s in all). */
  busyDelaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_BUSY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000] as const;

const DECLARATION = /<!DOCTYPE|<!ENTITY/i;

/**
 * One data box's ISDS web services as methods. Every request of the account runs
 * alone (AccountQueue); a 3009 ("another request of yours is running") is waited
 * out. A method returns what the operation delivers or throws an IsdsError; status
 * codes that mean "nothing" for the operation (0002 for a list, 1222 for a delivery
 * info not there yet) become an empty answer instead.
 */
export class IsdsClient {
  private readonly busyDelaysMs: readonly number[];
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: IsdsClientOptions) {
    this.busyDelaysMs = options.busyDelaysMs ?? DEFAULT_BUSY_DELAYS_MS;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  close(): void {
    this.options.transport.close();
  }

  /** DummyOperation: proves the address and the login without touching any message. */
  async dummy(): Promise<void> {
    await this.ask('DummyOperation', {}, () => undefined);
  }

  ownerInfo(): Promise<OwnerInfo | null> {
    return this.ask('GetOwnerInfoFromLogin', {}, (answer) => ok(answer).owner);
  }

  /** The password's expiry; null when it does not expire or the login is not by password. */
  passwordInfo(): Promise<string | null> {
    return this.ask('GetPasswordInfo', {}, (answer) => ok(answer).pswExpDate);
  }

  /** A login in the legal sense: ISDS delivers the messages in state 4 by it. */
  listReceived(
    query: ListQuery,
    dmRecipientOrgUnitNum: number | null = null,
  ): Promise<MessageRecord[]> {
    return this.ask('GetListOfReceivedMessages', { ...query, dmRecipientOrgUnitNum }, (answer) =>
      nothingFound(answer) ? [] : ok(answer).records,
    );
  }

  listSent(query: ListQuery, dmSenderOrgUnitNum: number | null = null): Promise<MessageRecord[]> {
    return this.ask('GetListOfSentMessages', { ...query, dmSenderOrgUnitNum }, (answer) =>
      nothingFound(answer) ? [] : ok(answer).records,
    );
  }

  /** The received message as ISDS sealed it (the ZFO), byte for byte. */
  signedMessage(dmID: MessageId): Promise<Uint8Array> {
    return this.ask('SignedMessageDownload', { dmID }, signature);
  }

  signedSentMessage(dmID: MessageId): Promise<Uint8Array> {
    return this.ask('SignedSentMessageDownload', { dmID }, signature);
  }

  envelope(dmID: MessageId): Promise<ReturnedEnvelope | null> {
    return this.ask('MessageEnvelopeDownload', { dmID }, (answer) => ok(answer).envelope);
  }

  async markDownloaded(dmID: MessageId): Promise<void> {
    await this.ask('MarkMessageAsDownloaded', { dmID }, (answer) => ok(answer));
  }

  stateChanges(dmFromTime: string | null, dmToTime: string | null): Promise<StateChange[]> {
    return this.ask('GetMessageStateChanges', { dmFromTime, dmToTime }, (answer) =>
      nothingFound(answer) ? [] : ok(answer).changes,
    );
  }

  /** Null while the message is not delivered yet (1222). */
  deliveryInfo(dmID: MessageId): Promise<DeliveryInfo | null> {
    return this.ask('GetDeliveryInfo', { dmID }, (answer) =>
      answer.status.code === isdsCodes.notYetDelivered ? null : ok(answer).delivery,
    );
  }

  /** The delivery info (doručenka) as ISDS sealed it. */
  signedDeliveryInfo(dmID: MessageId): Promise<Uint8Array> {
    return this.ask('GetSignedDeliveryInfo', { dmID }, signature);
  }

  /** CreateMessage: the new message's ID. */
  createMessage(message: OutgoingMessage): Promise<MessageId> {
    return this.ask('CreateMessage', message, (answer) => {
      const { dmID } = ok(answer);
      if (!dmID) throw invalidError('status OK without dmID');
      return dmID;
    });
  }

  findDataBox(owner: Partial<OwnerInfo>): Promise<OwnerInfo[]> {
    return this.ask('FindDataBox', { owner }, (answer) => {
      if (nothingFound(answer)) return [];
      // 0003: more hits than ISDS lists; the ones it did list are good.
      if (answer.status.code === isdsCodes.truncated) return answer.data.results;
      return ok(answer).results;
    });
  }

  search(query: SearchQuery): Promise<SearchResult | null> {
    return this.ask('ISDSSearch2', query, (answer) =>
      nothingFound(answer) ? answer.data.result : ok(answer).result,
    );
  }

  /** dbState of a box: 1 accessible, 0 no such box (5001), 2–7 inaccessible for a reason. */
  checkDataBox(dbID: BoxId): Promise<number | null> {
    return this.ask('CheckDataBox', { dbID }, (answer) =>
      answer.status.code === isdsCodes.boxDoesNotExist
        ? (answer.data.dbState ?? 0)
        : ok(answer).dbState,
    );
  }

  /** AuthenticateMessage: whether ISDS issued this ZFO. */
  authenticate(dmMessage: Uint8Array): Promise<boolean | null> {
    return this.ask('AuthenticateMessage', { dmMessage }, (answer) => ok(answer).dmAuthResult);
  }

  /** One operation, its answer read by `accept`; every IsdsError that leaves names the operation. */
  private async ask<O extends OperationName, T>(
    op: O,
    request: RequestOf<O>,
    accept: (answer: Answer<O>) => T,
  ): Promise<T> {
    const answer = await this.call(op, request);
    try {
      return accept(answer);
    } catch (error) {
      if (error instanceof IsdsError) error.operation = op;
      throw error;
    }
  }

  /**
   * One operation with its status, whatever the status is: queued behind the
   * account's other requests, 3009 waited out. Throws only when no answer came or
   * it could not be read.
   */
  async call<O extends OperationName>(op: O, request: RequestOf<O>): Promise<Answer<O>> {
    let requestXml: string;
    try {
      requestXml = encodeRequest(op, request);
    } catch (error) {
      // A value no schema form can carry: the caller's data, not the server's fault.
      const failure = invalidError(
        `${op}: request not encodable: ${error instanceof Error ? error.message : String(error)}`,
        'Zprávu nelze pro ISDS zapsat: obsahuje hodnotu, kterou rozhraní datových schránek nepřipouští.',
      );
      failure.operation = op;
      throw failure;
    }
    return this.options.queue.run(this.options.accountKey, async () => {
      for (let attempt = 0; ; attempt++) {
        const answer = await this.exchange(op, requestXml);
        if (answer.status.code !== isdsCodes.busy) return answer;
        const delay = this.busyDelaysMs[attempt];
        if (delay === undefined) {
          const error = busyError(`${op}: 3009 after ${attempt + 1} tries`);
          error.operation = op;
          throw error;
        }
        await this.sleep(delay);
      }
    });
  }

  private async exchange<O extends OperationName>(op: O, requestXml: string): Promise<Answer<O>> {
    let reply: SoapReply | null = null;
    try {
      reply = await this.options.transport.post('', requestXml, `/${operationServices[op]}`);
      this.options.onExchange?.(op, requestXml, reply.body, reply.httpStatus);
      return interpret(op, reply);
    } catch (error) {
      const failure = asIsdsError(error);
      failure.operation = op;
      if (!reply) this.options.onExchange?.(op, requestXml, null, failure.httpStatus);
      throw failure;
    }
  }
}

/** A SOAP answer → the operation's answer, or the IsdsError it amounts to. */
function interpret<O extends OperationName>(op: O, reply: SoapReply): Answer<O> {
  // A DTD is refused before any parser sees it, so no entity is ever expanded.
  if (DECLARATION.test(reply.body))
    throw malformedError(`${op}: answer declares a DTD or entities`, { retryable: false });
  const success = reply.httpStatus >= 200 && reply.httpStatus < 300;
  const decoded = decodeResponse(op, reply.body);
  if (decoded.ok) {
    if (!success) throw serverError(reply.httpStatus);
    return decoded.value;
  }
  const { failure } = decoded;
  if (failure.kind === 'fault')
    throw faultError(failure.faultCode, failure.faultString, reply.httpStatus);
  if (!success) throw serverError(reply.httpStatus);
  if (failure.kind === 'malformed') throw malformedError(`${op}: ${failure.detail}`);
  throw invalidError(`${op}: ${failure.detail}`);
}

function serverError(httpStatus: number): IsdsError {
  const retryable = httpStatus >= 500 || httpStatus === 408 || httpStatus === 429;
  return transportError(`HTTP ${httpStatus} without a SOAP Fault`, {
    httpStatus,
    retryable,
    message: retryable
      ? `Server datových schránek je dočasně nedostupný (HTTP ${httpStatus}). Zkuste to prosím později.`
      : `Server datových schránek odpověděl chybou HTTP ${httpStatus}. Zkontrolujte adresu v Nastavení → Datové schránky.`,
  });
}

function nothingFound(answer: Answer<OperationName>): boolean {
  return answer.status.code === isdsCodes.nothingFound;
}

function ok<O extends OperationName>(answer: Answer<O>): Answer<O>['data'] {
  if (answer.status.code !== isdsCodes.ok)
    throw statusError(answer.status.code, answer.status.message);
  return answer.data;
}

function signature(
  answer: Answer<'SignedMessageDownload' | 'SignedSentMessageDownload' | 'GetSignedDeliveryInfo'>,
): Uint8Array {
  const { dmSignature } = ok(answer);
  if (!dmSignature || dmSignature.byteLength === 0)
    throw invalidError('status OK without dmSignature');
  return dmSignature;
}
