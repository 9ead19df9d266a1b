/**
 * The report of one signature field's value: a person's or a seal's signature (CMS,
 * PAdES) or a document timestamp. Status says whether the cryptography holds over the
 * signed bytes; the certificate's standing (`chain`) and what came after the signed
 * revision (`laterChanges`) are reported beside it, not folded into it.
 */
import type {
  PdfSignatureReport,
  SignatureStatus,
  TimestampReport,
} from '../../../../common/contract/signing';
import { certificateInfo } from '../../isds/zfo/certificateInfo';
import type { ZfoTrust } from '../../isds/zfo/trust';
import { signedRangesOf } from './byteRange';
import { chainAt } from './chain';
import { holderOf, providerOf } from './certificateHolder';
import { extensionsOf } from './certificateExtensions';
import { cmsOfContents } from './cms/contents';
import { checkDetachedCms } from './cms/detachedSignature';
import { checkTimestampToken } from './cms/timestampToken';
import type { SignatureField } from './fields';
import { laterChangesAfter } from './laterChanges';
import { revisionStartxref } from './pdf/document';
import type { Budget, Revision } from './pdf/revision';
import { dateOf } from './pdf/text';
import { isName, PdfName, PdfString, type PdfDict } from './pdf/values';
import type { Certificate } from '../../isds/zfo/x509';
import { PROBLEM, TIMESTAMP_PROBLEM } from './problems';
import { isQualified } from './qualified';
import { SignedBytes, WholeBytes } from './signedBytes';

export interface VerifyContext {
  bytes: Uint8Array;
  /** The newest revision, or null when the file's cross-references had to be rebuilt. */
  current: Revision | null;
  budget: Budget;
  trust: ZfoTrust;
  now: Date;
}

/** What the signature's own checks decide; the revision checks are added around it. */
type Verdict = Pick<
  PdfSignatureReport,
  | 'status'
  | 'signer'
  | 'signingTime'
  | 'timestamp'
  | 'level'
  | 'chain'
  | 'qualified'
  | 'qcType'
  | 'holder'
  | 'provider'
  | 'problems'
>;

/** What the report says about a certificate beyond its names. */
function certificateFacts(
  certificate: Certificate | null,
): Pick<PdfSignatureReport, 'qualified' | 'qcType' | 'holder' | 'provider'> {
  if (!certificate) return { qualified: false, qcType: null, holder: null, provider: null };
  return {
    qualified: isQualified(certificate),
    qcType: extensionsOf(certificate).qcType,
    holder: holderOf(certificate),
    provider: providerOf(certificate),
  };
}

const CMS_SUB_FILTERS = new Set(['ETSI.CAdES.detached', 'adbe.pkcs7.detached', 'adbe.pkcs7.sha1']);
const DOCUMENT_TIMESTAMP = 'ETSI.RFC3161';

function nameOf(value: unknown): string {
  return value instanceof PdfName ? value.value : '';
}

function claimedTime(signature: PdfDict): Date | null {
  const value = signature.get('M');
  return value instanceof PdfString ? dateOf(value) : null;
}

function indeterminate(problem: string, signingTime: Date | null): Verdict {
  return {
    status: 'indeterminate',
    signer: null,
    signingTime: signingTime?.toISOString() ?? null,
    timestamp: null,
    level: null,
    chain: 'unknown',
    ...certificateFacts(null),
    problems: [problem],
  };
}

