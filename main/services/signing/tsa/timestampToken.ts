/**
 * RFC 3161 on the client's side: the TimeStampReq it sends and the checks of the
 * TimeStampResp it gets, before a token may go into a signature — status granted, the
 * nonce and the imprint of the request, the token's CMS signature (through the ZFO
 * verifier's readers), and a signer certificate meant for timestamping.
 */
import { randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { MalformedError, readBer, withPkijs } from '../../isds/zfo/ber';
import { OIDS, parseSignedData } from '../../isds/zfo/cms';
import { sameBytes } from '../../isds/zfo/pki';
import { checkSigner } from '../../isds/zfo/signerCheck';
import { readTstInfo } from '../../isds/zfo/tstInfo';
import { readSigningExtensions } from '../certificateExtensions';
import { TimestampFailure } from './timestampFailure';

export const DIGEST_OIDS = {
  'SHA-256': '2.16.840.1.101.3.4.2.1',
  'SHA-384': '2.16.840.1.101.3.4.2.2',
  'SHA-512': '2.16.840.1.101.3.4.2.3',
} as const;
export type TimestampDigest = keyof typeof DIGEST_OIDS;

const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';
/** PKIStatus granted (0) and grantedWithMods (1) carry a token. */
const GRANTED = new Set([0, 1]);

export interface PreparedRequest {
  der: Uint8Array;
  nonce: Uint8Array;
}

/** A TimeStampReq for `digest`, with a random nonce and certReq true. */
export function timestampRequest(digest: Uint8Array, algorithm: TimestampDigest): PreparedRequest {
  const nonce = randomBytes(12);
  // A positive INTEGER with no leading zero octet: the TSA echoes it as encoded.
  nonce[0] = (nonce[0]! & 0x7f) | 0x01;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({
        algorithmId: DIGEST_OIDS[algorithm],
        algorithmParams: new asn1js.Null(),
      }),
      hashedMessage: new asn1js.OctetString({ valueHex: Uint8Array.from(digest).buffer }),
    }),
    nonce: new asn1js.Integer({
      valueHex: nonce.buffer.slice(nonce.byteOffset, nonce.byteOffset + 12),
    }),
    certReq: true,
  });
  return { der: new Uint8Array(request.toSchema().toBER(false)), nonce: new Uint8Array(nonce) };
}

export interface AcceptedToken {
  token: Uint8Array;
  genTime: Date;
  /** The authority's certificate subject, for the record. */
  authority: string;
}

function refused(detail: string): TimestampFailure {
  return new TimestampFailure('refused', detail);
}

/** The TimeStampToken's DER inside a response, or the failure the status names. */
function tokenOfResponse(response: Uint8Array): Uint8Array {
  const node = readBer(response, 'TimeStampResp');
  const parsed = withPkijs('TimeStampResp', () => new pkijs.TimeStampResp({ schema: node }));
  const status = parsed.status.status;
  // A rejection or "waiting" is the authority declining: no token to judge, it is not reached.
  if (!GRANTED.has(status)) {
    const text = parsed.status.statusStrings?.map((item) => item.valueBlock.value).join('; ') ?? '';
    throw new TimestampFailure('unreachable', `PKIStatus ${status} ${text}`.trim());
  }
  if (!parsed.timeStampToken) throw refused('granted without a token');
  return new Uint8Array(parsed.timeStampToken.toSchema().toBER(false));
}

function nonceOf(tstInfoDer: Uint8Array): Uint8Array | null {
  const node = readBer(tstInfoDer, 'TSTInfo');
  const info = withPkijs('TSTInfo', () => new pkijs.TSTInfo({ schema: node }));
  return info.nonce ? info.nonce.valueBlock.valueHexView : null;
}

/**
 * Judges a TimeStampResp against the request: throws TimestampFailure('refused') for
 * anything that must not be embedded, 'unreachable' for a declined request.
 */
export function acceptTimestampResponse(
  response: Uint8Array,
  request: { digest: Uint8Array; algorithm: TimestampDigest; nonce: Uint8Array | null },
): AcceptedToken {
  try {
    const token = tokenOfResponse(response);
    return { token, ...checkToken(token, request) };
  } catch (error) {
    if (error instanceof MalformedError) throw refused(`unreadable: ${error.message}`);
    throw error;
  }
}

/** The checks of a token on its own (also for a token from a TimestampAuthority we did not write). */
export function checkToken(
  token: Uint8Array,
  request: { digest: Uint8Array; algorithm: TimestampDigest; nonce: Uint8Array | null },
): Omit<AcceptedToken, 'token'> {
  const signedData = parseSignedData(token);
  if (signedData.contentType !== OIDS.tstInfo || !signedData.content)
    throw refused('not a TSTInfo');
  const tstInfo = readTstInfo(signedData.content);
  if (tstInfo.imprintAlgorithm !== DIGEST_OIDS[request.algorithm])
    throw refused('imprint algorithm differs');
  if (!sameBytes(tstInfo.imprint, request.digest)) throw refused('imprint differs');
  if (request.nonce) {
    const nonce = nonceOf(signedData.content);
    if (!nonce || !sameBytes(nonce, request.nonce)) throw refused('nonce differs');
  }
  const signer = checkSigner(signedData, signedData.content);
  if (!signer.ok || !signer.certificate) throw refused(`signature: ${signer.problem ?? 'invalid'}`);
  const purposes = readSigningExtensions(signer.certificate.der).extendedKeyUsage ?? [];
  if (!purposes.includes(TIME_STAMPING)) throw refused('certificate not for timestamping');
  const cn = signer.certificate.subject.find((item) => item.type === '2.5.4.3')?.value;
  return { genTime: tstInfo.genTime, authority: cn ?? '' };
}
