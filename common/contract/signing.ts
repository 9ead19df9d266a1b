/**
 * What crosses the contract about electronic signatures of PDFs (PAdES): the signer's
 * certificate as the mayor sees it before signing, the outcome of a signing, and the
 * verification report of every signature in a PDF. Private keys, PINs and passwords
 * never appear here — the renderer only names a signer and main asks for its secret.
 */
import { z } from 'zod';
import type { CertificateInfo } from './isds';

export type { CertificateInfo } from './isds';

/** How a signature's key is held. */
export type SignerKind = 'pkcs12' | 'pkcs11';

/**
 * A certificate checked before it is used to sign. `blocking` stops the signing
 * (expired, not yet valid, key usage forbids signing); `warnings` are shown and the
 * mayor may go on (no qualified-certificate statement, expires within 30 days).
 * Both hold i18n keys under `signing.certificate.*`.
 */
export interface SigningCertificateCheck {
  certificate: CertificateInfo;
  /** ETSI EN 319 412-5 QcCompliance statement present (a qualified certificate). */
  qualified: boolean;
  /** QcSSCD statement: the key lives on a qualified signature creation device. */
  onQscd: boolean;
  /** The QcType statement, when present: esign (natural person) or eseal (legal person). */
  qcType: 'esign' | 'eseal' | 'eweb' | null;
  keyUsage: string[];
  blocking: string[];
  warnings: string[];
}

/** A key + certificate found on a PKCS#11 token (smart card, USB token, SoftHSM). */
export interface TokenCertificate {
  /** Opaque id main uses to find the key again (module path + slot + CKA_ID, encoded). */
  id: string;
  tokenLabel: string;
  /** The token's serial number — a different card gives a different id. */
  tokenSerial: string;
  label: string;
  check: SigningCertificateCheck;
}

/** PAdES baseline level actually reached. */
export type PadesLevel = 'B-B' | 'B-T';

/**
 * Why a signing reached only B-B although a timestamp was asked for:
 * the authority was unreachable or answered with an error, or its token was refused
 * (wrong imprint, nonce, bad signature). Keys under `signing.timestamp.*`.
 */
export type TimestampNotice = 'unreachable' | 'refused' | 'notConfigured';

export interface SigningOutcome {
  /** The signed PDF: the input bytes unchanged, followed by the incremental update. */
  pdf: Uint8Array;
  level: PadesLevel;
  /** Present when a timestamp was wanted but the signature is B-B. */
  timestampNotice: TimestampNotice | null;
  signingTime: string;
  /** The timestamp's genTime when B-T. */
  timestampTime: string | null;
  certificate: CertificateInfo;
}

export type SignatureStatus = 'valid' | 'invalid' | 'indeterminate';

/** A certificate path's standing against the configured trust anchors. */
export type ChainStatus = 'trusted' | 'untrusted' | 'notValidAtSigning' | 'unknown';

export interface TimestampReport {
  /** genTime of the token. */
  time: string;
  /** The authority's name (TSA certificate subject). */
  authority: string;
  /** The token's serial number (TSTInfo serialNumber), upper-case hex. */
  serialNumber: string;
  status: SignatureStatus;
  chain: ChainStatus;
  /** i18n keys under `signatureCheck.timestamp.*`. */
  problems: string[];
}

