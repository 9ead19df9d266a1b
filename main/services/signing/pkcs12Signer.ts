/**
 * Opens a PKCS#12 file (.p12 / .pfx) with its password into a PdfSigner: the private key
 * that fits a certificate meant for signing, that certificate and its issuers from the
 * same file. Every failure is a Czech ServiceError under `errors.signing.*`.
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { ServiceError } from '../../../common/contract/envelope';
import { MalformedError } from '../isds/zfo/ber';
import { parseCertificate, type Certificate } from '../isds/zfo/x509';
import { readSigningExtensions } from './certificateExtensions';
import { noKey, notPkcs12, unsupportedKey } from './errors';
import { issuerChain, keyMatches, keySigner } from './keySigner';
import { readPkcs12 } from './pkcs12/pfx';
import type { PdfSigner } from './signer';

interface Pair {
  key: KeyObject;
  certificate: Certificate;
}

function mayDigitallySign(certificate: Certificate): boolean {
  const usage = readSigningExtensions(certificate.der).keyUsage;
  return usage === null || usage.includes('digitalSignature') || usage.includes('nonRepudiation');
}

function pairs(keys: KeyObject[], certificates: Certificate[]): Pair[] {
  const found: Pair[] = [];
  for (const key of keys) {
    const certificate = certificates.find((candidate) => keyMatches(key, candidate));
    if (certificate) found.push({ key, certificate });
  }
  return found;
}

/** One key: that one. Several: the one whose certificate is for signing, valid the longest. */
function choose(found: Pair[]): Pair {
  if (found.length === 1) return found[0]!;
  const signing = found.filter((pair) => mayDigitallySign(pair.certificate));
  signing.sort((a, b) => b.certificate.notAfter.getTime() - a.certificate.notAfter.getTime());
  const chosen = signing[0];
  if (!chosen) throw noKey();
  return chosen;
}

function importKey(der: Uint8Array): KeyObject {
  try {
    return createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
  } catch {
    throw unsupportedKey();
  }
}

export async function openPkcs12Signer(
  bytes: Uint8Array,
  password: string,
  now: Date,
): Promise<PdfSigner> {
  await Promise.resolve();
  try {
    const contents = readPkcs12(bytes, password);
    const certificates = contents.certificates.map(parseCertificate);
    const keys = contents.keys.map(importKey);
    if (keys.length === 0) throw noKey();
    const found = pairs(keys, certificates);
    if (found.length === 0) throw noKey();
    const { key, certificate } = choose(found);
    return keySigner(key, certificate, issuerChain(certificate, certificates), now);
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    if (error instanceof MalformedError) throw notPkcs12();
    throw error;
  }
}
