/**
 * Checks the one SignerInfo of a CMS SignedData (RFC 5652 §5.4–5.6) over the bytes it
 * encapsulates: the signer's certificate from the SignedData, the contentType and
 * messageDigest signed attributes, and the signature value over the DER of the signed
 * attributes. Both the ZFO's seal and the qualified timestamp inside it go through here.
 */
import { verify } from 'node:crypto';
import * as asn1js from 'asn1js';
import { dateOf, MalformedError, octets } from './ber';
import { OIDS, type CmsSignedData, type CmsSigner } from './cms';
import { digest, digestName, sameBytes, signatureHash } from './pki';
import type { Certificate } from './x509';

/** Why a signer does not verify; the callers make an i18n key of it. */
export type SignerProblem =
  | 'noSigner'
  | 'noCertificate'
  | 'unsupportedAlgorithm'
  | 'contentTypeMismatch'
  | 'digestMismatch'
  | 'signatureInvalid';

export interface SignerCheck {
  /** The certificate the SignerInfo names, when the SignedData carries it. */
  certificate: Certificate | null;
  ok: boolean;
  problem: SignerProblem | null;
  signingTime: Date | null;
}

function findCertificate(signedData: CmsSignedData, signer: CmsSigner): Certificate | null {
  const sid = signer.sid;
  for (const certificate of signedData.certificates) {
    if (sid.kind === 'issuerSerial') {
      if (
        sameBytes(certificate.issuerDer, sid.issuerDer) &&
        sameBytes(certificate.serial, sid.serial)
      )
        return certificate;
    } else if (
      (certificate.subjectKeyId && sameBytes(certificate.subjectKeyId, sid.keyId)) ||
      sameBytes(digest('sha1', certificate.publicKeyBits), sid.keyId)
    ) {
      return certificate;
    }
  }
  return null;
}

/** The single value of a signed attribute, or null when it is missing or repeated. */
function single(signer: CmsSigner, type: string): asn1js.AsnType | null {
  const found = signer.signedAttributes.filter((item) => item.type === type);
  return found.length === 1 && found[0]!.values.length === 1 ? found[0]!.values[0]! : null;
}

/** The signing-time attribute: the signer's claim. */
export function signingTimeOf(signer: CmsSigner): Date | null {
  return dateOf(single(signer, OIDS.signingTime) ?? undefined);
}

/**
 * The contentType and messageDigest signed attributes (RFC 5652 §5.4) against the
 * SignedData and the digest of its content (computed only when there is one to compare);
 * null when they hold. A messageDigest that is no OCTET STRING throws MalformedError.
 */
export function signedAttributesProblem(
  signedData: CmsSignedData,
  signer: CmsSigner,
  contentDigest: () => Uint8Array,
): 'contentTypeMismatch' | 'digestMismatch' | null {
  const contentType = single(signer, OIDS.contentType);
  if (
    !(contentType instanceof asn1js.ObjectIdentifier) ||
    contentType.valueBlock.toString() !== signedData.contentType
  )
    return 'contentTypeMismatch';
  const messageDigest = single(signer, OIDS.messageDigest);
  if (!messageDigest || !sameBytes(octets(messageDigest, 'message digest'), contentDigest()))
    return 'digestMismatch';
  return null;
}

function attributesHold(
  signedData: CmsSignedData,
  signer: CmsSigner,
  hash: string,
  content: Uint8Array,
): SignerProblem | null {
  try {
    return signedAttributesProblem(signedData, signer, () => digest(hash, content));
  } catch (error) {
    if (error instanceof MalformedError) return 'digestMismatch';
    throw error;
  }
}

/** Verifies signer 0 of `signedData` over `content` (the encapsulated bytes). */
export function checkSigner(signedData: CmsSignedData, content: Uint8Array): SignerCheck {
  const signer = signedData.signers[0];
  if (!signer) return { certificate: null, ok: false, problem: 'noSigner', signingTime: null };
  const certificate = findCertificate(signedData, signer);
  const signingTime = signingTimeOf(signer);
  const fail = (problem: SignerProblem): SignerCheck => ({
    certificate,
    ok: false,
    problem,
    signingTime,
  });
  if (!certificate) return fail('noCertificate');
  const hash = digestName(signer.digestAlgorithm);
  const signatureDigest = signatureHash(signer.signatureAlgorithm, signer.digestAlgorithm);
  if (!hash || !signatureDigest) return fail('unsupportedAlgorithm');

  let signed = content;
  if (signer.signedAttributesDer) {
    const problem = attributesHold(signedData, signer, hash, content);
    if (problem) return fail(problem);
    signed = signer.signedAttributesDer;
  } else if (signedData.contentType !== OIDS.data) {
    // RFC 5652 §5.3: other content types must carry signed attributes.
    return fail('contentTypeMismatch');
  }
  let verified: boolean;
  try {
    verified = verify(signatureDigest, signed, certificate.publicKey(), signer.signature);
  } catch {
    return fail('unsupportedAlgorithm');
  }
  return verified
    ? { certificate, ok: true, problem: null, signingTime }
    : fail('signatureInvalid');
}
