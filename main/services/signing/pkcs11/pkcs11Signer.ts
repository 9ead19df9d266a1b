/**
 * A signer backed by a key on a card or token. Opening finds the chosen certificate on
 * the token present now, logs in with the PIN and keeps that session until `close()`,
 * which the caller runs in `finally` — it logs out and closes the session whatever
 * happened. One signer per token at a time: PKCS#11 login state is shared by the whole
 * process, so a second login would either be refused or skip the PIN check.
 */
import type { DigestAlgorithm, KeyType } from '@libpdf/core';
import type { Handle } from 'pkcs11js';
import type { Certificate } from '../../isds/zfo/x509';
import { assertMaySign, checkSigningCertificate } from '../certificateCheck';
import { unsupportedKey } from '../errors';
import type { PdfSigner } from '../signer';
import { chainFromToken, tryParseCertificate } from './chain';
import { decodeCertificateId, type CertificateRef } from './certificateId';
import {
  CKA_ALWAYS_AUTHENTICATE,
  CKA_CLASS,
  CKA_ID,
  CKF_PROTECTED_AUTHENTICATION_PATH,
  CKF_SERIAL_SESSION,
  CKO_PRIVATE_KEY,
  CKU_CONTEXT_SPECIFIC,
  CKU_USER,
} from './constants';
import { isReturnValue, pkcs11Error, toPkcs11ServiceError } from './errors';
import { loadPkcs11Module, type Pkcs11Module } from './moduleLoader';
import { assertSigningSupported, signatureRequest } from './signingMechanism';
import {
  certificateObjects,
  findObjects,
  presentTokens,
  readAttribute,
  type PresentToken,
} from './tokenObjects';
import type { Pkcs11Deps } from './types';

export interface Pkcs11Signer extends PdfSigner {
  /** Logs out and closes the session; safe to call twice. */
  close(): Promise<void>;
}

/** Big enough for any RSA modulus (16 384 bits) or ECDSA r || s a card produces. */
const SIGNATURE_BUFFER_BYTES = 2048;

const openTokens = new Set<string>();

function findToken(module: Pkcs11Module, ref: CertificateRef): PresentToken | null {
  return (
    presentTokens(module).find(
      (token) => token.serial === ref.tokenSerial && token.label === ref.tokenLabel,
    ) ?? null
  );
}

/** Curves whose ECDSA every PAdES verifier knows (as for keys in a PKCS#12 file). */
const EC_CURVES = new Set(['prime256v1', 'secp384r1']);

function keyTypeOf(certificate: Certificate): KeyType {
  const key = certificate.publicKey();
  if (key.asymmetricKeyType === 'rsa') return 'RSA';
  if (key.asymmetricKeyType === 'ec' && EC_CURVES.has(key.asymmetricKeyDetails?.namedCurve ?? ''))
    return 'EC';
  throw unsupportedKey();
}

function logIn(module: Pkcs11Module, session: Handle, slot: Handle, pin: string): void {
  const pinPad = (module.C_GetTokenInfo(slot).flags & CKF_PROTECTED_AUTHENTICATION_PATH) !== 0;
  // An empty PIN sent to a card without a PIN pad would cost one of its few tries.
  if (pin.length === 0 && !pinPad) throw pkcs11Error('pinRequired');
  const secret = pin.length === 0 ? undefined : pin;
  try {
    module.C_Login(session, CKU_USER, secret);
  } catch (error) {
    if (!isReturnValue(error, 'CKR_USER_ALREADY_LOGGED_IN')) throw error;
    // Someone else in this process left the token logged in: log in again so this PIN is checked.
    module.C_Logout(session);
    module.C_Login(session, CKU_USER, secret);
  }
}

function endSession(module: Pkcs11Module, session: Handle, loggedIn: boolean): void {
  if (loggedIn) {
    try {
      module.C_Logout(session);
    } catch {
      // The card may be gone, and the login state with it.
    }
  }
  try {
    module.C_CloseSession(session);
  } catch {
    // as above
  }
}

/**
 * Opens a signer for the certificate `id` from `listTokenCertificates`. Wrong PIN,
 * locked PIN, a missing card and the rest arrive as `errors.pkcs11.*` ServiceErrors.
 */
