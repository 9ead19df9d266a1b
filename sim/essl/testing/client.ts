import { decodeResponse, encodeRequest, type Decoded } from '../../../common/erms/codec';
import type { Authorization, Route } from '../../../common/erms/model';
import type { OperationName, RequestOf, ResponseOf } from '../../../common/erms/operations';
import type { EsslAccount } from '../accounts';

/** A test's way to the simulated eSSL: real HTTP, the shared codec. */
export interface Login {
  username: string;
  password: string;
}

export const TEST_ROUTE: Route = { source: 'URADOVNA', target: 'ESSL' };

export function basic(login: Login): string {
  return `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`;
}

export function authOf(login: Pick<EsslAccount, 'username'>): Authorization {
  return { user: login.username, at: new Date().toISOString() };
}

/** The headers of a SOAP call of `op` as `login`. */
export function soapHeaders(login: Login, op: string): Record<string, string> {
  return {
    'Content-Type': 'text/xml; charset=utf-8',
    Authorization: basic(login),
    SOAPAction: `"${op}"`,
  };
}

export interface RawReply {
  status: number;
  headers: Headers;
  text: string;
}

export async function postErms(
  baseUrl: string,
  body: string,
  headers: Record<string, string>,
  signal?: AbortSignal,
): Promise<RawReply> {
  const response = await fetch(`${baseUrl}/erms`, { method: 'POST', body, headers, signal });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

export interface Call<O extends OperationName> extends RawReply {
  requestXml: string;
  decoded: Decoded<ResponseOf<O>>;
}

export async function call<O extends OperationName>(
  baseUrl: string,
  login: Login,
  op: O,
  request: RequestOf<O>,
  options: { route?: Route; soapAction?: string | null } = {},
): Promise<Call<O>> {
  const requestXml = encodeRequest(op, options.route ?? TEST_ROUTE, request);
  const headers: Record<string, string> = {
    'Content-Type': 'text/xml; charset=utf-8',
    Authorization: basic(login),
  };
  const action = options.soapAction === undefined ? op : options.soapAction;
  if (action !== null) headers.SOAPAction = `"${action}"`;
  const reply = await postErms(baseUrl, requestXml, headers);
  return { ...reply, requestXml, decoded: decodeResponse(op, reply.text) };
}

/** The decoded response, or a thrown error saying what came instead. */
export async function ok<O extends OperationName>(
  baseUrl: string,
  login: Login,
  op: O,
  request: RequestOf<O>,
  options: { route?: Route } = {},
): Promise<ResponseOf<O>> {
  const reply = await call(baseUrl, login, op, request, options);
  if (!reply.decoded.ok) {
    throw new Error(`${op}: HTTP ${reply.status}, ${JSON.stringify(reply.decoded.failure)}`);
  }
  return reply.decoded.value;
}
