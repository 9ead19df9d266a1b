/**
 * The certificates the mayor can sign with from the cards and tokens present now. Only
 * public objects are read — no PIN is asked for a list.
 */
import { ServiceError } from '../../../../common/contract/envelope';
import type {
  SigningCertificateCheck,
  TokenCertificate,
} from '../../../../common/contract/signing';
import { checkSigningCertificate } from '../certificateCheck';
import { tryParseCertificate } from './chain';
import { encodeCertificateId } from './certificateId';
import { CKO_PRIVATE_KEY, CKO_PUBLIC_KEY, type ReturnValueName } from './constants';
import { isReturnValue, toPkcs11ServiceError } from './errors';
import { loadPkcs11Module, type Pkcs11Module } from './moduleLoader';
import {
  certificateObjects,
  keyIdsOfClass,
  presentTokens,
  withSession,
  type PresentToken,
} from './tokenObjects';
import type { Pkcs11Deps } from './types';

/** The check, or null for a certificate whose extensions cannot be read (it cannot sign either). */
function checkOrNull(der: Uint8Array, now: Date): SigningCertificateCheck | null {
  try {
    return checkSigningCertificate(der, now);
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'errors.signing.certificateUnreadable') {
      return null;
    }
    throw error;
  }
}

function listToken(
  module: Pkcs11Module,
  modulePath: string,
  token: PresentToken,
  now: Date,
): TokenCertificate[] {
  return withSession(module, token.slot, (session) => {
    const certificates = certificateObjects(module, session);
    const privateKeyIds = keyIdsOfClass(module, session, CKO_PRIVATE_KEY);
    const publicKeyIds = keyIdsOfClass(module, session, CKO_PUBLIC_KEY);
    // Most tokens hide private keys until login. The key pair then shows by its public
    // key; a token that shows no key at all gets the benefit of the doubt until login.
    const keyIds =
      privateKeyIds.size > 0 ? privateKeyIds : publicKeyIds.size > 0 ? publicKeyIds : null;
    const found: TokenCertificate[] = [];
    for (const certificate of certificates) {
      const keyIdHex = certificate.keyId.toString('hex');
      const parsed = tryParseCertificate(certificate.der);
      if (keyIdHex.length === 0 || !parsed || parsed.isCa) continue;
      if (keyIds && !keyIds.has(keyIdHex)) continue;
      const check = checkOrNull(parsed.der, now);
      if (!check) continue;
      found.push({
        id: encodeCertificateId({
          modulePath,
          tokenSerial: token.serial,
          tokenLabel: token.label,
          keyIdHex,
          fingerprint: parsed.fingerprint,
        }),
        tokenLabel: token.label,
        tokenSerial: token.serial,
        label: certificate.label || check.certificate.subjectName,
        check,
      });
    }
    return found;
  });
}

const TOKEN_LEFT: ReturnValueName[] = [
  'CKR_TOKEN_NOT_PRESENT',
  'CKR_DEVICE_REMOVED',
  'CKR_SESSION_HANDLE_INVALID',
];

function tokenLeft(error: unknown): boolean {
  return TOKEN_LEFT.some((name) => isReturnValue(error, name));
}

/**
 * Every key with its certificate on every token present in the given modules, each
 * checked at `now`. A module that cannot be loaded fails the whole list with
 * `errors.pkcs11.moduleMissing` naming it, so a wrong path in settings is noticed.
 */
export async function listTokenCertificates(
  modulePaths: string[],
  now: Date,
  deps: Pkcs11Deps = {},
): Promise<TokenCertificate[]> {
  const load = deps.loadModule ?? loadPkcs11Module;
  const found: TokenCertificate[] = [];
  // Two paths to one library (a symlink) give the same cached module: list it once.
  const listed = new Set<Pkcs11Module>();
  for (const modulePath of modulePaths) {
    try {
      const module = await load(modulePath);
      if (listed.has(module)) continue;
      listed.add(module);
      for (const token of presentTokens(module)) {
        try {
          found.push(...listToken(module, modulePath, token, now));
        } catch (error) {
          // A card pulled out while we read it is just no longer in the list.
          if (!tokenLeft(error)) throw error;
        }
      }
    } catch (error) {
      throw toPkcs11ServiceError(error);
    }
  }
  return found;
}