export async function openPkcs11Signer(
  id: string,
  pin: string,
  now: Date,
  deps: Pkcs11Deps = {},
): Promise<Pkcs11Signer> {
  const ref = decodeCertificateId(id);
  if (!ref) throw pkcs11Error('certificateNotFound');
  const load = deps.loadModule ?? loadPkcs11Module;
  let module: Pkcs11Module;
  let token: PresentToken | null;
  try {
    module = await load(ref.modulePath);
    token = findToken(module, ref);
  } catch (error) {
    throw toPkcs11ServiceError(error);
  }
  if (!token) throw pkcs11Error('certificateNotFound');
  const tokenKey = `${ref.modulePath}\n${ref.tokenSerial}\n${ref.tokenLabel}`;
  if (openTokens.has(tokenKey)) throw pkcs11Error('busy');
  const slot = token.slot;

  let session: Handle | null = null;
  let loggedIn = false;
  try {
    session = module.C_OpenSession(slot, CKF_SERIAL_SESSION);
    const onToken = certificateObjects(module, session);
    const chosen = onToken.find(
      (object) =>
        object.keyId.toString('hex') === ref.keyIdHex &&
        tryParseCertificate(object.der)?.fingerprint === ref.fingerprint,
    );
    const certificate = chosen && tryParseCertificate(chosen.der);
    if (!chosen || !certificate) throw pkcs11Error('certificateNotFound');
    const keyType = keyTypeOf(certificate);
    const mechanisms = module.C_GetMechanismList(slot);
    assertSigningSupported(keyType, mechanisms);

    logIn(module, session, slot, pin);
    loggedIn = true;
    const [key] = findObjects(module, session, [
      { type: CKA_CLASS, value: CKO_PRIVATE_KEY },
      { type: CKA_ID, value: chosen.keyId },
    ]);
    if (!key) throw pkcs11Error('certificateNotFound');
    const alwaysAuthenticate =
      readAttribute(module, session, key, CKA_ALWAYS_AUTHENTICATE)?.[0] === 1;
    const chain = chainFromToken(
      certificate,
      onToken.map((object) => object.der),
    );
    const check = checkSigningCertificate(certificate.der, now);

    openTokens.add(tokenKey);
    return makeSigner({
      module,
      session,
      key,
      pin,
      alwaysAuthenticate,
      mechanisms,
      keyType,
      certificate: certificate.der,
      chain,
      check,
      release: () => openTokens.delete(tokenKey),
    });
  } catch (error) {
    if (session) endSession(module, session, loggedIn);
    throw toPkcs11ServiceError(error);
  }
}

interface SignerParts {
  module: Pkcs11Module;
  session: Handle;
  key: Handle;
  pin: string;
  alwaysAuthenticate: boolean;
  mechanisms: number[];
  keyType: KeyType;
  certificate: Uint8Array;
  chain: Uint8Array[];
  check: PdfSigner['check'];
  release: () => void;
}

function makeSigner(parts: SignerParts): Pkcs11Signer {
  const { module, session, key, alwaysAuthenticate, mechanisms, keyType } = parts;
  // Kept only for keys that want the PIN again before every signature (qualified keys often do).
  let pin: string | null = alwaysAuthenticate ? parts.pin : null;
  let closed = false;
  return {
    certificate: parts.certificate,
    certificateChain: parts.chain,
    keyType,
    signatureAlgorithm: keyType === 'EC' ? 'ECDSA' : 'RSASSA-PKCS1-v1_5',
    check: parts.check,
    async sign(data: Uint8Array, algorithm: DigestAlgorithm): Promise<Uint8Array> {
      if (closed) throw new Error('The PKCS#11 signer was closed before signing');
      // As with a PKCS#12 key: an expired or unsuitable certificate opens (to be shown), never signs.
      assertMaySign(parts.check);
      try {
        const request = signatureRequest(keyType, mechanisms, data, algorithm);
        module.C_SignInit(session, { mechanism: request.mechanism }, key);
        if (alwaysAuthenticate) {
          module.C_Login(session, CKU_CONTEXT_SPECIFIC, pin || undefined);
        }
        // Off the main thread: a card takes up to a second for an RSA signature.
        const output = await module.C_SignAsync(
          session,
          request.input,
          Buffer.alloc(SIGNATURE_BUFFER_BYTES),
        );
        return request.encode(output);
      } catch (error) {
        throw toPkcs11ServiceError(error);
      }
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      pin = null;
      endSession(module, session, true);
      parts.release();
    },
  };
}
