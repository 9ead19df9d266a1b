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
import {
  createFaultTimers,
  createSoapExchange,
  errorText,
  isHostileAnswerFault,
  readSoapRequest,
  xmlBombProlog,
  XML_BOMB_ENTITY,
  type HostileAnswerFault,
} from '../http/soapEndpoint';
import { authenticate, type EsslAccount } from './accounts';
import { MAX_BODY_BYTES } from './constants';
import type { FaultPlan } from './faults';
import { LOGIN_PAGE, sendBody, sendUnauthorized } from './httpReplies';
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

/** An "XML bomb" (see xmlBombProlog) in the place of the operation's status. */
function bombAnswer(op: OperationName): string {
  return (
    `${xmlBombProlog()}<soap:Envelope xmlns:soap="${SOAP_ENV_NAMESPACE}"><soap:Body>` +
    `<${op}Response xmlns="${ERMS_NAMESPACE}"><OperaceStatus><Kod>0000</Kod><Popis>${XML_BOMB_ENTITY}</Popis></OperaceStatus></${op}Response>` +
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

const hostileAnswer: Record<HostileAnswerFault, (op: OperationName) => string> = {
  malformed: truncatedAnswer,
  bomb: bombAnswer,
  invalid: invalidAnswer,
};

/** `POST /erms`: one SOAP 1.1 endpoint for every operation, dispatched by the body element. */
export function createEndpoint(options: EndpointOptions): { handle: RouteHandler; close(): void } {
  const slowMs = options.slowMs ?? SLOW_FAULT_MS;
  const timeoutCapMs = options.timeoutCapMs ?? TIMEOUT_FAULT_CAP_MS;
  const timers = createFaultTimers(timeoutCapMs);
  const replies = createSoapExchange<OperationName>({
    scope: 'essl',
    logger: options.logger,
    onExchange: options.onExchange,
    encodeFault,
  });
  const { fault } = replies;

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
    const read = await readSoapRequest(req, res, {
      limit: MAX_BODY_BYTES,
      faults: options.faults,
      timers,
      serverErrorText: 'Internal Server Error: služba eSSL je dočasně nedostupná.\n',
      loginPage: LOGIN_PAGE,
    });
    if (!read) return;
    const { text: requestXml, drawn } = read;
    const admitted = admit(req, res, requestXml);
    if (!admitted) return;
    const { account, decoded } = admitted;
    const { op } = decoded;
    if (drawn === 'soapfault') {
      const text = 'eSSL je dočasně nedostupná, zkuste to prosím později.';
      fault(res, op, requestXml, 'soap:Server', text);
      return;
    }
    if (isHostileAnswerFault(drawn)) {
      replies.raw(res, op, requestXml, hostileAnswer[drawn](op));
      return;
    }
    if (drawn === 'slow') await timers.wait(slowMs);
    if (timers.closed) {
      req.socket.destroy();
      return;
    }

    let core: EsslCore;
    try {
      core = options.core();
    } catch (error) {
      options.logger.error('essl.state', { error: errorText(error) });
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
    replies.soap(res, op, requestXml, outcome.xml, false);
  };

  return { handle, close: () => timers.close() };
}
