import type { TFunction } from 'i18next';
import type {
  PdfSignatureReport,
  PdfSignaturesReport,
  SignatureStatus,
} from '../../../common/contract/signing';

/**
 * What one signature of a PDF says, worst first: a signature that does not verify
 * (or does not cover its revision) is INVALID; one that cannot be verified, or whose
 * certificate was not valid when it signed, is indeterminate; a verifying one over a
 * document changed afterwards, or from an issuer not trusted, is a warning. Only a
 * verifying signature with a trusted chain over an unchanged document is valid — and
 * only that is shown green.
 */
export type SignatureVerdict = 'valid' | 'untrusted' | 'modified' | 'indeterminate' | 'invalid';

export type Tone = 'ok' | 'warning' | 'error';

export function signatureVerdict(
  signature: Pick<PdfSignatureReport, 'status' | 'chain' | 'laterChanges' | 'coversRevision'>,
): SignatureVerdict {
  if (signature.status === 'invalid' || !signature.coversRevision) return 'invalid';
  if (signature.status === 'indeterminate') return 'indeterminate';
  if (signature.chain === 'notValidAtSigning' || signature.chain === 'unknown')
    return 'indeterminate';
  if (signature.laterChanges === 'modified') return 'modified';
  if (signature.chain === 'untrusted') return 'untrusted';
  return 'valid';
}

export function verdictTone(verdict: SignatureVerdict): Tone {
  if (verdict === 'valid') return 'ok';
  return verdict === 'invalid' ? 'error' : 'warning';
}

export function statusTone(status: SignatureStatus, trusted: boolean): Tone {
  if (status === 'invalid') return 'error';
  return status === 'valid' && trusted ? 'ok' : 'warning';
}

/** The headline of a whole report. */
export type ReportVerdict = 'unreadable' | 'unsigned' | SignatureVerdict;

const severity: SignatureVerdict[] = ['valid', 'untrusted', 'modified', 'indeterminate', 'invalid'];

/** The worst of the signatures (one INVALID signature makes the file's headline invalid). */
export function reportVerdict(report: PdfSignaturesReport): ReportVerdict {
  if (report.unreadable) return 'unreadable';
  if (report.signatures.length === 0) return 'unsigned';
  return report.signatures
    .map(signatureVerdict)
    .reduce((worst, next) => (severity.indexOf(next) > severity.indexOf(worst) ? next : worst));
}

/**
 * A problem key from main (`signatureCheck.*`) in words; a key the catalog lacks reads
 * as the general "has a defect (key)" rather than as a raw key.
 */
export function checkProblemText(t: TFunction, key: string, fallbackKey: string): string {
  const text = t(key as never) as string;
  return text === key ? (t(fallbackKey as never, { code: key }) as string) : text;
}
