import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handlers } from '../common/contract/api';
import { dispatch, invalidArguments, isMethodName } from '../common/contract/dispatch';
import type { Envelope } from '../common/contract/envelope';
import { MAX_REQUEST_BYTES } from '../common/contract/http';
import { fromWire, toWire } from '../common/contract/wire';
import type { Logger } from '../main/services/log/logger';
import { securityHeaders } from './staticFiles';

function send(response: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(toWire(envelope));
}

function refusal(
  code: string,
  message: string,
  params: Record<string, string | number> = {},
): Envelope<never> {
  return { ok: false, error: { code, message, params } };
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_REQUEST_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * POST /api/<method>: the same `dispatch` the Electron IPC uses, so arguments are
 * validated by the contract's schema before any service sees them.
 */
export async function handleApiCall(
  request: IncomingMessage,
  response: ServerResponse,
  name: string,
  handlers: Handlers,
  logger: Logger,
): Promise<void> {
  if (request.method !== 'POST') {
    send(response, 405, refusal('errors.invalidArguments', 'Použijte POST.', { method: name }));
    return;
  }
  if (!isMethodName(name)) {
    logger.warn('webhost: unknown method', { method: name.slice(0, 100) });
    send(
      response,
      404,
      refusal('errors.invalidArguments', `Neznámá metoda (${name.slice(0, 100)}).`, {
        method: name.slice(0, 100),
      }),
    );
    return;
  }
  const body = await readBody(request);
  if (body === null) {
    send(
      response,
      413,
      refusal('errors.invalidArguments', 'Požadavek je příliš velký.', { method: name }),
    );
    return;
  }
  let args: unknown;
  try {
    args = body.length === 0 ? {} : fromWire(body);
  } catch {
    logger.warn('contract: rejected malformed arguments', {
      method: name,
      detail: 'body is not JSON',
    });
    send(response, 400, invalidArguments(name));
    return;
  }
  const envelope = await dispatch(handlers, name, args, logger);
  send(
    response,
    envelope.ok ? 200 : envelope.error.code === 'errors.invalidArguments' ? 400 : 200,
    envelope,
  );
}
