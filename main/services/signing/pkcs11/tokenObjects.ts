/**
 * Reading what a token holds: the tokens present, the X.509 certificates and the ids of
 * the keys. Plain PKCS#11 object searches; the callers decide what the objects mean.
 */
import type { Handle, Template } from 'pkcs11js';
import {
  CKA_CERTIFICATE_TYPE,
  CKA_CLASS,
  CKA_ID,
  CKA_LABEL,
  CKA_VALUE,
  CKC_X_509,
  CKF_SERIAL_SESSION,
  CKF_TOKEN_INITIALIZED,
  CKO_CERTIFICATE,
} from './constants';
import type { Pkcs11Module } from './moduleLoader';
import { isReturnValue, returnValueOf } from './errors';

export interface PresentToken {
  slot: Handle;
  label: string;
  serial: string;
}

export interface CertificateObject {
  handle: Handle;
  /** CKA_ID, the link to the key pair (may be empty on odd tokens). */
  keyId: Buffer;
  label: string;
  der: Uint8Array;
}

/** Token strings are blank-padded fixed-width fields. */
export function trimPadded(value: string): string {
  return value.replace(/[\s\0]+$/, '');
}

/**
 * Tokens in their slots now. A token that leaves while we look, or whose reader answers
 * nonsense, is simply not there — one bad slot must not hide the other cards.
 */
export function presentTokens(module: Pkcs11Module): PresentToken[] {
  const tokens: PresentToken[] = [];
  for (const slot of module.C_GetSlotList(true)) {
    try {
      const info = module.C_GetTokenInfo(slot);
      // A blank card (or SoftHSM's spare slot) holds nothing to sign with.
      if ((info.flags & CKF_TOKEN_INITIALIZED) === 0) continue;
      tokens.push({ slot, label: trimPadded(info.label), serial: trimPadded(info.serialNumber) });
    } catch (error) {
      if (returnValueOf(error) === null) throw error;
    }
  }
  return tokens;
}

export function findObjects(module: Pkcs11Module, session: Handle, template: Template): Handle[] {
  module.C_FindObjectsInit(session, template);
  try {
    const handles: Handle[] = [];
    for (;;) {
      const batch = module.C_FindObjects(session, 64);
      if (batch.length === 0) return handles;
      handles.push(...batch);
    }
  } finally {
    module.C_FindObjectsFinal(session);
  }
}

/** One attribute, or null where the object lacks it or keeps it secret. */
export function readAttribute(
  module: Pkcs11Module,
  session: Handle,
  handle: Handle,
  type: number,
): Buffer | null {
  try {
    const [attribute] = module.C_GetAttributeValue(session, handle, [{ type }]);
    return attribute?.value ?? null;
  } catch (error) {
    if (
      isReturnValue(error, 'CKR_ATTRIBUTE_TYPE_INVALID') ||
      isReturnValue(error, 'CKR_ATTRIBUTE_SENSITIVE')
    ) {
      return null;
    }
    throw error;
  }
}

export function certificateObjects(module: Pkcs11Module, session: Handle): CertificateObject[] {
  const handles = findObjects(module, session, [
    { type: CKA_CLASS, value: CKO_CERTIFICATE },
    { type: CKA_CERTIFICATE_TYPE, value: CKC_X_509 },
  ]);
  const certificates: CertificateObject[] = [];
  for (const handle of handles) {
    const value = readAttribute(module, session, handle, CKA_VALUE);
    if (!value || value.length === 0) continue;
    certificates.push({
      handle,
      keyId: readAttribute(module, session, handle, CKA_ID) ?? Buffer.alloc(0),
      label: (readAttribute(module, session, handle, CKA_LABEL) ?? Buffer.alloc(0))
        .toString('utf8')
        .trim(),
      der: new Uint8Array(value),
    });
  }
  return certificates;
}

/** CKA_IDs (hex) of the objects of one class the session can see. */
export function keyIdsOfClass(
  module: Pkcs11Module,
  session: Handle,
  objectClass: number,
): Set<string> {
  const ids = new Set<string>();
  for (const handle of findObjects(module, session, [{ type: CKA_CLASS, value: objectClass }])) {
    const id = readAttribute(module, session, handle, CKA_ID);
    if (id) ids.add(id.toString('hex'));
  }
  return ids;
}

/** Runs `use` in a read-only session that is closed afterwards whatever happens. */
export function withSession<T>(module: Pkcs11Module, slot: Handle, use: (session: Handle) => T): T {
  const session = module.C_OpenSession(slot, CKF_SERIAL_SESSION);
  try {
    return use(session);
  } finally {
    try {
      module.C_CloseSession(session);
    } catch {
      // The token may have gone; its session went with it.
    }
  }
}
