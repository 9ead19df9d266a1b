/**
 * Signs a PDF as PAdES baseline B-B, or B-T when a timestamp authority is given, with
 * libpdf: one incremental update after the input bytes, SubFilter ETSI.CAdES.detached,
 * SHA-256. The order matters: the input is judged first (encrypted, damaged), then the
 * certificate (blocking problems at `now`), and only then is the key used. When the
 * authority fails, the signature is made again without a timestamp (B-B) and the outcome
 * says why; a token that fails its checks is never embedded. Nothing half-done is
 * returned: any failure throws, and the caller keeps its input.
 *
 * Every signature, and every document timestamp, goes into a field we add first (see
 * signatureField.ts): a widget with an appearance — empty, or the visible block — which
 * PDF/A requires and libpdf's own field lacks.
 */
import { PDF, PlaceholderError, type TimestampAuthority } from '@libpdf/core';
import type { SigningOutcome, TimestampNotice } from '../../../common/contract/signing';
import { ServiceError } from '../../../common/contract/envelope';
import { assertMaySign, checkSigningCertificate } from './certificateCheck';
import { signingFailed, timestampRefused, timestampUnavailable } from './errors';
import { openForSigning } from './pdfInput';
import type { PdfSigner } from './signer';
import {
  addSignatureField,
  assertFieldSigned,
  emptyAppearance,
  INVISIBLE_RECT,
  newFieldName,
  type Rect,
} from './signatureField';
import { TimestampRecorder } from './timestampRecorder';
import {
  boxRect,
  checkPlacement,
  visibleAppearance,
  type VisibleSignature,
} from './visibleSignature';

export type { VisibleSignature } from './visibleSignature';

export interface SignPdfRequest {
  pdf: Uint8Array;
  signer: PdfSigner;
  /** The authority for B-T; null or absent signs B-B. */
  timestamp?: TimestampAuthority | null;
  reason?: string;
  location?: string;
  /** The signer's name for the visible block's default first line (else the certificate's CN). */
  signerDisplayName?: string;
  /** The name of the new signature field (no field of the document may have it); default "Signature_N". */
  fieldName?: string;
  /** A visible signature block; its `lines` may be empty for the default text. */
  visible?: VisibleSignature | null;
  /** The signing time (the signature's signingTime attribute and the certificate check). */
  now: Date;
}

/** Signature value, signed attributes and CMS framing, beyond the certificates. */
const CMS_OVERHEAD = 4096;
/** A timestamp token with the authority's chain; qualified TSAs send 4–8 KB. */
const TIMESTAMP_ROOM = 12 * 1024;

function estimatedSize(signer: PdfSigner, withTimestamp: boolean): number {
  const certificates =
    signer.certificate.byteLength +
    (signer.certificateChain ?? []).reduce((sum, der) => sum + der.byteLength, 0);
  const size = certificates + CMS_OVERHEAD + (withTimestamp ? TIMESTAMP_ROOM : 0);
  return Math.ceil(size / 1024) * 1024;
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return (
    bytes.byteLength > prefix.byteLength &&
    Buffer.compare(bytes.subarray(0, prefix.byteLength), prefix) === 0
  );
}

function czechDate(date: Date): string {
  return new Intl.DateTimeFormat('cs-CZ', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Prague',
  }).format(date);
}

function visibleOf(request: SignPdfRequest, subjectName: string): VisibleSignature | null {
  const visible = request.visible;
  if (!visible) return null;
  if (visible.lines.length > 0) return visible;
  return {
    ...visible,
    lines: [
      `Digitálně podepsal: ${request.signerDisplayName ?? subjectName}`,
      `Datum: ${czechDate(request.now)}`,
    ],
  };
}

interface Attempt {
  base: Uint8Array;
  first: PDF | null;
  timestamp: TimestampRecorder | null;
  size: number;
}

/** The field, with its widget's appearance, that libpdf then signs into. */
async function prepareField(
  pdf: PDF,
  name: string,
  visible: VisibleSignature | null,
): Promise<Rect> {
  if (!visible) {
    addSignatureField(pdf, name, {
      pageIndex: 0,
      rect: INVISIBLE_RECT,
      appearance: emptyAppearance(pdf),
    });
    return INVISIBLE_RECT;
  }
  const rect = boxRect(visible);
  addSignatureField(pdf, name, {
    pageIndex: visible.page - 1,
    rect,
    appearance: await visibleAppearance(pdf, visible),
  });
  return rect;
}

