/**
 * A PdfSigner over a private key held in this process (from a PKCS#12 file or PEM):
 * signs with Node's crypto, RSA PKCS#1 v1.5 or ECDSA with a DER signature as CMS wants.
 */
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import type { DigestAlgorithm, KeyType, SignatureAlgorithm } from '@libpdf/core';
import { sameBytes } from '../isds/zfo/pki';
import { parseCertificate, type Certificate } from '../isds/zfo/x509';
import { assertMaySign, checkSigningCertificate } from './certificateCheck';
import { unsupportedKey } from './errors';
import type { PdfSigner } from './signer';

const HASH_NAMES: Record<DigestAlgorithm, string> = {
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

/** Curves whose ECDSA every PAdES verifier knows. */
const EC_CURVES = new Set(['prime256v1', 'secp384r1']);

function algorithmsOf(key: KeyObject): {
  keyType: KeyType;
  signatureAlgorithm: SignatureAlgorithm;
} {
  if (key.asymmetricKeyType === 'rsa')
    return { keyType: 'RSA', signatureAlgorithm: 'RSASSA-PKCS1-v1_5' };
  if (key.asymmetricKeyType === 'ec' && EC_CURVES.has(key.asymmetricKeyDetails?.namedCurve ?? ''))
    return { keyType: 'EC', signatureAlgorithm: 'ECDSA' };
  throw unsupportedKey();
}

/** The SubjectPublicKeyInfo DER of a private key's public half. */
export function publicKeyDer(key: KeyObject): Uint8Array {
  return new Uint8Array(createPublicKey(key).export({ type: 'spki', format: 'der' }));
}

/** Whether `certificate` certifies the public half of `key`. */
export function keyMatches(key: KeyObject, certificate: Certificate): boolean {
  return sameBytes(publicKeyDer(key), certificate.spki);
}

/**
 * The issuers of `signer` among `others`, nearest first (as libpdf wants the chain),
 * by name and signature; certificates that are not on its path are left out.
 */
export function issuerChain(
  signer: Certificate,
  others: ReadonlyArray<Certificate>,
): Certificate[] {
  const chain: Certificate[] = [];
  let current = signer;
  for (let depth = 0; depth < 8; depth++) {
    if (sameBytes(current.issuerDer, current.subjectDer)) break;
    const issuer = others.find(
      (candidate) =>
        !chain.includes(candidate) &&
        candidate !== signer &&
        sameBytes(candidate.subjectDer, current.issuerDer) &&
        current.signedBy(candidate),
    );
    if (!issuer) break;
    chain.push(issuer);
    current = issuer;
  }
  return chain;
}

/**
 * A signer for `key` and its certificate. The certificate is checked at `now`; a
 * blocking problem does not stop the opening (the mayor is shown why), only `sign`.
 */
export function keySigner(
  key: KeyObject,
  certificate: Certificate,
  chain: ReadonlyArray<Certificate>,
  now: Date,
): PdfSigner {
  const { keyType, signatureAlgorithm } = algorithmsOf(key);
  const chainDer = chain.map((item) => item.der);
  const check = checkSigningCertificate(certificate.der, now);
  return {
    certificate: certificate.der,
    certificateChain: chainDer,
    keyType,
    signatureAlgorithm,
    check,
    sign(data, algorithm) {
      try {
        assertMaySign(check);
        const hash = HASH_NAMES[algorithm];
        const signature =
          keyType === 'EC' ? sign(hash, data, { key, dsaEncoding: 'der' }) : sign(hash, data, key);
        return Promise.resolve(new Uint8Array(signature));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}

/** A signer from PEM texts: a PKCS#8 (or PKCS#1 / SEC1) key, the certificate and its issuers. */
export function pemSigner(
  keyPem: string,
  certificatePem: string,
  chainPem: string[],
  now: Date,
): PdfSigner {
  const key = createPrivateKey(keyPem);
  const certificate = parseCertificate(pemDer(certificatePem));
  if (!keyMatches(key, certificate)) throw unsupportedKey();
  const others = chainPem.map((pem) => parseCertificate(pemDer(pem)));
  return keySigner(key, certificate, issuerChain(certificate, others), now);
}

function pemDer(pem: string): Uint8Array {
  const base64 = pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, '');
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
