/** A signer's certificate path against the trust anchors, at the time that counts for the signature. */
import type { ChainStatus } from '../../../../common/contract/signing';
import type { ZfoTrust } from '../../isds/zfo/trust';
import type { Certificate } from '../../isds/zfo/x509';

export interface ChainVerdict {
  chain: ChainStatus;
  /** 'untrusted' or 'certificateNotValidAtSigning' when not trusted; the caller prefixes it. */
  problem: 'untrusted' | 'certificateNotValidAtSigning' | null;
}

export function chainAt(
  trust: ZfoTrust,
  certificate: Certificate | null,
  intermediates: readonly Certificate[],
  at: Date,
): ChainVerdict {
  if (!certificate) return { chain: 'unknown', problem: null };
  const verdict = trust.check(certificate, intermediates, at);
  if (verdict.trusted) return { chain: 'trusted', problem: null };
  return verdict.problem === 'zfo.seal.certificateNotValidAtSigning'
    ? { chain: 'notValidAtSigning', problem: 'certificateNotValidAtSigning' }
    : { chain: 'untrusted', problem: 'untrusted' };
}
