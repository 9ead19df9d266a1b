import { randomUUID } from 'node:crypto';
import { decodeResponse, encodeRequest } from '../../../common/erms/codec';
import {
  STATUS_OK,
  type AssignedEntry,
  type AssignedQuery,
  type Authorization,
  type CaseFileProfile,
  type CodeListInfo,
  type CodeListItem,
  type DocumentProfile,
  type EsslEvent,
  type EsslId,
  type EventOutcome,
  type FileContent,
  type NewCaseFileProfile,
  type NewDocumentProfile,
  type OperationStatus,
  type ReservationRequest,
  type ReservedNumber,
  type Route,
} from '../../../common/erms/model';
import {
  RESERVATION_CODE_LIST,
  type OperationName,
  type RequestOf,
  type ResponseOf,
} from '../../../common/erms/operations';
import {
  EsslError,
  faultError,
  httpStatusError,
  invalidError,
  malformedError,
  statusError,
} from './errors';
import type { SoapReply } from './transport';

/** Zdroj of every request: the app's system code (sIdInformacnihoSystemu). */
export const APP_SYSTEM_CODE = 'URADOVNA';
export const DEFAULT_ESSL_SYSTEM_CODE = 'ESSL';

/** What the client needs of a transport (tests may hand in their own). */
export interface SoapPoster {
  post(action: string, envelope: string): Promise<SoapReply>;
  close(): void;
}

/** Sees every message (tests validate them with xmllint); never given to production logs. */
export type ExchangeHook = (
  op: OperationName,
  requestXml: string,
  responseXml: string | null,
  httpStatus: number | null,
) => void;

export interface EsslClientOptions {
  transport: SoapPoster;
  /** The login user: Autorizace/provedlKdo of every request. */
  user: string;
  /** The eSSL's system code (Cil). */
  systemCode?: string;
  now?: () => Date;
  onExchange?: ExchangeHook;
}

/**
 * The eSSL's ermsAPI as methods: one per operation the app uses. A method returns
 * what the operation delivers, or throws an EsslError (see errors.ts) — an
 * OperaceStatus other than 0000 included, with the eSSL's own Popis.
 */
export class EsslClient {
  private readonly route: Route;
  private readonly now: () => Date;
  private reservationOffered: Promise<boolean> | null = null;

  constructor(private readonly options: EsslClientOptions) {
    this.route = {
      source: APP_SYSTEM_CODE,
      target: options.systemCode ?? DEFAULT_ESSL_SYSTEM_CODE,
    };
    this.now = options.now ?? (() => new Date());
  }

  close(): void {
    this.options.transport.close();
  }

  /** WsTest: proves the address, the login and the eSSL's SOAP stack in one round. */
  async test(): Promise<{ serverDate: string | null; roundTripMs: number }> {
    const testId = randomUUID();
    const started = performance.now();
    return this.call('WsTest', { testId, auth: this.auth() }, (value, serverDate) => {
      checkStatus(value.status);
      if (value.testId !== testId)
        throw invalidError(`WsTest echoed ${value.testId}, sent ${testId}`);
      return { serverDate, roundTripMs: Math.round(performance.now() - started) };
    });
  }

  codeLists(): Promise<CodeListInfo[]> {
    return this.call('CiselnikySeznam', { auth: this.auth() }, (value) => value.lists);
  }

  codeList(listId: string): Promise<CodeListItem[]> {
    return this.call(
      'CiselnikZadost',
      { listId, auth: this.auth(), reservation: null },
      (value) => {
        checkStatus(value.status);
        return value.items;
      },
    );
  }

  /**
   * Reserves numbers of the central register (the extension of docs/essl-interface.md),
   * or answers null when this eSSL does not offer it — then the app numbers from its
   * own journal. Whether it is offered is asked once per client.
   */
  async reserveNumbers(reservation: ReservationRequest): Promise<ReservedNumber[] | null> {
    if (!(await this.offersReservation())) return null;
    return this.call(
      'CiselnikZadost',
      { listId: RESERVATION_CODE_LIST, auth: this.auth(), reservation },
      (value) => {
        checkStatus(value.status);
        if (value.reserved.length !== reservation.count)
          throw invalidError(
            `reserved ${value.reserved.length} numbers, asked for ${reservation.count}`,
          );
        return value.reserved;
      },
    );
  }

  createDocument(
    document: NewDocumentProfile,
    preceding: EsslEvent[] = [],
  ): Promise<DocumentProfile> {
    return this.call('DokumentZalozeni', { preceding, document, auth: this.auth() }, (value) =>
      required(value.status, value.document),
    );
  }

  createCaseFile(caseFile: NewCaseFileProfile): Promise<CaseFileProfile> {
    return this.call('SpisZalozeni', { preceding: [], caseFile, auth: this.auth() }, (value) =>
      required(value.status, value.caseFile),
    );
  }

