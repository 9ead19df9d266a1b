import type { ZfoReport } from '../../../common/contract/isds';
import type { SuspicionReason } from '../../../common/domain/databox';

export interface FileFlags {
  executable: boolean;
  renamed: boolean;
}

/**
 * Why the clerk should look twice at a message. A seal or timestamp that does not
 * verify is never shown as valid; a program or a name that had to be made safe is
 * named so nobody opens it unaware.
 */
export function suspicionOf(
  report: Pick<ZfoReport, 'seal' | 'timestamp'>,
  files: ReadonlyArray<FileFlags> = [],
): SuspicionReason[] {
  const reasons: SuspicionReason[] = [];
  if (!report.seal.valid) reasons.push('sealInvalid');
  else if (!report.seal.trusted) reasons.push('sealUntrusted');
  const { timestamp } = report;
  if (timestamp.present && !timestamp.valid) reasons.push('timestampInvalid');
  if (timestamp.hashMatches === false) reasons.push('hashMismatch');
  if (files.some((file) => file.executable)) reasons.push('executableAttachment');
  if (files.some((file) => file.renamed)) reasons.push('renamedAttachment');
  return reasons;
}

/** Whether the seal may be shown as a valid ISDS seal. */
export function sealShownValid(suspicious: ReadonlyArray<SuspicionReason>): boolean {
  return !suspicious.includes('sealInvalid') && !suspicious.includes('sealUntrusted');
}

/**
 * Whether a stored received message is known to be the real one: registered (only a
 * download or a trusted seal gets registered) or sealed by a trusted ISDS seal. An
 * imported file that is neither (a forged or damaged ZFO with a real message's dmID)
 * must not stop the download of that message, which replaces it.
 */
export function provenRecord(record: {
  documentPid: string | null;
  suspicious: ReadonlyArray<SuspicionReason>;
}): boolean {
  return record.documentPid !== null || sealShownValid(record.suspicious);
}
