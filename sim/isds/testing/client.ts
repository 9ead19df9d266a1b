import { request as httpsRequest } from 'node:https';
import { decodeResponse, encodeRequest, type Decoded } from '../../../common/isds/codec';
import {
  loginPaths,
  operationServices,
  type Answer,
  type LoginMethod,
  type OperationName,
  type RequestOf,
} from '../../../common/isds/operations';

/** A test's way to the simulated ISDS: real HTTP(S), the shared codec. */
export interface IsdsLogin {
  username: string;
  password: string;
}

/** A client certificate for the TLS listener, and the root to trust its server certificate. */
export interface ClientTls {
  certPem: string;
  keyPem: string;
  caPem: string;
}

export function basic(login: IsdsLogin): string {
  return `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`;
}

export interface RawReply {
  status: number;
  contentType: string;
  text: string;
}

export function pathOf(method: LoginMethod, op: OperationName): string {
  return `${loginPaths[method]}/${operationServices[op]}`;
}

/** POSTs a body over HTTPS with a client certificate (fetch cannot present one). */
export function postTls(
  url: string,
  body: string,
  headers: Record<string, string>,
  tls: ClientTls | null,
  caPem: string,
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        ca: caPem,
        ...(tls ? { cert: tls.certPem, key: tls.keyPem } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function postPlain(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<RawReply> {
  const response = await fetch(url, { method: 'POST', body, headers });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

export interface Call<O extends OperationName> extends RawReply {
  requestXml: string;
  decoded: Decoded<Answer<O>>;
}

export interface Target {
  /** `sim.url` for password logins, `sim.isdsTlsUrl` for the others. */
  baseUrl: string;
  method?: LoginMethod;
  login?: IsdsLogin | null;
  tls?: ClientTls | null;
}

export async function call<O extends OperationName>(
  target: Target,
  op: O,
  request: RequestOf<O>,
): Promise<Call<O>> {
  const method = target.method ?? 'password';
  const requestXml = encodeRequest(op, request);
  const headers: Record<string, string> = { 'Content-Type': 'text/xml; charset=utf-8' };
  if (target.login) headers.Authorization = basic(target.login);
  const url = `${target.baseUrl}${pathOf(method, op)}`;
  const reply = url.startsWith('https:')
    ? await postTls(url, requestXml, headers, target.tls ?? null, target.tls?.caPem ?? '')
    : await postPlain(url, requestXml, headers);
  return { ...reply, requestXml, decoded: decodeResponse(op, reply.text) };
}

/** The decoded answer (whatever its status), or a thrown error saying what came instead. */
export async function answer<O extends OperationName>(
  target: Target,
  op: O,
  request: RequestOf<O>,
): Promise<Answer<O>> {
  const reply = await call(target, op, request);
  if (!reply.decoded.ok)
    throw new Error(`${op}: HTTP ${reply.status}, ${JSON.stringify(reply.decoded.failure)}`);
  return reply.decoded.value;
}

/** The data of an answer with status 0000; throws on any other status. */
export async function ok<O extends OperationName>(
  target: Target,
  op: O,
  request: RequestOf<O>,
): Promise<Answer<O>['data']> {
  const result = await answer(target, op, request);
  if (result.status.code !== '0000')
    throw new Error(`${op}: ${result.status.code} ${result.status.message}`);
  return result.data;
}
