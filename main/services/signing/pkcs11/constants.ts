/**
 * The PKCS#11 constants this code uses, under their names and with their values from the
 * PKCS#11 v2.40 specification (pkcs11t.h). They are fixed by the standard every card
 * driver implements, so they are written out here rather than read from pkcs11js: that
 * keeps the native addon unloaded until a card is actually used (see binding.ts).
 * constants.test.ts checks each against pkcs11js.
 */

// Attribute types (CK_ATTRIBUTE_TYPE)
export const CKA_CLASS = 0x0000;
export const CKA_LABEL = 0x0003;
export const CKA_VALUE = 0x0011;
export const CKA_CERTIFICATE_TYPE = 0x0080;
export const CKA_ID = 0x0102;
export const CKA_ALWAYS_AUTHENTICATE = 0x0202;

// Object classes (CK_OBJECT_CLASS)
export const CKO_CERTIFICATE = 0x0001;
export const CKO_PUBLIC_KEY = 0x0002;
export const CKO_PRIVATE_KEY = 0x0003;

// Certificate types (CK_CERTIFICATE_TYPE)
export const CKC_X_509 = 0x0000;

// Flags: C_Initialize, token information, sessions
export const CKF_OS_LOCKING_OK = 0x0002;
export const CKF_SERIAL_SESSION = 0x0004;
export const CKF_PROTECTED_AUTHENTICATION_PATH = 0x0100;
export const CKF_TOKEN_INITIALIZED = 0x0400;

// User types (CK_USER_TYPE)
export const CKU_USER = 1;
export const CKU_CONTEXT_SPECIFIC = 2;

// Mechanisms (CK_MECHANISM_TYPE)
export const CKM_RSA_PKCS = 0x0001;
export const CKM_SHA256_RSA_PKCS = 0x0040;
export const CKM_SHA384_RSA_PKCS = 0x0041;
export const CKM_SHA512_RSA_PKCS = 0x0042;
export const CKM_ECDSA = 0x1041;

/** The return values (CK_RV) this code tells apart; any other is reported by its name. */
export const RETURN_VALUES = {
  CKR_CANT_LOCK: 0x000a,
  CKR_ATTRIBUTE_SENSITIVE: 0x0011,
  CKR_ATTRIBUTE_TYPE_INVALID: 0x0012,
  CKR_DEVICE_ERROR: 0x0030,
  CKR_DEVICE_REMOVED: 0x0032,
  CKR_FUNCTION_CANCELED: 0x0050,
  CKR_KEY_HANDLE_INVALID: 0x0060,
  CKR_KEY_TYPE_INCONSISTENT: 0x0063,
  CKR_KEY_FUNCTION_NOT_PERMITTED: 0x0068,
  CKR_MECHANISM_INVALID: 0x0070,
  CKR_OBJECT_HANDLE_INVALID: 0x0082,
  CKR_PIN_INCORRECT: 0x00a0,
  CKR_PIN_INVALID: 0x00a1,
  CKR_PIN_LEN_RANGE: 0x00a2,
  CKR_PIN_LOCKED: 0x00a4,
  CKR_SESSION_CLOSED: 0x00b0,
  CKR_SESSION_HANDLE_INVALID: 0x00b3,
  CKR_TOKEN_NOT_PRESENT: 0x00e0,
  CKR_TOKEN_NOT_RECOGNIZED: 0x00e1,
  CKR_USER_ALREADY_LOGGED_IN: 0x0100,
  CKR_CRYPTOKI_ALREADY_INITIALIZED: 0x0191,
} as const;

export type ReturnValueName = keyof typeof RETURN_VALUES;
