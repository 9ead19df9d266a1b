import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  decodeRequest,
  encodeFault,
  ERMS_NAMESPACE,
  SOAP_ENV_NAMESPACE,
  type AnyRequest,
} from '../../common/erms/codec';
import type { OperationName } from '../../common/erms/operations';
import type { SimLogger } from '../http/logger';
import type { RouteHandler } from '../http/routes';
import { authenticate, type EsslAccount } from './accounts';
import { MAX_BODY_BYTES } from './constants';
import type { FaultKind, FaultPlan } from './faults';
import { LOGIN_PAGE, XML_CONTENT_TYPE, sendBody, sendSoap, sendUnauthorized } from './httpReplies';
import type { ChangeLog } from './persistence';
import { perform } from './perform';
import type { EsslCore } from './rules';

/** Every SOAP exchange, for tests: the operation (null when the request did not decode). */
export type ExchangeHook = (
  op: OperationName | null,
  requestXml: string,
  responseXml: string,
) => void;

export interface EndpointOptions {
  accounts: ReadonlyArray<EsslAccount>;
  /** The state, built on first use (a 100,000-document seed costs a moment). */
  core: () => EsslCore;
  log: ChangeLog;
  faults: FaultPlan;
  onExchange?: ExchangeHook;
  logger: SimLogger;
  /** How long `slow` waits before answering. */
  slowMs?: number;
  /** How long a `timeout` holds the connection at most before it closes it. */
  timeoutCapMs?: number;
}

export const SLOW_FAULT_MS = 2000;
export const TIMEOUT_FAULT_CAP_MS = 120_000;

type Body = { kind: 'read'; text: string } | { kind: 'tooLarge' } | { kind: 'gone' };

function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) return Promise.resolve({ kind: 'tooLarge' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (body: Body) => {
      if (done) return;
      done = true;
      resolve(body);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish({ kind: 'tooLarge' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish({ kind: 'read', text: Buffer.concat(chunks).toString('utf8') }));
    // The client went away mid-request: there is no one to answer.
    req.on('close', () => finish({ kind: 'gone' }));
    req.on('error', () => finish({ kind: 'gone' }));
  });
}

function soapActionOf(req: IncomingMessage): string | null {
  const header = req.headers.soapaction;
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined) return null;
  return value.trim().replace(/^"(.*)"$/, '$1');
}

/** An answer cut off mid-way, as a broken proxy or a crashed worker leaves it. */
function truncatedAnswer(op: OperationName): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="${SOAP_ENV_NAMESPACE}">` +
    `<soap:Body><${op}Response xmlns="${ERMS_NAMESPACE}"><OperaceStatus><Kod>00`
  );
}

/**
 * An "XML bomb": nested entity declarations that would expand to gigabytes. A reader
 * that expands entities dies on it; ours must refuse it at once.
 */
function bombAnswer(op: OperationName): string {
  const levels = Array.from({ length: 10 }, (_, level) =>
    level === 0
      ? '<!ENTITY lol0 "lollollollollollollollollollol">'
      : `<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`,
  ).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE lolz [${levels}]>` +
    `<soap:Envelope xmlns:soap="${SOAP_ENV_NAMESPACE}"><soap:Body>` +
    `<${op}Response xmlns="${ERMS_NAMESPACE}"><OperaceStatus><Kod>0000</Kod><Popis>&lol9;</Popis></OperaceStatus></${op}Response>` +
    `</soap:Body></soap:Envelope>`
  );
}

