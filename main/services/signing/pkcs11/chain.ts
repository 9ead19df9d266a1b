/**
 * Certificates read off a token, parsed once, and the issuing chain of one of them from
 * the others. Cards of Czech qualified providers usually carry the intermediate CA;
 * putting it into the signature lets a verifier build the path without fetching it.
 */
import { parseCertificate, type Certificate } from '../../isds/zfo/x509';
import { issuerChain } from '../keySigner';

/** The parsed certificate, or null for bytes that are not one (odd objects on a token). */
export function tryParseCertificate(der: Uint8Array): Certificate | null {
  try {
    return parseCertificate(der);
  } catch {
    return null;
  }
}

/** [intermediate, …, root] as far as the token's certificates reach; the leaf itself is left out. */
export function chainFromToken(leaf: Certificate, tokenCertificates: Uint8Array[]): Uint8Array[] {
  const others = tokenCertificates.flatMap((der) => {
    const certificate = tryParseCertificate(der);
    return certificate && certificate.fingerprint !== leaf.fingerprint ? [certificate] : [];
  });
  return issuerChain(leaf, others).map((issuer) => issuer.der);
}
