import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  decodeRequest,
  encodeFault,
  encodeResponse,
  ISDS_NS,
  SOAP_ENV_NAMESPACE,
} from '../../common/isds/codec';
import { operationServices, type OperationName } from '../../common/isds/operations';
import type { FaultPlan } from '../essl/faults';
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
import type { IsdsAccount, IsdsLogins } from './accounts';
import { emptyData } from './emptyData';
import { runOperation, type AnyAnswer, type IsdsCore, type IsdsRequest } from './handlers';
import { PORTAL_LOGIN_PAGE, sendBody, sendUnauthorized } from './httpReplies';
import { loginOf, routeOf } from './login';
import type { IsdsChangeLog } from './persistence';
import { statuses } from './statuses';

/** Every SOAP exchange, for tests: the operation (null when the request did not decode). */
export type IsdsExchangeHook = (
  op: OperationName | null,
  requestXml: string,
  responseXml: string,
) => void;

/**
 * Test hook: runs while the account's request holds its slot (after the login, before
 * the operation), so that a test can keep a request busy and send a second one.
 */
export type IsdsHoldHook = (op: OperationName, account: IsdsAccount) => Promise<void> | void;

export interface IsdsEndpointOptions {
  core: () => Promise<IsdsCore>;
  logins: () => IsdsLogins;
  /** SHA-256 (lower-case hex) of the request's verified client certificate, or null. */
  fingerprint: (req: IncomingMessage) => string | null;
  log: IsdsChangeLog;
  faults: FaultPlan;
  logger: SimLogger;
  onExchange?: IsdsExchangeHook;
  hold?: IsdsHoldHook;
  slowMs?: number;
  timeoutCapMs?: number;
}

/** ISDS's own limit on a request is the message size plus the base64 and envelope overhead. */
export const MAX_REQUEST_BYTES = 30 * 1024 * 1024;
export const ISDS_SLOW_FAULT_MS = 2000;
const TIMEOUT_FAULT_CAP_MS = 120_000;

function truncatedAnswer(op: OperationName): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="${SOAP_ENV_NAMESPACE}">` +
    `<SOAP-ENV:Body><q:${op}Response xmlns:q="${ISDS_NS}"><q:dmStatus><q:dmStatusCode>00`
  );
}

function bombAnswer(op: OperationName): string {
  return (
    `${xmlBombProlog()}` +
    `<SOAP-ENV:Envelope xmlns:SOAP-ENV="${SOAP_ENV_NAMESPACE}"><SOAP-ENV:Body>` +
    `<q:${op}Response xmlns:q="${ISDS_NS}"><q:dmStatus><q:dmStatusCode>0000</q:dmStatusCode>` +
    `<q:dmStatusMessage>${XML_BOMB_ENTITY}</q:dmStatusMessage></q:dmStatus></q:${op}Response>` +
    `</SOAP-ENV:Body></SOAP-ENV:Envelope>`
  );
}

function invalidAnswer(op: OperationName): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="${SOAP_ENV_NAMESPACE}"><SOAP-ENV:Body>` +
    `<q:${op}Response xmlns:q="${ISDS_NS}"><q:vysledek>hotovo</q:vysledek></q:${op}Response>` +
    `</SOAP-ENV:Body></SOAP-ENV:Envelope>`
  );
}

const hostileAnswer: Record<HostileAnswerFault, (op: OperationName) => string> = {
  malformed: truncatedAnswer,
  bomb: bombAnswer,
  invalid: invalidAnswer,
};

/**
 * `POST {/DS,/cert/DS,/certds/DS,/hspis/DS}/{dz,dx,df,DsManage}`: ISDS's SOAP 1.1
 * services. One request per account at a time (a second one meanwhile gets 3009).
 */