/** One signature (or document timestamp) of a PDF. */
export interface PdfSignatureReport {
  fieldName: string;
  /** A document timestamp (/DocTimeStamp) rather than a person's signature. */
  kind: 'signature' | 'documentTimestamp';
  subFilter: string;
  status: SignatureStatus;
  signer: CertificateInfo | null;
  /** The signing-time attribute (the signer's own clock — a claim, not proof). */
  signingTime: string | null;
  /** The signature timestamp (B-T) or, for a document timestamp, the token itself. */
  timestamp: TimestampReport | null;
  level: PadesLevel | null;
  chain: ChainStatus;
  /** The signed byte ranges cover the whole file as it was at signing, minus the signature. */
  coversRevision: boolean;
  /**
   * What follows the signed revision: nothing, only later signatures / timestamps
   * (allowed), or other changes (the document was changed after signing).
   */
  laterChanges: 'none' | 'signaturesOnly' | 'modified';
  qualified: boolean;
  /** The QcType statement of the signer's certificate (ETSI EN 319 412-5), when it has one. */
  qcType: 'esign' | 'eseal' | 'eweb' | null;
  /**
   * Whom the certificate's subject names: a natural person (given name, surname or
   * pseudonym, ETSI EN 319 412-2), a legal person (an organizationIdentifier and no
   * natural person, ETSI EN 319 412-3), or neither / no certificate.
   */
  holder: 'naturalPerson' | 'legalPerson' | null;
  /** Who issued the certificate: the issuer's organisation, else its common name. */
  provider: string | null;
  /** i18n keys under `signatureCheck.*` explaining why not valid. */
  problems: string[];
}

export interface PdfSignaturesReport {
  /** Zero signatures is a report too: the PDF is simply not signed. */
  signatures: PdfSignatureReport[];
  /** The PDF could not be read at all (i18n key), e.g. `signatureCheck.corrupted`. */
  unreadable: string | null;
}

export const MAX_PKCS12_BYTES = 1024 * 1024;
/** The largest PDF signed or verified in one call (ISDS caps a message at 20 MiB; room for more). */
export const MAX_SIGNED_PDF_BYTES = 64 * 1024 * 1024;

/** How the mayor's key is reached for one signing. Secrets pass once, are never kept in the renderer. */
export const signerChoiceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('pkcs12'),
      pkcs12: z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_PKCS12_BYTES),
      password: z.string().max(1000),
      /** Opt-in: keep the file and its password in the OS keychain for next time. */
      remember: z.boolean().optional(),
    })
    .strict(),
  /** A PKCS#12 the mayor chose to keep in the OS keychain. */
  z.object({ kind: z.literal('storedPkcs12'), id: z.string().min(1).max(200) }).strict(),
  z
    .object({
      kind: z.literal('pkcs11'),
      id: z.string().min(1).max(2000),
      pin: z.string().min(1).max(256),
    })
    .strict(),
]);
export type SignerChoice = z.infer<typeof signerChoiceSchema>;

const pdfBytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.length > 0 && bytes.length <= MAX_SIGNED_PDF_BYTES, {
    message: 'validation.signing.pdfSize',
  });

/** Where a visible signature goes: a rectangle on a page (points, origin bottom left). */
export const visibleSignatureSchema = z
  .object({
    page: z.number().int().min(0).max(10_000),
    x: z.number().min(0).max(5000),
    y: z.number().min(0).max(5000),
    width: z.number().min(10).max(5000),
    height: z.number().min(10).max(5000),
  })
  .strict();

export const signRequestSchema = z
  .object({
    pdf: pdfBytesSchema,
    signer: signerChoiceSchema,
    /** Ask the configured timestamp authority for B-T; falls back to B-B and says so. */
    timestamp: z.boolean(),
    reason: z.string().max(500).optional(),
    location: z.string().max(200).optional(),
    visible: visibleSignatureSchema.nullable().optional(),
  })
  .strict();
export type SignRequest = z.infer<typeof signRequestSchema>;

export const inspectSignerSchema = z.object({ signer: signerChoiceSchema }).strict();

export const verifyRequestSchema = z.object({ pdf: pdfBytesSchema }).strict();
export const timestampRequestSchema = z.object({ pdf: pdfBytesSchema }).strict();

/** A PKCS#12 kept in the keychain at the mayor's request (no secret in it). */
export interface StoredSigner {
  id: string;
  check: SigningCertificateCheck;
  storedAt: string;
}
export type VisibleSignatureBox = z.infer<typeof visibleSignatureSchema>;
