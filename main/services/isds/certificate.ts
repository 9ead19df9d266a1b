import { createHash } from 'node:crypto';
import tls from 'node:tls';
import type { ClientCertificate } from '../essl/agents';
import { configError } from './errors';

/**
 * Opens a PKCS#12 file with its passphrase the way the TLS handshake will, so a wrong
 * passphrase or a file of another kind is reported when the clerk enters it.
 */
export function checkPkcs12(certificate: { pkcs12: Uint8Array; passphrase: string }): void {
  try {
    tls.createSecureContext({
      pfx: Buffer.from(certificate.pkcs12),
      passphrase: certificate.passphrase,
    });
  } catch (error) {
    throw configError(
      `PKCS#12 unusable: ${error instanceof Error ? error.message : String(error)}`,
      'Certifikát nelze otevřít: soubor není certifikát s klíčem ve formátu PKCS#12 (.pfx, .p12), nebo nesedí jeho heslo.',
    );
  }
}

/** Names a certificate without revealing it (the key of its account's request queue). */
export function certificatePrint(certificate: ClientCertificate): string {
  return createHash('sha256').update(certificate.pfx).digest('hex').slice(0, 32);
}
