/**
 * The client of the conversion register (evidence o provedených konverzích), reached
 * through the ORP's gateway with the JSON protocol of docs/conversion.md ("Conversion
 * register protocol"). It only ever passes on a number the register gave: every answer
 * is checked, and anything else is an error, never a made-up or partial number.
 *
 * Node's own fetch (undici) verifies TLS against Node's CA list; the client has no
 * switch to turn that off, and no redirect is followed.
 */
import { z } from 'zod';
import type { RegisterAnswer, RegisterRequest } from '../../../../common/contract/conversion';
import { networkFailureOf, type NetworkFailure } from '../../essl/networkFailure';
import { badAnswer, notConfigured, refused, timeout, unreachable } from './errors';

/** Below the register's base URL (`…/conversion-register` on the gateway and in the sim). */
export const RECORDS_PATH = '/v1/records';

export interface RegisterClientOptions {
  /**
   * The register's base URL on the ORP's gateway, e.g. `https://brana.orp.example/conversion-register`
   * (the simulator's is `<simUrl>/conversion-register`); null = not set up.
   */
  baseUrl: string | null;
  /** For tests; Node's global fetch by default. */
  fetch?: typeof fetch;
  /** Whole request, answer included; default 15 s. */
  timeoutMs?: number;
}

export interface RegisterClient {
  /** The number for a conversion; the same `requestId` always gets the same number. */
  request(request: RegisterRequest): Promise<RegisterAnswer>;
}

const DEFAULT_TIMEOUT_MS = 15_000;
/** An answer is ~100 bytes; a list of reasons a few kB. More is not an answer to us. */
const MAX_ANSWER_BYTES = 64 * 1024;

/** The number is printed on the clause as it came: no blank ends, no control characters. */
const answerSchema = z.object({
  number: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[^\s\p{Cc}](?:[^\p{Cc}]*[^\s\p{Cc}])?$/u),
  registeredAt: z.string().datetime({ offset: true }),
});

const refusalSchema = z.object({
  code: z.string().min(1).max(100),
  message: z.string().trim().min(1).max(2000),
});

const FAILURE_REASONS: Readonly<Record<NetworkFailure, string>> = {
  dns: 'server evidence nebyl nalezen',
  refused: 'spojení odmítnuto',
  reset: 'spojení přerušeno',
  timeout: 'vypršel čas na spojení',
  unreachable: 'síť je nedostupná',
  tls: 'certifikát serveru evidence není důvěryhodný',
  proxyAuth: 'proxy server vyžaduje přihlášení',
  proxy: 'chyba proxy serveru',
};

class ReadTooLong extends Error {}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** The first Node error code along the `cause` chain (undici wraps it in "fetch failed"). */
function codeOf(error: unknown): string | null {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return null;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readText(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_ANSWER_BYTES) {
    await response.body?.cancel();
    throw new ReadTooLong();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel();
      throw new ReadTooLong();
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function recordsUrl(baseUrl: string | null): URL {
  if (!baseUrl || baseUrl.trim() === '') throw notConfigured('no address');
  let base: URL;
  try {
    base = new URL(baseUrl.trim());
  } catch {
    throw notConfigured(`not a URL: ${baseUrl}`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:')
    throw notConfigured(`protocol ${base.protocol}`);
  if (base.username || base.password) throw notConfigured('credentials in the URL');
  return new URL(`${base.pathname.replace(/\/+$/, '')}${RECORDS_PATH}`, base);
}

export function createRegisterClient(options: RegisterClientOptions): RegisterClient {
  const call = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));

  return {
    async request(request) {
      const url = recordsUrl(options.baseUrl);
      const signal = AbortSignal.timeout(timeoutMs);
      let response: Response;
      let text: string;
      try {
        response = await call(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(request),
          redirect: 'manual',
          signal,
        });
        text = await readText(response);
      } catch (error) {
        if (error instanceof ReadTooLong) throw badAnswer(`answer over ${MAX_ANSWER_BYTES} bytes`);
        if (isTimeout(error) || signal.aborted) throw timeout(seconds);
        const failure = networkFailureOf(codeOf(error));
        const reason = failure ? FAILURE_REASONS[failure] : 'chyba sítě';
        throw unreachable(reason, `${codeOf(error) ?? 'no code'}: ${messageOf(error)}`);
      }
      return answerOf(response.status, text);
    },
  };
}

/** What the register's HTTP status and body amount to (docs/conversion.md, the client). */
function answerOf(status: number, text: string): RegisterAnswer {
  const body = parseJson(text);
  if (status === 200 || status === 201) {
    const answer = answerSchema.safeParse(body);
    if (!answer.success)
      throw badAnswer(
        `HTTP ${status}: ${answer.error.issues.map((issue) => issue.path.join('.') || issue.message).join(', ')}`,
      );
    return { number: answer.data.number, registeredAt: answer.data.registeredAt };
  }
  // A gateway or proxy in between, or the register out of service: worth asking again.
  if (status === 502 || status === 503 || status === 504 || status === 408 || status === 429)
    throw unreachable(`HTTP ${status}`, `HTTP ${status}`);
  const refusal = refusalSchema.safeParse(body);
  if (status >= 400 && refusal.success)
    throw refused(refusal.data.message, refusal.data.code, status);
  // A server error page without the register's reason: the register is not really answering.
  if (status >= 500) throw unreachable(`HTTP ${status}`, `HTTP ${status} without a reason`);
  throw badAnswer(`HTTP ${status}`);
}
