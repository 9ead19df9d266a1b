import type { webcrypto } from 'node:crypto';
/** RSA-2048 keys with SHA-256, the algorithm ISDS itself seals with; stored as PKCS#8 PEM. */
import { subtle, fromPem, toPem, type CryptoKey, type CryptoKeyPair } from './pki';

const RSA: webcrypto.RsaHashedImportParams = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

export async function generateKeyPair(): Promise<CryptoKeyPair> {
  return subtle.generateKey(
    { ...RSA, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['sign', 'verify'],
  );
}

export async function privateKeyPem(key: CryptoKey): Promise<string> {
  return toPem('PRIVATE KEY', await subtle.exportKey('pkcs8', key));
}

export async function importPrivateKeyPem(pem: string): Promise<CryptoKey> {
  return subtle.importKey('pkcs8', fromPem('PRIVATE KEY', pem), RSA, true, ['sign']);
}
