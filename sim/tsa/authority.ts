/**
 * The simulator's timestamp authority over HTTP: `POST /tsa` with an RFC 3161
 * TimeStampReq (`application/timestamp-query`) answers a TimeStampResp
 * (`application/timestamp-reply`). A mode switch makes it misbehave for tests: down
 * (503), a token over another imprint, a token with another nonce, or one whose
 * signature does not verify.
 */
import type { Signer } from '../isds/seal/cms';
import { generateKeyPair } from '../isds/seal/keys';
import {
  imprintFits,
  readTimestampRequest,
  timestampResponse,
  timestampToken,
  type TimestampRequest,
} from './token';

export const TSA_MODES = ['ok', 'down', 'wrongImprint', 'wrongNonce', 'badSignature'] as const;
export type TsaMode = (typeof TSA_MODES)[number];

export interface TsaReply {
  status: number;
  contentType: string;
  body: Buffer;
}

export interface TimestampAuthorityOptions {
  /** The TSA's certificate and key (`loadOrCreateAuthority(dataDir).tsa`). */
  signer: () => Promise<Signer>;
  /** genTime; default the real clock (a signature's time is real even in the demo). */
  now?: () => Date;
  mode?: TsaMode;
}

export interface SimTimestampAuthority {
  handle(body: Uint8Array): Promise<TsaReply>;
  readonly mode: TsaMode;
  setMode(mode: TsaMode): void;
  /** Requests answered (any mode), for tests. */
  readonly requests: number;
}

export const TIMESTAMP_QUERY = 'application/timestamp-query';
export const TIMESTAMP_REPLY = 'application/timestamp-reply';

function reply(body: Uint8Array): TsaReply {
  return { status: 200, contentType: TIMESTAMP_REPLY, body: Buffer.from(body) };
}

function flipped(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  copy[copy.byteLength - 1] = copy[copy.byteLength - 1]! ^ 0xff;
  return copy;
}

export function createTimestampAuthority(
  options: TimestampAuthorityOptions,
): SimTimestampAuthority {
  let mode: TsaMode = options.mode ?? 'ok';
  let requests = 0;
  let impostor: Promise<Signer> | null = null;
  const now = options.now ?? (() => new Date());

  /** The TSA's certificate with a key that is not its own: a signature that does not verify. */
  const badSigner = async (): Promise<Signer> => {
    const real = await options.signer();
    impostor ??= generateKeyPair().then((keys) => ({
      certificate: real.certificate,
      privateKey: keys.privateKey,
    }));
    return impostor;
  };

  const stamp = async (request: TimestampRequest): Promise<Uint8Array> => {
    if (mode === 'wrongImprint') request = { ...request, imprint: flipped(request.imprint) };
    if (mode === 'wrongNonce')
      request = { ...request, nonce: request.nonce ? flipped(request.nonce) : new Uint8Array([1]) };
    const signer = mode === 'badSignature' ? await badSigner() : await options.signer();
    return timestampToken(signer, request, now());
  };

  return {
    get mode() {
      return mode;
    },
    get requests() {
      return requests;
    },
    setMode(next) {
      mode = next;
    },
    async handle(body) {
      requests++;
      if (mode === 'down')
        return {
          status: 503,
          contentType: 'text/plain; charset=utf-8',
          body: Buffer.from('Autorita časových razítek simulátoru je vypnutá.', 'utf8'),
        };
      const request = readTimestampRequest(body);
      if (!request)
        return reply(
          timestampResponse({ failure: 'badDataFormat', text: 'Žádost nelze přečíst.' }),
        );
      if (!imprintFits(request))
        return reply(
          timestampResponse({
            failure: 'badAlg',
            text: 'Podporován je jen otisk SHA-256/384/512.',
          }),
        );
      return reply(timestampResponse({ token: await stamp(request) }));
    },
  };
}
