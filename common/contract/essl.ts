import type { ContractErrorBody } from './envelope';
import type { AssignedEntry, DocumentProfile, EsslId } from '../erms/model';

/**
 * How an eSSL call failed. The renderer's sync engine decides from `retryable`
 * whether to try again later (network, a busy server) or to show the problem and
 * stop (wrong password, a refused operation).
 */
export const esslErrorKinds = [
  /** No answer: refused, reset, DNS, timeout, TLS, HTTP 5xx/502–504 without a SOAP Fault. */
  'transport',
  /** HTTP 401/403, a redirect, or an HTML (single sign-on) page instead of SOAP. */
  'auth',
  /** A SOAP Fault; `soap:Server` is retryable, `soap:Client` is not. */
  'fault',
  /** Not XML at all (or a DTD, which is never expanded). */
  'malformed',
  /** Well-formed XML the interface does not allow. */
  'invalid',
  /** OperaceStatus/Kod ≠ 0000: the eSSL refused the operation and says why in Popis. */
  'status',
  /** The connection is not set up (no address, user or password). */
  'config',
] as const;
export type EsslErrorKind = (typeof esslErrorKinds)[number];

/**
 * The parameters of an `errors.essl.<kind>` error (the contract allows only strings
 * and numbers): `retryable` is `yes` | `no`; `statusCode` and `description` are the
 * server's Kod and Popis for `status`, the faultcode and faultstring for `fault`.
 */
export interface EsslErrorParams {
  kind: EsslErrorKind;
  retryable: 'yes' | 'no';
  operation?: string;
  statusCode?: string;
  description?: string;
  httpStatus?: number;
}

/** An eSSL failure as it crosses the contract (thrown, or inside a batch result). */
export type EsslErrorBody = ContractErrorBody;

export type EsslItemResult<T> = { ok: true; profile: T } | { ok: false; error: EsslErrorBody };

export interface EsslDocumentBatchResult {
  /** In the order of the request; shorter than it when a retryable or login error stopped the batch. */
  results: Array<EsslItemResult<DocumentProfile>>;
}

export interface EsslProfileBatchResult {
  /**
   * In the order of the requested ids; an id not tried because a retryable or login
   * failure came first is left out (each result names its id).
   */
  results: Array<{ id: EsslId } & EsslItemResult<DocumentProfile>>;
}

export interface EsslFile {
  id: EsslId;
  mime: string;
  name: string;
  bytes: Uint8Array;
}

export interface EsslAccount {
  /** The endpoint the client calls; null until it is set up. */
  url: string | null;
  user: string | null;
  /** The eSSL's system code (`Cil`). */
  systemCode: string;
  passwordStored: boolean;
  demo: boolean;
}

/** The most items one batch call of the contract takes. */
export const ESSL_LIMITS = {
  createDocuments: 50,
  sendEvents: 200,
  documentProfiles: 100,
} as const;

export interface EsslTestResult {
  url: string;
  /** The eSSL's clock (HTTP Date), to warn about a skewed PC clock. */
  serverDate: string | null;
  roundTripMs: number;
}

export interface EsslAssignedPage {
  entries: AssignedEntry[];
  /** The HTTP Date of the answer (ISO): the next pull's cursor is taken from the server's clock. */
  serverDate: string | null;
}