async function signOnce(
  request: SignPdfRequest,
  visible: VisibleSignature | null,
  attempt: Attempt,
) {
  const pdf = attempt.first ?? (await PDF.load(attempt.base));
  attempt.first = null;
  const fieldName = request.fieldName ?? newFieldName(pdf, 'Signature_');
  const rect = await prepareField(pdf, fieldName, visible);
  const result = await pdf.sign({
    signer: request.signer,
    reason: request.reason,
    location: request.location,
    signingTime: request.now,
    fieldName,
    subFilter: 'ETSI.CAdES.detached',
    digestAlgorithm: 'SHA-256',
    estimatedSize: attempt.size,
    ...(attempt.timestamp
      ? { level: 'B-T' as const, timestampAuthority: attempt.timestamp }
      : { level: 'B-B' as const }),
  });
  assertFieldSigned(pdf, fieldName, rect);
  return result.bytes;
}

/** One signature, with one retry when the reserved room was too small. */
async function signWithRoom(
  request: SignPdfRequest,
  visible: VisibleSignature | null,
  attempt: Attempt,
): Promise<Uint8Array> {
  try {
    return await signOnce(request, visible, attempt);
  } catch (error) {
    if (!(error instanceof PlaceholderError)) throw error;
    attempt.size = Math.ceil((error.requiredSize + 4096) / 1024) * 1024;
    return signOnce(request, visible, attempt);
  }
}

function asServiceError(error: unknown): ServiceError {
  if (error instanceof ServiceError) return error;
  return signingFailed(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}

export async function signPdf(request: SignPdfRequest): Promise<SigningOutcome> {
  const opened = await openForSigning(request.pdf);
  const check = checkSigningCertificate(request.signer.certificate, request.now);
  assertMaySign(check);
  const visible = visibleOf(request, check.certificate.subjectName);
  if (visible) checkPlacement(opened.pdf, visible);

  let notice: TimestampNotice | null = null;
  let recorder: TimestampRecorder | null = request.timestamp
    ? new TimestampRecorder(request.timestamp)
    : null;
  let signed: Uint8Array;
  try {
    const attempt: Attempt = {
      base: opened.base,
      first: opened.pdf,
      timestamp: recorder,
      size: estimatedSize(request.signer, recorder !== null),
    };
    try {
      signed = await signWithRoom(request, visible, attempt);
    } catch (error) {
      const failure = recorder?.failure;
      if (!failure) throw error;
      // The authority failed: the same signature without a timestamp, on a fresh copy.
      notice = failure.kind;
      recorder = null;
      signed = await signWithRoom(request, visible, {
        base: opened.base,
        first: null,
        timestamp: null,
        size: estimatedSize(request.signer, false),
      });
    }
  } catch (error) {
    throw asServiceError(error);
  }
  if (!startsWith(signed, request.pdf)) throw signingFailed('output does not extend the input');
  const genTime = recorder?.genTime ?? null;
  return {
    pdf: signed,
    level: genTime ? 'B-T' : 'B-B',
    timestampNotice: notice,
    signingTime: request.now.toISOString(),
    timestampTime: genTime ? genTime.toISOString() : null,
    certificate: check.certificate,
  };
}

export interface DocumentTimestampOutcome {
  /** The input unchanged, followed by the document timestamp's revision. */
  pdf: Uint8Array;
  /** genTime of the token. */
  timestampTime: string;
}

/**
 * Adds a document timestamp (/DocTimeStamp, ETSI.RFC3161) over the whole file — for a
 * B-B signature timestamped later, before dispatch. Unlike signing there is no fallback:
 * an unreachable authority or a refused token is an error and the input stays as it was.
 */
export async function addDocumentTimestamp(
  pdf: Uint8Array,
  authority: TimestampAuthority,
  now: Date,
): Promise<DocumentTimestampOutcome> {
  void now;
  const opened = await openForSigning(pdf);
  const recorder = new TimestampRecorder(authority);
  const fieldName = newFieldName(opened.pdf, 'Timestamp_');
  let bytes: Uint8Array;
  try {
    addSignatureField(opened.pdf, fieldName, {
      pageIndex: 0,
      rect: INVISIBLE_RECT,
      appearance: emptyAppearance(opened.pdf),
    });
    bytes = (
      await opened.pdf.addTimestamp({
        timestampAuthority: recorder,
        digestAlgorithm: 'SHA-256',
        estimatedSize: TIMESTAMP_ROOM + CMS_OVERHEAD,
        fieldName,
      })
    ).bytes;
    assertFieldSigned(opened.pdf, fieldName, INVISIBLE_RECT);
  } catch (error) {
    if (recorder.failure?.kind === 'unreachable') throw timestampUnavailable();
    if (recorder.failure?.kind === 'refused') throw timestampRefused();
    throw asServiceError(error);
  }
  if (!recorder.genTime) throw signingFailed('document timestamp without a token');
  if (!startsWith(bytes, pdf)) throw signingFailed('output does not extend the input');
  return { pdf: bytes, timestampTime: recorder.genTime.toISOString() };
}