export function createIsdsEndpoint(options: IsdsEndpointOptions): {
  handle: RouteHandler;
  close(): void;
} {
  const slowMs = options.slowMs ?? ISDS_SLOW_FAULT_MS;
  const timeoutCapMs = options.timeoutCapMs ?? TIMEOUT_FAULT_CAP_MS;
  const timers = createFaultTimers(timeoutCapMs);
  /** Accounts (by username) with a request in progress. */
  const busy = new Set<string>();
  const replies = createSoapExchange<OperationName>({
    scope: 'isds',
    logger: options.logger,
    onExchange: options.onExchange,
    encodeFault,
  });
  const { fault } = replies;

  const respond = (res: ServerResponse, requestXml: string, result: AnyAnswer) => {
    // The generic `encodeResponse` cannot see that op and answer belong together.
    replies.soap(
      res,
      result.op,
      requestXml,
      encodeResponse(result.op, result.answer as never),
      false,
    );
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const route = routeOf(url.pathname);
    if (!route) {
      sendBody(res, 404, 'text/plain; charset=utf-8', `ISDS nezná adresu ${url.pathname}.\n`);
      return;
    }
    const read = await readSoapRequest(req, res, {
      limit: MAX_REQUEST_BYTES,
      faults: options.faults,
      timers,
      serverErrorText: 'Internal Server Error\n',
      loginPage: PORTAL_LOGIN_PAGE,
    });
    if (!read) return;
    const { text: requestXml, drawn } = read;

    const account = loginOf(req, route.method, options.logins(), options.fingerprint(req));
    if (!account) {
      sendUnauthorized(res);
      return;
    }
    if (!/^(text\/xml|application\/soap\+xml)\b/i.test(String(req.headers['content-type'] ?? ''))) {
      sendBody(res, 415, 'text/plain; charset=utf-8', 'ISDS přijímá jen SOAP 1.1 (text/xml).\n');
      return;
    }
    const decoded = decodeRequest(requestXml);
    if (!decoded.ok) {
      const { failure } = decoded;
      const detail =
        failure.kind === 'fault' ? `${failure.faultCode} ${failure.faultString}` : failure.detail;
      fault(res, null, requestXml, 'soap:Client', `Požadavek nelze zpracovat: ${detail}`);
      return;
    }
    const request = decoded.value as IsdsRequest;
    const { op } = request;
    if (operationServices[op] !== route.service) {
      const text = `Operace ${op} patří ke službě ${operationServices[op]}, ne ${route.service}.`;
      fault(res, op, requestXml, 'soap:Client', text);
      return;
    }
    if (drawn === 'soapfault') {
      fault(res, op, requestXml, 'soap:Server', 'Služba je dočasně nedostupná.');
      return;
    }
    if (isHostileAnswerFault(drawn)) {
      replies.raw(res, op, requestXml, hostileAnswer[drawn](op));
      return;
    }

    if (busy.has(account.username)) {
      respond(res, requestXml, {
        op,
        answer: { status: statuses.busy, data: emptyData[op]() },
      } as AnyAnswer);
      return;
    }
    busy.add(account.username);
    try {
      if (drawn === 'slow') await timers.wait(slowMs);
      await options.hold?.(op, account);
      if (timers.closed) {
        req.socket.destroy();
        return;
      }
      let core: IsdsCore;
      try {
        core = await options.core();
      } catch (error) {
        options.logger.error('isds.state', { error: errorText(error) });
        fault(res, op, requestXml, 'soap:Server', 'Stav ISDS se nepodařilo načíst.');
        return;
      }
      const box = core.store.boxes.get(account.dbID);
      if (!box) {
        sendUnauthorized(res);
        return;
      }
      let result: AnyAnswer;
      try {
        result = await runOperation(
          core,
          {
            account,
            box,
            method: route.method,
            now: core.clock.now(),
          },
          request,
        );
      } catch (error) {
        options.logger.error('isds.operation', { op, error: errorText(error) });
        await options.log.append(core.store.drain()).catch(() => {});
        fault(res, op, requestXml, 'soap:Server', 'Vnitřní chyba ISDS.');
        return;
      }
      try {
        await options.log.append(core.store.drain());
      } catch (error) {
        options.logger.error('isds.log', { error: errorText(error) });
        fault(res, op, requestXml, 'soap:Server', 'ISDS nemohl změnu uložit; opakujte požadavek.');
        return;
      }
      if (drawn === 'drop') {
        req.socket.destroy();
        return;
      }
      respond(res, requestXml, result);
    } finally {
      busy.delete(account.username);
    }
  };

  return { handle, close: () => timers.close() };
}
