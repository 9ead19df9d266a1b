import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultKind, FaultPlan } from '../essl/faults';
import { XML_CONTENT_TYPE, sendBody, sendSoap } from '../essl/httpReplies';
import type { SimLogger } from './logger';
import { readBody } from './readBody';

/**
 * What the simulated SOAP services (eSSL, ISDS) share around their operations: reading the
 * request, the faults of the network in front of the service, and recording every exchange.
 */

export type SoapFaultCode = 'soap:Client' | 'soap:Server';

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The timers of the `slow` and `timeout` faults; `close()` ends the waits and drops the held connections' timers. */
export interface FaultTimers {
  wait(ms: number): Promise<void>;
  /** Holds the connection without answering until the client gives up (or the cap). */
  hold(req: IncomingMessage): void;
  readonly closed: boolean;
  close(): void;
}

export function createFaultTimers(timeoutCapMs: number): FaultTimers {
  const timers = new Set<NodeJS.Timeout>();
  const waiting = new Set<() => void>();
  let closed = false;
  return {
    wait: (ms) =>
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
      }),
    hold(req) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        req.socket.destroy();
      }, timeoutCapMs);
      timers.add(timer);
      req.socket.once('close', () => {
        clearTimeout(timer);
        timers.delete(timer);
      });
    },
    get closed() {
      return closed;
    },
    close() {
      closed = true;
      for (const finish of [...waiting]) finish();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

export interface NetworkFaultOptions {
  limit: number;
  faults: FaultPlan;
  timers: FaultTimers;
  /** The body of the `500` fault. */
  serverErrorText: string;
  /** What a login portal in front of the service shows instead of SOAP (the `html` fault). */
  loginPage: string;
}

/**
 * Reads the request and draws its fault before anything is applied; the faults of the
 * network in front of the service (500, an HTML page, no answer) come even before the login
 * is looked at. The request's text and the drawn fault, or null once answered.
 */
export async function readSoapRequest(
  req: IncomingMessage,
  res: ServerResponse,
  options: NetworkFaultOptions,
): Promise<{ text: string; drawn: FaultKind | null } | null> {
  const { limit } = options;
  const body = await readBody(req, limit);
  if (body.kind === 'gone') return null;
  if (body.kind === 'tooLarge') {
    const text = `Požadavek je větší než ${Math.round(limit / 1024 / 1024)} MB.\n`;
    sendBody(res, 413, 'text/plain; charset=utf-8', text, { Connection: 'close' });
    return null;
  }
  const drawn: FaultKind | null = options.faults.draw();
  if (drawn === '500') {
    sendBody(res, 500, 'text/plain; charset=utf-8', options.serverErrorText);
    return null;
  }
  if (drawn === 'html') {
    sendBody(res, 200, 'text/html; charset=utf-8', options.loginPage);
    return null;
  }
  if (drawn === 'timeout') {
    options.timers.hold(req);
    return null;
  }
  return { text: body.text, drawn };
}

/** The faults that answer 200 with XML the client must refuse. */
export type HostileAnswerFault = 'malformed' | 'bomb' | 'invalid';

export function isHostileAnswerFault(drawn: FaultKind | null): drawn is HostileAnswerFault {
  return drawn === 'malformed' || drawn === 'bomb' || drawn === 'invalid';
}

/**
 * The prolog of an "XML bomb": nested entity declarations that would expand to gigabytes.
 * A reader that expands entities dies on `XML_BOMB_ENTITY`; ours must refuse it at once.
 */
export function xmlBombProlog(): string {
  const levels = Array.from({ length: 10 }, (_, level) =>
    level === 0
      ? '<!ENTITY lol0 "lollollollollollollollollollol">'
      : `<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE lolz [${levels}]>`;
}

export const XML_BOMB_ENTITY = '&lol9;';

export interface SoapExchangeOptions<Op extends string> {
  /** Prefix of the log's event names (`essl`, `isds`). */
  scope: string;
  logger: SimLogger;
  onExchange?: (op: Op | null, requestXml: string, responseXml: string) => void;
  encodeFault: (code: SoapFaultCode, text: string) => string;
}

/** Answers that are recorded as an exchange (a hook's failure only goes to the log). */
export function createSoapExchange<Op extends string>(options: SoapExchangeOptions<Op>) {
  const exchange = (op: Op | null, requestXml: string, responseXml: string) => {
    try {
      options.onExchange?.(op, requestXml, responseXml);
    } catch (error) {
      options.logger.warn(`${options.scope}.onExchange`, { error: errorText(error) });
    }
  };
  return {
    /** A SOAP response (200) or Fault (500). */
    soap(res: ServerResponse, op: Op | null, requestXml: string, xml: string, fault: boolean) {
      exchange(op, requestXml, xml);
      sendSoap(res, xml, fault);
    },
    fault(
      res: ServerResponse,
      op: Op | null,
      requestXml: string,
      code: SoapFaultCode,
      text: string,
    ) {
      const xml = options.encodeFault(code, text);
      exchange(op, requestXml, xml);
      sendSoap(res, xml, true);
    },
    /** XML sent as a 200 answer whatever it holds (the hostile-answer faults). */
    raw(res: ServerResponse, op: Op, requestXml: string, xml: string) {
      exchange(op, requestXml, xml);
      sendBody(res, 200, XML_CONTENT_TYPE, xml);
    },
  };
}
