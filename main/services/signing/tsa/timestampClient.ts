/**
 * An RFC 3161 client (§3.4, over HTTP) that libpdf calls as its TimestampAuthority while
 * signing: it posts a TimeStampReq with axios over the eSSL's agent pool (certificate
 * checks always on, an extra CA when configured), and hands back only a token that
 * passed `acceptTimestampResponse`. Failures are TimestampFailure, which the signing
 * turns into a B-B signature with a notice.
 */
import axios from 'axios';
import type { DigestAlgorithm, TimestampAuthority } from '@libpdf/core';
import { createAgentPool, type AgentPool } from '../../essl/agents';
import { chooseProxy } from '../../essl/proxy';
import { acceptTimestampResponse, timestampRequest, type AcceptedToken } from './timestampToken';
import { TimestampFailure } from './timestampFailure';

export interface TimestampClientSettings {
  /** The authority's URL (https:, or http: as most TSAs and the simulator serve). */
  url: string;
  /** Extra trusted CA (PEM) for the authority's TLS, added to Node's own list. */
  caPem?: string | null;
  proxyUrl?: string | null;
  /** Connect (TCP + TLS) and response timeouts; default 10 s each. */
  timeoutMs?: number;
  /** HTTP Basic credentials, for authorities that require them. */
  user?: string | null;
  password?: string | null;
}

const DEFAULT_TIMEOUT_MS = 10_000;
/** A token with a long chain is ~10 KB; more is not an answer to us. */
const MAX_RESPONSE_BYTES = 256 * 1024;

export class TimestampClient implements TimestampAuthority {
  private readonly target: URL;
  private readonly pool: AgentPool;
  private readonly timeoutMs: number;
  /** The last accepted token's reading, for the signing's outcome. */
  lastAccepted: AcceptedToken | null = null;

  constructor(private readonly settings: TimestampClientSettings) {
    this.target = new URL(settings.url);
    if (this.target.protocol !== 'https:' && this.target.protocol !== 'http:')
      throw new Error(`timestamp authority URL protocol ${this.target.protocol}`);
    this.timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.pool = createAgentPool(this.target.protocol, {
      connectTimeoutMs: this.timeoutMs,
      caPem: settings.caPem ?? null,
      proxy: chooseProxy(this.target, settings.proxyUrl ?? null, process.env),
    });
  }

  async timestamp(digest: Uint8Array, algorithm: DigestAlgorithm): Promise<Uint8Array> {
    const request = timestampRequest(digest, algorithm);
    const body = await this.post(request.der);
    const accepted = acceptTimestampResponse(body, {
      digest,
      algorithm,
      nonce: request.nonce,
    });
    this.lastAccepted = accepted;
    return accepted.token;
  }

  private async post(der: Uint8Array): Promise<Uint8Array> {
    const { user, password } = this.settings;
    let response;
    try {
      response = await axios.post<ArrayBuffer>(this.target.href, Buffer.from(der), {
        adapter: 'http',
        httpAgent: this.pool.httpAgent,
        httpsAgent: this.pool.httpsAgent,
        proxy: false,
        maxRedirects: 0,
        responseType: 'arraybuffer',
        timeout: this.timeoutMs,
        maxContentLength: MAX_RESPONSE_BYTES,
        validateStatus: () => true,
        headers: {
          'Content-Type': 'application/timestamp-query',
          Accept: 'application/timestamp-reply',
        },
        ...(user ? { auth: { username: user, password: password ?? '' } } : {}),
      });
    } catch (error) {
      throw new TimestampFailure(
        'unreachable',
        error instanceof Error ? error.message : String(error),
      );
    }
    if (response.status !== 200)
      throw new TimestampFailure('unreachable', `HTTP ${response.status}`);
    return new Uint8Array(response.data);
  }

  close(): void {
    this.pool.destroy();
  }
}
