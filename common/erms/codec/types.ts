/** Names and result types shared by the codec's files and re-exported by `index.ts`. */

export const ERMS_NAMESPACE = 'http://www.mvcr.cz/nsesss/2023/api';
export const SOAP_ENV_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/';
/** Namespace of Úřadovna's extensions inside DoplnujiciData (docs/essl-interface.md). */
export const ERMS_EXT_NAMESPACE = 'urn:uradovna:erms-ext:1';

export type DecodeFailure =
  /** Not XML, a DOCTYPE/ENTITY (never expanded), or not a SOAP 1.1 envelope. */
  | { kind: 'malformed'; detail: string }
  /** A SOAP 1.1 Fault in the body. */
  | { kind: 'fault'; faultCode: string; faultString: string }
  /** Well-formed SOAP, but not what the schema allows where the reader relies on it. */
  | { kind: 'invalid'; detail: string };

export type Decoded<T> = { ok: true; value: T } | { ok: false; failure: DecodeFailure };
