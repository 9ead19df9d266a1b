/**
 * PKCS#11 failures as the mayor should read them. pkcs11js throws a `Pkcs11Error` whose
 * `code` is the CK_RV and whose message is its name ("CKR_PIN_INCORRECT"); anything
 * thrown by a module is turned into a ServiceError here, so a PIN or a card pulled out
 * mid-signing never reaches the user as a bare return-value name.
 */
import { ServiceError } from '../../../../common/contract/envelope';
import { RETURN_VALUES, type ReturnValueName } from './constants';

export const PKCS11_ERROR_MESSAGES = {
  wrongPin: 'PIN není správný. Po několika chybných pokusech se karta zablokuje.',
  pinLocked:
    'PIN karty je zablokovaný po příliš mnoha chybných pokusech. Odblokujte ho kódem PUK v programu ke kartě nebo u vydavatele certifikátu.',
  pinRequired: 'Zadejte PIN ke kartě.',
  tokenRemoved:
    'Karta nebo token byly vyjmuty během podepisování. Dokument nebyl podepsán — vložte kartu a zkuste to znovu.',
  bindingMissing:
    'Podpora čipových karet se nenačetla (chybí knihovna pkcs11js). Přeinstalujte aplikaci.',
  moduleMissing:
    'Ovladač karty (knihovnu PKCS#11) {{path}} nelze načíst. Zkontrolujte cestu v nastavení podepisování nebo nainstalujte ovladač karty.',
  certificateNotFound:
    'Vybraný certifikát na vložené kartě není. Vložte správnou kartu a certifikát vyberte znovu.',
  busy: 'Touto kartou se právě podepisuje jiný dokument. Počkejte, až podepisování skončí.',
  unsupportedKey:
    'Klíč na kartě neumí podepisovat podporovaným algoritmem (RSA PKCS#1 v1.5 nebo ECDSA).',
  cancelled: 'Zadávání PINu na čtečce bylo zrušeno. Dokument nebyl podepsán.',
  failed: 'Karta nebo token ohlásily chybu {{code}}. Dokument nebyl podepsán.',
} as const;

export type Pkcs11ErrorName = keyof typeof PKCS11_ERROR_MESSAGES;

export function pkcs11Error(
  name: Pkcs11ErrorName,
  params: Record<string, string | number> = {},
): ServiceError {
  let message: string = PKCS11_ERROR_MESSAGES[name];
  for (const [key, value] of Object.entries(params)) {
    message = message.replace(`{{${key}}}`, String(value));
  }
  return new ServiceError(`errors.pkcs11.${name}`, message, params);
}

function codesOf(names: ReturnValueName[]): Set<number> {
  return new Set(names.map((name) => RETURN_VALUES[name]));
}

const WRONG_PIN = codesOf(['CKR_PIN_INCORRECT', 'CKR_PIN_INVALID', 'CKR_PIN_LEN_RANGE']);
const PIN_LOCKED = codesOf(['CKR_PIN_LOCKED']);
const CANCELLED = codesOf(['CKR_FUNCTION_CANCELED']);
/*
 * What a reader or a module answers when the card leaves: some report the removal,
 * others only find that our session or the key handle we just looked up is gone.
 */
const REMOVED = codesOf([
  'CKR_TOKEN_NOT_PRESENT',
  'CKR_DEVICE_REMOVED',
  'CKR_SESSION_HANDLE_INVALID',
  'CKR_SESSION_CLOSED',
  'CKR_DEVICE_ERROR',
  'CKR_TOKEN_NOT_RECOGNIZED',
  'CKR_OBJECT_HANDLE_INVALID',
  'CKR_KEY_HANDLE_INVALID',
]);
const UNSUPPORTED = codesOf([
  'CKR_MECHANISM_INVALID',
  'CKR_KEY_TYPE_INCONSISTENT',
  'CKR_KEY_FUNCTION_NOT_PERMITTED',
]);

function isKnownName(name: string): name is ReturnValueName {
  return Object.hasOwn(RETURN_VALUES, name);
}

/**
 * The CK_RV a pkcs11js call failed with, or null for anything else. Most calls throw a
 * Pkcs11Error carrying the code; a few (C_FindObjects) pass the addon's plain error,
 * whose message reads "CKR_NAME:code".
 */
export function returnValueOf(error: unknown): number | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (error.name === 'Pkcs11Error' && typeof code === 'number') return code;
  const match = /\b(CKR_[A-Z0-9_]+)(?::(\d+))?/.exec(error.message);
  if (!match) return null;
  const [, name = '', number] = match;
  if (number !== undefined) return Number(number);
  return isKnownName(name) ? RETURN_VALUES[name] : null;
}

/** The return value's name as pkcs11js put it in the message, else its number. */
function returnValueName(error: unknown, value: number): string {
  const named = error instanceof Error ? /\bCKR_[A-Z0-9_]+/.exec(error.message)?.[0] : undefined;
  return named ?? `0x${value.toString(16)}`;
}

/** A ServiceError for what a module threw; ServiceErrors pass through unchanged. */
export function toPkcs11ServiceError(error: unknown): Error {
  if (error instanceof ServiceError) return error;
  const value = returnValueOf(error);
  if (value === null) return error instanceof Error ? error : new Error(String(error));
  if (WRONG_PIN.has(value)) return pkcs11Error('wrongPin');
  if (PIN_LOCKED.has(value)) return pkcs11Error('pinLocked');
  if (CANCELLED.has(value)) return pkcs11Error('cancelled');
  if (REMOVED.has(value)) return pkcs11Error('tokenRemoved');
  if (UNSUPPORTED.has(value)) return pkcs11Error('unsupportedKey');
  return pkcs11Error('failed', { code: returnValueName(error, value) });
}

export function isReturnValue(error: unknown, name: ReturnValueName): boolean {
  return returnValueOf(error) === RETURN_VALUES[name];
}
