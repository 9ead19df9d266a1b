/**
 * The qualified timestamp of a message (dmQTimestamp): an RFC 3161 TimeStampToken, a
 * CMS SignedData over a TSTInfo whose messageImprint should be dmHash. How ISDS
 * canonicalises dmDm before hashing is not documented reliably, so the hash itself is
 * not recomputed: the imprint is compared with dmHash as transmitted.
 */
import type { TimestampCheck } from '../../../../common/contract/isds';
import type { MessageHash } from '../../../../common/isds/model';
import { MalformedError } from './ber';
import { displayName } from './certificateInfo';
import { OIDS, parseSignedData, type CmsSignedData } from './cms';
import { digestOidOfIsdsName, sameBytes } from './pki';
import { checkSigner, type SignerCheck } from './signerCheck';
import { readTstInfo, type TstInfo } from './tstInfo';
import type { ZfoTrust } from './trust';
import type { Certificate } from './x509';

/** What a token says on its own, whatever dmHash it is held against. */
interface TokenReading {
  tstInfo: TstInfo;
  signer: SignerCheck;
  /** The token's other certificates (intermediates of the TSA's). */
  others: Certificate[];
}

function readToken(token: Uint8Array): TokenReading | null {
  let signedData: CmsSignedData;
  let tstInfo: TstInfo;
  try {
    signedData = parseSignedData(token);
    if (signedData.contentType !== OIDS.tstInfo || !signedData.content) return null;
    tstInfo = readTstInfo(signedData.content);
  } catch (error) {
    if (error instanceof MalformedError) return null;
    throw error;
  }
  const signer = checkSigner(signedData, signedData.content);
  const others = signedData.certificates.filter((item) => item !== signer.certificate);
  return { tstInfo, signer, others };
}

/**
 * Tokens read before, by their bytes: a message and its delivery info carry the same
 * dmQTimestamp, and a message opened again should not cost its token a second time.
 */
const readings = new Map<string, TokenReading | null>();
const READING_CACHE_SIZE = 64;

function cachedReading(token: Uint8Array): TokenReading | null {
  const id = Buffer.from(token.buffer, token.byteOffset, token.byteLength).toString('latin1');
  if (readings.has(id)) return readings.get(id) ?? null;
  const reading = readToken(token);
  if (readings.size >= READING_CACHE_SIZE) readings.clear();
  readings.set(id, reading);
  return reading;
}

/** dmHash's value without the line breaks ISDS leaves in it; null when it is not base64. */
function hashBytes(hash: MessageHash): Uint8Array | null {
  const compact = hash.value.replace(/\s+/g, '');
  if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return null;
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

function imprintMatches(tstInfo: TstInfo, hash: MessageHash | null): boolean | null {
  if (!hash || hash.value.trim() === '') return null;
  const expected = hashBytes(hash);
  if (!expected) return false;
  return (
    digestOidOfIsdsName(hash.algorithm) === tstInfo.imprintAlgorithm &&
    sameBytes(tstInfo.imprint, expected)
  );
}

function authorityName(tstInfo: TstInfo, certificate: Certificate | null): string | null {
  if (certificate) return displayName(certificate.subject);
  return tstInfo.tsaName ? displayName(tstInfo.tsaName) : null;
}

const MISSING: TimestampCheck = {
  present: false,
  valid: false,
  trusted: false,
  time: null,
  authority: null,
  hashMatches: null,
  problem: 'zfo.timestamp.missing',
};

/**
 * The token's signature, its authority's trust (the TSA's certificate must chain to an
 * anchor at genTime, like the seal's — a token anyone could make proves no time), and
 * whether it stamps dmHash.
 */
export function checkTimestamp(
  token: Uint8Array | null,
  dmHash: MessageHash | null,
  trust: ZfoTrust,
): TimestampCheck {
  if (!token || token.byteLength === 0) return MISSING;
  const reading = cachedReading(token);
  if (!reading) return { ...MISSING, present: true, problem: 'zfo.timestamp.malformed' };
  const { tstInfo, signer, others } = reading;
  const hashMatches = imprintMatches(tstInfo, dmHash);
  const verdict =
    signer.ok && signer.certificate
      ? trust.check(signer.certificate, others, tstInfo.genTime)
      : { trusted: false, problem: null };
  const problem = !signer.ok
    ? `zfo.timestamp.${signer.problem ?? 'signatureInvalid'}`
    : hashMatches === false
      ? 'zfo.timestamp.hashMismatch'
      : verdict.trusted
        ? null
        : (verdict.problem ?? 'zfo.seal.untrusted').replace('zfo.seal.', 'zfo.timestamp.');
  return {
    present: true,
    valid: signer.ok,
    trusted: verdict.trusted,
    time: tstInfo.genTime.toISOString(),
    authority: authorityName(tstInfo, signer.certificate),
    hashMatches,
    problem,
  };
}
