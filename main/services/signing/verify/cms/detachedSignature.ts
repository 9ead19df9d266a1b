/**
 * A PDF signature's CMS SignedData (ISO 32000-2 §12.8.3.3, ETSI EN 319 142-1): one
 * SignerInfo over bytes that are not inside it — the file's signed ranges for
 * adbe.pkcs7.detached and ETSI.CAdES.detached; for the old adbe.pkcs7.sha1 the SHA-1 of
 * those ranges, encapsulated. Checks the contentType and messageDigest signed
 * attributes and the signature over the signed attributes (RFC 5652 §5.4), and reads
 * what the report shows: signing time, the signing-certificate binding, the signature
 * timestamp token.
 */
import { verify } from 'node:crypto';
import type { SignatureStatus } from '../../../../../common/contract/signing';
import { MalformedError } from '../../../isds/zfo/ber';
import { OIDS, parseSignedData, type CmsSignedData, type CmsSigner } from '../../../isds/zfo/cms';
import { digestName, sameBytes } from '../../../isds/zfo/pki';
import { signedAttributesProblem, signingTimeOf } from '../../../isds/zfo/signerCheck';
import type { Certificate } from '../../../isds/zfo/x509';
import type { PROBLEM } from '../problems';
import { WholeBytes, type Digestible } from '../signedBytes';
import { signatureMethod } from './signatureAlgorithm';
import { signerCertificate } from './signerCertificate';
import { readSignerExtras, type SignerExtras } from './signerExtras';
import { signingCertificateBinding, type SigningCertificateBinding } from './essSigningCertificate';

const TIMESTAMP_TOKEN = '1.2.840.113549.1.9.16.2.14';

export type CmsProblem = keyof typeof PROBLEM;

export interface CmsCheck {
  status: SignatureStatus;
  problem: CmsProblem | null;
  certificate: Certificate | null;
  /** The SignedData's other certificates: candidates for the path to an anchor. */
  intermediates: Certificate[];
  /** The signing-time attribute: the signer's claim. */
  signingTime: Date | null;
  binding: SigningCertificateBinding;
  /** The SignerInfo's signature value, which a signature timestamp stamps. */
  signatureValue: Uint8Array | null;
  timestampToken: Uint8Array | null;
}

interface Parsed {
  signedData: CmsSignedData;
  signer: CmsSigner;
  extras: SignerExtras;
}

const UNREADABLE: CmsCheck = {
  status: 'indeterminate',
  problem: 'cmsUnreadable',
  certificate: null,
  intermediates: [],
  signingTime: null,
  binding: 'missing',
  signatureValue: null,
  timestampToken: null,
};

function parse(der: Uint8Array): Parsed | CmsProblem {
  let signedData: CmsSignedData;
  let extras: SignerExtras[];
  try {
    signedData = parseSignedData(der);
    extras = readSignerExtras(der);
  } catch (error) {
    if (error instanceof MalformedError) return 'cmsUnreadable';
    throw error;
  }
  const signer = signedData.signers[0];
  if (!signer || !extras[0]) return 'noSigner';
  // A PDF signature has exactly one signer (ETSI EN 319 142-1 §6.3).
  if (signedData.signers.length > 1) return 'cmsUnreadable';
  return { signedData, signer, extras: extras[0] };
}

function timestampTokenOf(extras: SignerExtras): Uint8Array | null {
  const attribute = extras.unsignedAttributes.find((item) => item.type === TIMESTAMP_TOKEN);
  const value = attribute?.values[0];
  return value ? value.valueBeforeDecodeView : null;
}

/** The attribute checks and the signature; null when they hold. */
function verifySigner(
  parsed: Parsed,
  certificate: Certificate,
  content: Digestible,
): CmsProblem | null {
  const { signedData, signer, extras } = parsed;
  const hash = digestName(signer.digestAlgorithm);
  const method = signatureMethod(
    signer.signatureAlgorithm,
    signer.digestAlgorithm,
    extras.signatureParameters,
  );
  if (!hash || !method) return 'unsupportedAlgorithm';
  try {
    if (!signer.signedAttributesDer)
      return content.verify(method.hash, method.key(certificate.publicKey()), signer.signature)
        ? null
        : 'signatureInvalid';
    const attributes = signedAttributesProblem(signedData, signer, () => content.digest(hash));
    if (attributes) return attributes;
    return verify(
      method.hash,
      signer.signedAttributesDer,
      method.key(certificate.publicKey()),
      signer.signature,
    )
      ? null
      : 'signatureInvalid';
  } catch (error) {
    if (error instanceof MalformedError) return 'digestMismatch';
    // Node refuses the key or the parameters (a curve it lacks, a salt that does not fit).
    return 'unsupportedAlgorithm';
  }
}

/** For adbe.pkcs7.sha1: the encapsulated digest must be the SHA-1 of the signed bytes. */
function contentOf(
  signedData: CmsSignedData,
  signed: Digestible,
  subFilter: string,
): Digestible | CmsProblem {
  if (subFilter === 'adbe.pkcs7.sha1') {
    if (!signedData.content) return 'cmsUnreadable';
    if (!sameBytes(signedData.content, signed.digest('sha1'))) return 'digestMismatch';
    return new WholeBytes(signedData.content);
  }
  if (signedData.content || signedData.contentType !== OIDS.data) return 'cmsUnreadable';
  return signed;
}

const INDETERMINATE: ReadonlySet<CmsProblem> = new Set([
  'cmsUnreadable',
  'noSigner',
  'noCertificate',
  'unsupportedAlgorithm',
]);

export function checkDetachedCms(der: Uint8Array, signed: Digestible, subFilter: string): CmsCheck {
  const parsed = parse(der);
  if (typeof parsed === 'string') return { ...UNREADABLE, problem: parsed };
  const { signedData, signer, extras } = parsed;
  const certificate = signerCertificate(signedData, signer);
  const content = contentOf(signedData, signed, subFilter);
  const problem = !certificate
    ? 'noCertificate'
    : typeof content === 'string'
      ? content
      : verifySigner(parsed, certificate, content);
  return {
    status: problem === null ? 'valid' : INDETERMINATE.has(problem) ? 'indeterminate' : 'invalid',
    problem,
    certificate,
    intermediates: signedData.certificates.filter((item) => item !== certificate),
    signingTime: signingTimeOf(signer),
    binding: certificate ? signingCertificateBinding(signer, certificate) : 'missing',
    signatureValue: signer.signature,
    timestampToken: timestampTokenOf(extras),
  };
}