function signatureVerdict(
  der: Uint8Array | null,
  signed: SignedBytes,
  subFilter: string,
  claimed: Date | null,
  context: VerifyContext,
): Verdict {
  if (!CMS_SUB_FILTERS.has(subFilter)) return indeterminate(PROBLEM.unsupportedSubFilter, claimed);
  if (!der) return indeterminate(PROBLEM.cmsUnreadable, claimed);
  const cms = checkDetachedCms(der, signed, subFilter);
  const problems: string[] = cms.problem ? [PROBLEM[cms.problem]] : [];
  let status: SignatureStatus = cms.status;
  if (status === 'valid' && cms.binding === 'mismatch') {
    problems.push(PROBLEM.signingCertificateMismatch);
    status = 'indeterminate';
  } else if (
    status === 'valid' &&
    cms.binding === 'missing' &&
    subFilter === 'ETSI.CAdES.detached'
  ) {
    // PAdES baseline requires it; adbe.pkcs7.detached never did.
    problems.push(PROBLEM.signingCertificateMissing);
    status = 'indeterminate';
  }
  let timestamp: TimestampReport | null = null;
  let provenTime: Date | null = null;
  if (cms.timestampToken && cms.signatureValue) {
    const token = checkTimestampToken(
      cms.timestampToken,
      new WholeBytes(cms.signatureValue),
      context.trust,
    );
    if (!token) problems.push(TIMESTAMP_PROBLEM.malformed);
    else {
      timestamp = token.report;
      // Only a timestamp from a trusted authority proves when the signature existed.
      if (token.report.status === 'valid' && token.report.chain === 'trusted')
        provenTime = token.genTime;
    }
  }
  const signingTime = cms.signingTime ?? claimed;
  const chain = chainAt(
    context.trust,
    cms.certificate,
    cms.intermediates,
    provenTime ?? signingTime ?? context.now,
  );
  if (chain.problem) problems.push(PROBLEM[chain.problem]);
  const baseline =
    subFilter === 'ETSI.CAdES.detached' && status === 'valid' && cms.binding === 'matches';
  return {
    status,
    signer: cms.certificate ? certificateInfo(cms.certificate) : null,
    signingTime: signingTime?.toISOString() ?? null,
    timestamp,
    level: baseline ? (timestamp?.status === 'valid' ? 'B-T' : 'B-B') : null,
    chain: chain.chain,
    ...certificateFacts(cms.certificate),
    problems,
  };
}

function documentTimestampVerdict(
  der: Uint8Array | null,
  signed: SignedBytes,
  subFilter: string,
  claimed: Date | null,
  context: VerifyContext,
): Verdict {
  if (subFilter !== DOCUMENT_TIMESTAMP) return indeterminate(PROBLEM.unsupportedSubFilter, claimed);
  const token = der ? checkTimestampToken(der, signed, context.trust) : null;
  if (!token) return indeterminate(TIMESTAMP_PROBLEM.malformed, claimed);
  return {
    status: token.report.status,
    signer: token.certificate ? certificateInfo(token.certificate) : null,
    signingTime: claimed?.toISOString() ?? null,
    timestamp: token.report,
    level: null,
    chain: token.report.chain,
    ...certificateFacts(token.certificate),
    // A document timestamp's imprint is the document's digest: a mismatch means the bytes changed.
    problems: token.report.problems.map((problem) =>
      problem === TIMESTAMP_PROBLEM.imprintMismatch ? PROBLEM.digestMismatch : problem,
    ),
  };
}

export function reportSignature(field: SignatureField, context: VerifyContext): PdfSignatureReport {
  const { signature } = field;
  const { bytes } = context;
  const subFilter = nameOf(signature.get('SubFilter'));
  const kind =
    isName(signature.get('Type'), 'DocTimeStamp') || subFilter === DOCUMENT_TIMESTAMP
      ? 'documentTimestamp'
      : 'signature';
  const claimed = claimedTime(signature);
  const head = { fieldName: field.fieldName, kind, subFilter } as const;
  const ranges = signedRangesOf(signature, bytes.byteLength);
  if (!ranges)
    return {
      ...head,
      ...indeterminate(PROBLEM.byteRangeMalformed, claimed),
      status: 'invalid',
      coversRevision: false,
      laterChanges: 'modified',
    };
  const end = ranges.b + ranges.c;
  const coversRevision = revisionStartxref(bytes, end) !== null;
  const laterChanges = laterChangesAfter(bytes, end, context.current, context.budget);
  const signed = new SignedBytes(bytes, ranges);
  const der = cmsOfContents(ranges.contents);
  const verdict =
    kind === 'documentTimestamp'
      ? documentTimestampVerdict(der, signed, subFilter, claimed, context)
      : signatureVerdict(der, signed, subFilter, claimed, context);
  const problems = [...verdict.problems];
  if (!coversRevision) problems.push(PROBLEM.notWholeRevision);
  if (laterChanges === 'modified') problems.push(PROBLEM.modifiedAfterSigning);
  return { ...head, ...verdict, coversRevision, laterChanges, problems };
}

/** Where a report's signed revision ends, for ordering; reports without one go last. */
export function revisionEndOf(field: SignatureField, fileLength: number): number {
  const ranges = signedRangesOf(field.signature, fileLength);
  return ranges ? ranges.b + ranges.c : Number.MAX_SAFE_INTEGER;
}
