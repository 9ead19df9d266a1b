import { z } from 'zod';
import type { ContractErrorBody } from './envelope';
import type {
  DeliveryInfo,
  MessageRecord,
  OwnerInfo,
  ReturnedEnvelope,
  SearchResult,
  SignedContent,
  StateChange,
} from '../isds/model';

/**
 * The data boxes (ISDS) across the contract: box settings, the calls main makes for the
 * renderer, ZFO verification results, and how a failure reads.
 */

/** An ISDS box ID: 7 characters of [a-z0-9]. */
export const boxIdSchema = z.string().regex(/^[a-z0-9]{7}$/, { message: 'validation.isds.boxId' });
export const messageIdSchema = z
  .string()
  .regex(/^\d{1,20}$/, { message: 'validation.isds.messageId' });
/** A box's local key (its settings and its keychain entries are named by it). */
export const boxKeySchema = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, { message: 'validation.isds.boxKey' });

export const loginMethods = [
  /** User name + password (HTTP Basic) at `<url>/DS/…`. */
  'password',
  /** System certificate at `<certUrl>/cert/DS/…`; the user name is not sent. */
  'systemCertificate',
  /** User certificate + user name and password at `<certUrl>/certds/DS/…`. */
  'certificateAndPassword',
  /** Hosted eSSL: certificate, user name = box ID, empty password, at `<certUrl>/hspis/DS/…`. */
  'hosted',
] as const;
export type IsdsLoginMethod = (typeof loginMethods)[number];

const serviceUrl = z
  .string()
  .trim()
  .max(500)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'validation.url');

/** One configured box; no secret is here (they are in the OS keychain). */
export const isdsBoxSettingsSchema = z
  .object({
    key: boxKeySchema,
    /** What the clerk calls it: "Obec Horní Lhota", "ZŠ Horní Lhota". */
    label: z.string().trim().min(1).max(100),
    /** Learned from GetOwnerInfoFromLogin at the first successful login. */
    dbID: boxIdSchema.nullable(),
    login: z.enum(loginMethods),
    /** Base URL for name + password logins, e.g. https://ws1.datovka.gov.cz or the ORP gateway. */
    url: serviceUrl,
    /** Base URL for certificate logins, e.g. https://ws1c.datovka.gov.cz; null = `url`. */
    certUrl: serviceUrl.nullable(),
    username: z.string().trim().min(1).max(100).nullable(),
    /**
     * True when the box is reached through the ORP's gateway, which may be asked on a
     * schedule; ISDS itself is asked only when the user says so (a login is a legal act).
     */
    viaGateway: z.boolean(),
    /** Ask the gateway on a schedule (only with viaGateway). */
    autoPoll: z.boolean(),
    pollMinutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60),
  })
  .strict();
export type IsdsBoxSettings = z.infer<typeof isdsBoxSettingsSchema>;

export interface IsdsBoxInfo extends IsdsBoxSettings {
  /** Which secrets the keychain holds for the box. */
  hasPassword: boolean;
  hasCertificate: boolean;
}

/** What a failure of an ISDS call is; the ServiceError code is `errors.isds.<kind>`. */
export const isdsErrorKinds = [
  /** No answer: refused, reset, DNS, timeout, TLS, HTTP 5xx. Retryable. */
  'transport',
  /** HTTP 401/403, a redirect or an HTML page: "přihlášení selhalo". */
  'auth',
  /** 3009 persisted after waiting: another request of this account keeps running. Retryable. */
  'busy',
  /** dmStatus/dbStatus not OK: ISDS refused and says why (`statusCode`, `description`). */
  'status',
  /** Not XML (or a DTD/entity, never expanded), or a SOAP Fault. */
  'malformed',
  /** Well-formed XML the schema does not allow. */
  'invalid',
  /** The box is not set up (no URL, no password, no certificate). */
  'config',
] as const;
export type IsdsErrorKind = (typeof isdsErrorKinds)[number];

export interface IsdsErrorParams {
  kind: IsdsErrorKind;
  retryable: 'yes' | 'no';
  operation?: string;
  statusCode?: string;
  description?: string;
  httpStatus?: number;
}

export type IsdsErrorBody = ContractErrorBody;

export interface CertificateInfo {
  subject: string;
  /** The subject's organisation / common name, for a one-line display. */
  subjectName: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
}

/**
 * The ISDS seal of a ZFO. `valid` only when the CMS signature verifies over the
 * content with the sealing certificate (byte-exact); `trusted` says whether that
 * certificate chains to a known ISDS / simulator CA.
 */
export interface SealCheck {
  valid: boolean;
  trusted: boolean;
  /** Why not valid / not trusted, as an i18n key under `zfo.` (null when both hold). */
  problem: string | null;
  certificate: CertificateInfo | null;
  /** signingTime signed attribute, if present. */
  signingTime: string | null;
}

/** The qualified timestamp (dmQTimestamp) over the message hash. */
export interface TimestampCheck {
  present: boolean;
  /** The token's own signature verifies. */
  valid: boolean;
  /** The timestamp authority's certificate chains to a trusted CA (as the seal's must). */
  trusted: boolean;
  /** genTime. */
  time: string | null;
  /** The TSA's certificate subject name. */
  authority: string | null;
  /** The token's messageImprint equals dmHash (null when the data do not allow the check). */
  hashMatches: boolean | null;
  problem: string | null;
}

export interface ZfoReport {
  seal: SealCheck;
  timestamp: TimestampCheck;
  content: SignedContent;
  /** SHA-256 of the ZFO bytes (hex), to recognise the same file again. */
  sha256: string;
}

export interface IsdsTestResult {
  owner: OwnerInfo | null;
  pswExpDate: string | null;
}

export interface IsdsDownloaded {
  zfo: Uint8Array;
  report: ZfoReport;
}

export interface IsdsSignedDelivery {
  zfo: Uint8Array;
  report: ZfoReport;
  delivery: DeliveryInfo;
}

export type { MessageRecord, ReturnedEnvelope, SearchResult, StateChange, OwnerInfo };

/** ISDS limits a message must keep before it is sent. */
export const ISDS_LIMITS = {
  /** A normal (non-VoDZ) message: the files together at most 20 MB (ISDS counts 20 × 1024 × 1024). */
  maxTotalBytes: 20 * 1024 * 1024,
  maxFiles: 100,
  maxFileNameLength: 255,
  maxAnnotationLength: 255,
  /** Records per list request. */
  listLimit: 1000,
} as const;
