import pkcs11js from 'pkcs11js';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../common/contract/envelope';
import { pkcs11Errors as cs } from '../../../../renderer/i18n/locales/cs/pkcs11';
import { pkcs11Errors as en } from '../../../../renderer/i18n/locales/en/pkcs11';
import { PKCS11_ERROR_MESSAGES, returnValueOf, toPkcs11ServiceError } from './errors';

type Pkcs11ErrorClass = new (message: string) => Error;
const Pkcs11Error = (pkcs11js as unknown as { Pkcs11Error: Pkcs11ErrorClass }).Pkcs11Error;
const codes = pkcs11js as unknown as Record<string, number>;

/** What pkcs11js throws for a failed call: a Pkcs11Error built from "NAME:code". */
function thrown(name: string): Error {
  return new Pkcs11Error(`${name}:${codes[name]}`);
}

describe('toPkcs11ServiceError', () => {
  it.each([
    ['CKR_PIN_INCORRECT', 'wrongPin'],
    ['CKR_PIN_INVALID', 'wrongPin'],
    ['CKR_PIN_LEN_RANGE', 'wrongPin'],
    ['CKR_PIN_LOCKED', 'pinLocked'],
    ['CKR_FUNCTION_CANCELED', 'cancelled'],
    ['CKR_TOKEN_NOT_PRESENT', 'tokenRemoved'],
    ['CKR_DEVICE_REMOVED', 'tokenRemoved'],
    ['CKR_SESSION_HANDLE_INVALID', 'tokenRemoved'],
    ['CKR_SESSION_CLOSED', 'tokenRemoved'],
    ['CKR_DEVICE_ERROR', 'tokenRemoved'],
    ['CKR_TOKEN_NOT_RECOGNIZED', 'tokenRemoved'],
    ['CKR_OBJECT_HANDLE_INVALID', 'tokenRemoved'],
    ['CKR_KEY_HANDLE_INVALID', 'tokenRemoved'],
    ['CKR_MECHANISM_INVALID', 'unsupportedKey'],
    ['CKR_KEY_TYPE_INCONSISTENT', 'unsupportedKey'],
    ['CKR_KEY_FUNCTION_NOT_PERMITTED', 'unsupportedKey'],
  ] as const)('%s → errors.pkcs11.%s in Czech', (name, key) => {
    const error = toPkcs11ServiceError(thrown(name));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({
      code: `errors.pkcs11.${key}`,
      message: PKCS11_ERROR_MESSAGES[key],
    });
  });

  it('names any other return value in the Czech message', () => {
    expect(toPkcs11ServiceError(thrown('CKR_GENERAL_ERROR'))).toMatchObject({
      code: 'errors.pkcs11.failed',
      message: 'Karta nebo token ohlásily chybu CKR_GENERAL_ERROR. Dokument nebyl podepsán.',
      params: { code: 'CKR_GENERAL_ERROR' },
    });
  });

  it('reads the return value from the message of a plain error too', () => {
    expect(returnValueOf(new Error('CKR_PIN_LOCKED:164'))).toBe(codes.CKR_PIN_LOCKED);
    expect(returnValueOf(new Error('CKR_GENERAL_ERROR:5'))).toBe(5);
    expect(returnValueOf(new Error('CKR_PIN_LOCKED'))).toBe(codes.CKR_PIN_LOCKED);
    expect(returnValueOf(new Error('something else'))).toBeNull();
  });

  it('passes ServiceErrors and unrelated errors through', () => {
    const service = new ServiceError('errors.signing.x', 'x');
    expect(toPkcs11ServiceError(service)).toBe(service);
    const other = new TypeError('bug');
    expect(toPkcs11ServiceError(other)).toBe(other);
  });
});

describe('texts', () => {
  it('are the Czech locale texts, and English has the same keys', () => {
    expect(cs.pkcs11).toEqual(PKCS11_ERROR_MESSAGES);
    expect(Object.keys(en.pkcs11).sort()).toEqual(Object.keys(cs.pkcs11).sort());
  });
});
