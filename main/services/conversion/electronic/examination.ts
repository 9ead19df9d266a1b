/**
 * What the verification report of an electronic input means for the § 25 odst. 2 clause:
 * signed or sealed or neither, by whom, with which certificate and timestamp, and whether
 * all of it verified. The clause must never claim more than this, so `valid` is strict.
 */
import type { ElectronicInputExamination } from '../../../../common/contract/conversion';
import type {
  PdfSignatureReport,
  PdfSignaturesReport,
  TimestampReport,
} from '../../../../common/contract/signing';

/**
 * A seal, not a signature: the certificate's QcType says eseal, or — without a QcType —
 * its subject is a legal person and names no natural person. eIDAS gives signatures to
 * natural persons only (čl. 3 bod 9) and seals to legal persons (čl. 3 bod 24), so a
 * certificate issued to an organisation alone can only carry a seal. A certificate that
 * names both, or whose subject says neither clearly (an organisation and a common name,
 * as older and non-qualified ones do), is read as a person's signature: the clause then
 * names the signer as the certificate does.
 */
export function isSeal(signature: Pick<PdfSignatureReport, 'qcType' | 'holder'>): boolean {
  if (signature.qcType === 'eseal') return true;
  return signature.qcType === null && signature.holder === 'legalPerson';
}

/** Verified, trusted, and the document not changed after it except by later signatures. */
export function signatureHolds(signature: PdfSignatureReport): boolean {
  return (
    signature.status === 'valid' &&
    signature.chain === 'trusted' &&
    signature.laterChanges !== 'modified'
  );
}

function timestampHolds(timestamp: TimestampReport): boolean {
  return timestamp.status === 'valid' && timestamp.chain === 'trusted';
}

/** When a signature that did not hold lists no reason, its status is the reason. */
function reasonsOf(signature: PdfSignatureReport): string[] {
  if (signature.problems.length > 0) return signature.problems;
  return [
    `signatureCheck.status.${signature.status === 'valid' ? 'indeterminate' : signature.status}`,
  ];
}

/**
 * The clause describes the earliest signature (the document's author's; later ones are
 * usually approvals) — but every signature must hold for the input to count as valid.
 * Its timestamp is the signature's own (B-T), else the first document timestamp.
 */
export function examinationOf(
  report: PdfSignaturesReport,
  pages: number,
): ElectronicInputExamination {
  const signatures = report.signatures.filter((signature) => signature.kind === 'signature');
  const documentTimestamps = report.signatures.filter(
    (signature) => signature.kind === 'documentTimestamp',
  );
  const main = signatures[0] ?? null;
  const problems: string[] = [];
  for (const signature of signatures) {
    if (!signatureHolds(signature)) problems.push(...reasonsOf(signature));
  }

  let timestamp: ElectronicInputExamination['timestamp'] = null;
  if (main?.timestamp) {
    const valid = timestampHolds(main.timestamp);
    if (!valid) problems.push(...main.timestamp.problems);
    timestamp = {
      time: main.timestamp.time,
      serialNumber: main.timestamp.serialNumber,
      provider: main.timestamp.authority,
      valid,
    };
  } else {
    const stamp = documentTimestamps[0];
    if (stamp?.timestamp) {
      const valid = signatureHolds(stamp);
      if (!valid) problems.push(...reasonsOf(stamp));
      timestamp = {
        time: stamp.timestamp.time,
        serialNumber: stamp.timestamp.serialNumber,
        provider: stamp.timestamp.authority,
        valid,
      };
    }
  }

  const unique = [...new Set(problems)];
  return {
    kind: main ? (isSeal(main) ? 'sealed' : 'signed') : 'none',
    valid: main !== null && unique.length === 0,
    certificate: main?.signer ?? null,
    qualified: main?.qualified ?? false,
    provider: main?.provider ?? null,
    signer: main?.signer?.subjectName ?? null,
    timestamp,
    problems: unique,
    pages,
  };
}