  /**
   * Udalosti: the outcome of each event comes back on its own (a refused event does
   * not fail the others), so statuses are returned, not thrown.
   */
  async sendEvents(events: EsslEvent[]): Promise<EventOutcome[]> {
    if (events.length === 0) return [];
    const sent = new Set(events.map((event) => event.eventId));
    return this.call('Udalosti', { events, auth: this.auth() }, (value) => {
      const stranger = value.outcomes.find((outcome) => !sent.has(outcome.eventId));
      if (stranger) throw invalidError(`Udalosti answered for unsent event ${stranger.eventId}`);
      return value.outcomes;
    });
  }

  /** A page of PrideleneSeznam, with the eSSL's clock (HTTP Date) for the next cursor. */
  listAssigned(
    query: AssignedQuery,
  ): Promise<{ entries: AssignedEntry[]; serverDate: string | null }> {
    return this.call('PrideleneSeznam', { query, auth: this.auth() }, (value, serverDate) => {
      checkStatus(value.status);
      return { entries: value.entries, serverDate };
    });
  }

  documentProfile(id: EsslId): Promise<DocumentProfile> {
    return this.call('ProfilDokumentuZadost', { id, auth: this.auth() }, (value) =>
      required(value.status, value.document),
    );
  }

  caseFileProfile(id: EsslId): Promise<CaseFileProfile> {
    return this.call('ProfilSpisuZadost', { id, auth: this.auth() }, (value) =>
      required(value.status, value.caseFile),
    );
  }

  file(id: EsslId): Promise<FileContent> {
    return this.call('SouborZadost', { id, auth: this.auth() }, (value) =>
      required(value.status, value.file),
    );
  }

  /** DokumentPostoupeniZadost: takes the document into the app's exclusive keeping. */
  takeDocument(id: EsslId): Promise<DocumentProfile> {
    return this.call('DokumentPostoupeniZadost', { id, auth: this.auth() }, (value) =>
      required(value.status, value.document),
    );
  }

  /** DokumentVraceniZadost: hands the document back to the eSSL's keeping. */
  returnDocument(id: EsslId): Promise<DocumentProfile> {
    return this.call('DokumentVraceniZadost', { id, auth: this.auth() }, (value) =>
      required(value.status, value.document),
    );
  }

  private offersReservation(): Promise<boolean> {
    if (!this.reservationOffered) {
      const asked = this.codeLists().then((lists) =>
        lists.some((list) => list.id === RESERVATION_CODE_LIST),
      );
      // A failed question is asked again next time; only an answer is remembered.
      asked.catch(() => {
        if (this.reservationOffered === asked) this.reservationOffered = null;
      });
      this.reservationOffered = asked;
    }
    return this.reservationOffered;
  }

  private auth(): Authorization {
    return { user: this.options.user, at: this.now().toISOString() };
  }

  /**
   * One round trip: encode, post, decode, then `accept` reads the answer (and throws
   * for a refused status). Every EsslError that leaves names the operation.
   */
  private async call<O extends OperationName, T>(
    op: O,
    request: RequestOf<O>,
    accept: (value: ResponseOf<O>, serverDate: string | null) => T,
  ): Promise<T> {
    const requestXml = encodeRequest(op, this.route, request);
    let reply: SoapReply | null = null;
    try {
      reply = await this.options.transport.post(op, requestXml);
      this.options.onExchange?.(op, requestXml, reply.body, reply.httpStatus);
      return accept(interpret(op, reply), reply.serverDate);
    } catch (error) {
      if (error instanceof EsslError) {
        error.operation = op;
        if (!reply) this.options.onExchange?.(op, requestXml, null, error.httpStatus);
      }
      throw error;
    }
  }
}

const DECLARATION = /<!DOCTYPE|<!ENTITY/i;

/** A SOAP answer → the operation's response, or the EsslError it amounts to. */
function interpret<O extends OperationName>(op: O, reply: SoapReply): ResponseOf<O> {
  // A DTD is refused before any parser sees it, so no entity is ever expanded.
  if (DECLARATION.test(reply.body)) throw malformedError('answer declares a DTD or entities');
  const success = reply.httpStatus >= 200 && reply.httpStatus < 300;
  const decoded = decodeResponse(op, reply.body);
  if (decoded.ok) {
    if (!success) throw httpStatusError(reply.httpStatus);
    return decoded.value;
  }
  const { failure } = decoded;
  if (failure.kind === 'fault')
    return raise(faultError(failure.faultCode, failure.faultString, reply.httpStatus));
  // Not a Fault on an error status: the server failed, whatever it wrote.
  if (!success) return raise(httpStatusError(reply.httpStatus));
  if (failure.kind === 'malformed') return raise(malformedError(`${op}: ${failure.detail}`));
  return raise(invalidError(`${op}: ${failure.detail}`));
}

function raise(error: EsslError): never {
  throw error;
}

function checkStatus(status: OperationStatus): void {
  if (status.code !== STATUS_OK) throw statusError(status.code, status.description);
}

function required<T>(status: OperationStatus, value: T | null): T {
  checkStatus(status);
  if (value === null) throw invalidError('status 0000 without the entity');
  return value;
}
