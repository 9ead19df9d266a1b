import type { Api } from '../../../common/contract/api';
import type { SignerChoice, SigningOutcome } from '../../../common/contract/signing';
import type { SignatureBox } from '../../../common/domain/letter';

export interface SignJob {
  /** The PDF to sign, read at the moment of signing. */
  loadPdf: () => Promise<Uint8Array<ArrayBuffer>>;
  signer: SignerChoice;
  /** Ask for B-T (main falls back to B-B and says why). */
  timestamp: boolean;
  /** The visible signature's box, or null for an invisible signature. */
  visible: SignatureBox | null;
  reason?: string;
}

/**
 * Signs in main and hands the outcome over to be kept. A failure anywhere propagates, and
 * then nothing was kept: `onSigned` runs only with a signed PDF.
 */
export async function signAndKeep(
  port: Pick<Api, 'signing.sign'>,
  job: SignJob,
  onSigned: (outcome: SigningOutcome) => Promise<void>,
): Promise<SigningOutcome> {
  const pdf = await job.loadPdf();
  const outcome = await port['signing.sign']({
    pdf,
    signer: job.signer,
    timestamp: job.timestamp,
    visible: job.visible,
    ...(job.reason ? { reason: job.reason } : {}),
  });
  await onSigned(outcome);
  return outcome;
}
