/**
 * An RFC 3161 timestamp token in a PDF: the signature timestamp of a PAdES B-T
 * signature (stamping the SignerInfo's signature value, ETSI EN 319 122-1 §5.3) or a
 * document timestamp (stamping the signed byte ranges, ETSI EN 319 142-1 §5.4). The
 * token's own signature, its imprint, and its authority's certificate path at genTime.
 */
import type { TimestampReport } from '../../../../../common/contract/signing';
import { MalformedError } from '../../../isds/zfo/ber';
import { displayName } from '../../../isds/zfo/certificateInfo';
import { OIDS, parseSignedData, type CmsSignedData } from '../../../isds/zfo/cms';
import { digestName, sameBytes } from '../../../isds/zfo/pki';
import { checkSigner, type SignerProblem } from '../../../isds/zfo/signerCheck';
import type { ZfoTrust } from '../../../isds/zfo/trust';
import { readTstInfo, type TstInfo } from '../../../isds/zfo/tstInfo';
import type { Certificate } from '../../../isds/zfo/x509';
import { extensionsOf } from '../certificateExtensions';
import { chainAt } from '../chain';
import { TIMESTAMP_PROBLEM } from '../problems';
import type { Digestible } from '../signedBytes';

export interface TokenCheck {
  report: TimestampReport;
  genTime: Date;
  certificate: Certificate | null;
}

const INDETERMINATE_SIGNER: ReadonlySet<SignerProblem> = new Set([
  'noSigner',
  'noCertificate',
  'unsupportedAlgorithm',
]);

function readToken(
  token: Uint8Array,
): { signedData: CmsSignedData; content: Uint8Array; tstInfo: TstInfo } | null {
  try {
    const signedData = parseSignedData(token);
    if (signedData.contentType !== OIDS.tstInfo || !signedData.content) return null;
    return { signedData, content: signedData.content, tstInfo: readTstInfo(signedData.content) };
  } catch (error) {
    if (error instanceof MalformedError) return null;
    throw error;
  }
}

type Imprint = 'matches' | 'mismatch' | 'unsupported';

const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';

/** RFC 3161 §2.3: the TSA's certificate has the timeStamping extended key usage. */
function isTimestampAuthority(certificate: Certificate | null): boolean {
  return (
    certificate !== null &&
    (extensionsOf(certificate).extendedKeyUsages ?? []).includes(TIME_STAMPING)
  );
}

function imprintOf(tstInfo: TstInfo, stamped: Digestible): Imprint {
  const hash = digestName(tstInfo.imprintAlgorithm);
  if (!hash) return 'unsupported';
  return sameBytes(tstInfo.imprint, stamped.digest(hash)) ? 'matches' : 'mismatch';
}

/** Null when the token does not read as a timestamp token at all. */
export function checkTimestampToken(
  token: Uint8Array,
  stamped: Digestible,
  trust: ZfoTrust,
): TokenCheck | null {
  const read = readToken(token);
  if (!read) return null;
  const { signedData, content, tstInfo } = read;
  const signer = checkSigner(signedData, content);
  const problems: string[] = [];
  let status: TimestampReport['status'] = 'valid';
  if (!signer.ok) {
    const problem = signer.problem ?? 'signatureInvalid';
    problems.push(TIMESTAMP_PROBLEM[problem]);
    status = INDETERMINATE_SIGNER.has(problem) ? 'indeterminate' : 'invalid';
  } else if (!isTimestampAuthority(signer.certificate)) {
    // Any key a trusted CA certified could sign a TSTInfo; only a TSA's proves time.
    problems.push(TIMESTAMP_PROBLEM.notTimestampAuthority);
    status = 'indeterminate';
  } else {
    const imprint = imprintOf(tstInfo, stamped);
    if (imprint === 'unsupported') {
      problems.push(TIMESTAMP_PROBLEM.unsupportedAlgorithm);
      status = 'indeterminate';
    } else if (imprint === 'mismatch') {
      problems.push(TIMESTAMP_PROBLEM.imprintMismatch);
      status = 'invalid';
    }
  }
  const others = signedData.certificates.filter((item) => item !== signer.certificate);
  const chain = chainAt(trust, signer.ok ? signer.certificate : null, others, tstInfo.genTime);
  if (chain.problem) problems.push(TIMESTAMP_PROBLEM[chain.problem]);
  const named = signer.certificate?.subject ?? tstInfo.tsaName;
  return {
    report: {
      time: tstInfo.genTime.toISOString(),
      authority: named ? displayName(named) : '',
      serialNumber: tstInfo.serialNumber,
      status,
      chain: chain.chain,
      problems,
    },
    genTime: tstInfo.genTime,
    certificate: signer.certificate,
  };
}