/** Well-formed SOAP whose body the schema refuses (an unknown element, no OperaceStatus). */
function invalidAnswer(op: OperationName): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="${SOAP_ENV_NAMESPACE}"><soap:Body>` +
    `<${op}Response xmlns="${ERMS_NAMESPACE}"><Vysledek>hotovo</Vysledek></${op}Response>` +
    `</soap:Body></soap:Envelope>`
  );
}

/** `POST /erms`: one SOAP 1.1 endpoint for every operation, dispatched by the body element. */
export function createEndpoint(options: EndpointOptions): { handle: RouteHandler; close(): void } {
  const slowMs = options.slowMs ?? SLOW_FAULT_MS;
  const timeoutCapMs = options.timeoutCapMs ?? TIMEOUT_FAULT_CAP_MS;
  const timers = new Set<NodeJS.Timeout>();
  const waiting = new Set<() => void>();
  let closed = false;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        timers.delete(timer);
        waiting.delete(finish);
        resolve();
      };
      const timer = setTimeout(finish, ms);
      timers.add(timer);
      waiting.add(finish);
    });

  const exchange = (op: OperationName | null, requestXml: string, responseXml: string) => {
    try {
      options.onExchange?.(op, requestXml, responseXml);
    } catch (error) {
      options.logger.warn('essl.onExchange', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const fault = (
    res: ServerResponse,
    op: OperationName | null,
    requestXml: string,
    code: 'soap:Client' | 'soap:Server',
    text: string,
  ) => {
    const xml = encodeFault(code, text);
    exchange(op, requestXml, xml);
    sendSoap(res, xml, true);
  };

  /** Holds the connection without answering until the client gives up (or the cap). */
  const hold = (req: IncomingMessage) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      req.socket.destroy();
    }, timeoutCapMs);
    timers.add(timer);
    req.socket.once('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  };

  /** Login, media type, decoding and SOAPAction: the request, or null once refused. */
  const admit = (
    req: IncomingMessage,
    res: ServerResponse,
    requestXml: string,
  ): { account: EsslAccount; decoded: AnyRequest } | null => {
    const account = authenticate(req.headers.authorization, options.accounts);
    if (!account) {
      sendUnauthorized(res);
      return null;
    }
    if (!/^text\/xml\b/i.test(String(req.headers['content-type'] ?? ''))) {
      const text = 'eSSL přijímá jen SOAP 1.1 (Content-Type: text/xml).\n';
      sendBody(res, 415, 'text/plain; charset=utf-8', text);
      return null;
    }
    const decoded = decodeRequest(requestXml);
    if (!decoded.ok) {
      const { failure } = decoded;
      const detail =
        failure.kind === 'fault' ? `${failure.faultCode} ${failure.faultString}` : failure.detail;
      const text = `Požadavek nelze zpracovat, neodpovídá rozhraní ermsAPI: ${detail}`;
      fault(res, null, requestXml, 'soap:Client', text);
      return null;
    }
    const { op } = decoded.value;
    const action = soapActionOf(req);
    if (action !== op) {
      const text =
        action === null
          ? `Chybí hlavička SOAPAction (pro tuto operaci „${op}“).`
          : `Hlavička SOAPAction „${action}“ neodpovídá operaci ${op}.`;
      fault(res, op, requestXml, 'soap:Client', text);
      return null;
    }
    return { account, decoded: decoded.value };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body.kind === 'gone') return;
    if (body.kind === 'tooLarge') {
      const text = `Požadavek je větší než ${Math.round(MAX_BODY_BYTES / 1024 / 1024)} MB.\n`;
      sendBody(res, 413, 'text/plain; charset=utf-8', text, { Connection: 'close' });
      return;
    }
    // Drawn before anything is applied; the faults of the network in front of the eSSL
    // come even before the login is looked at.
    const drawn: FaultKind | null = options.faults.draw();
    if (drawn === '500') {
      const text = 'Internal Server Error: služba eSSL je dočasně nedostupná.\n';
      sendBody(res, 500, 'text/plain; charset=utf-8', text);
      return;
    }
    if (drawn === 'html') {
      sendBody(res, 200, 'text/html; charset=utf-8', LOGIN_PAGE);
      return;
    }
    if (drawn === 'timeout') {
      hold(req);
      return;
    }

    const requestXml = body.text;
    const admitted = admit(req, res, requestXml);
    if (!admitted) return;
    const { account, decoded } = admitted;
    const { op } = decoded;
    if (drawn === 'soapfault') {
      const text = 'eSSL je dočasně nedostupná, zkuste to prosím později.';
      fault(res, op, requestXml, 'soap:Server', text);
      return;
    }
    if (drawn === 'malformed' || drawn === 'bomb' || drawn === 'invalid') {
      const xml =
        drawn === 'bomb'
          ? bombAnswer(op)
          : drawn === 'invalid'
            ? invalidAnswer(op)
            : truncatedAnswer(op);
      exchange(op, requestXml, xml);
      sendBody(res, 200, XML_CONTENT_TYPE, xml);
      return;
    }
    if (drawn === 'slow') await wait(slowMs);
    if (closed) {
      req.socket.destroy();
      return;
    }

    let core: EsslCore;
    try {
      core = options.core();
    } catch (error) {
      options.logger.error('essl.state', {
        error: error instanceof Error ? error.message : String(error),
      });
      fault(res, op, requestXml, 'soap:Server', 'Stav eSSL se nepodařilo načíst.');
      return;
    }
    const ctx = { user: account.username, system: decoded.route.source };
    const outcome = await perform(core, ctx, decoded, options.log, options.logger);
    if (drawn === 'drop') {
      req.socket.destroy();
      return;
    }
    if (outcome.kind === 'fault') {
      fault(res, op, requestXml, outcome.code, outcome.text);
      return;
    }
    exchange(op, requestXml, outcome.xml);
    sendSoap(res, outcome.xml, false);
  };

  return {
    handle,
    close() {
      closed = true;
      for (const finish of [...waiting]) finish();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
