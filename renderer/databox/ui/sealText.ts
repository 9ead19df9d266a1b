import type { TFunction } from 'i18next';
import type { SealCheck, TimestampCheck } from '../../../common/contract/isds';

export type SealVerdict = 'valid' | 'untrusted' | 'invalid' | 'unchecked';

/**
 * What the seal says, worst first: a seal that does not verify is INVALID whatever
 * its issuer; a verifying seal from an issuer not known as ISDS is untrusted; only a
 * verifying seal from a trusted issuer is valid (and only that is shown green).
 */
export function sealVerdict(seal: SealCheck | null): SealVerdict {
  if (!seal) return 'unchecked';
  if (!seal.valid) return 'invalid';
  if (!seal.trusted) return 'untrusted';
  return 'valid';
}

export type TimestampVerdict =
  'valid' | 'untrusted' | 'missing' | 'invalid' | 'hashMismatch' | 'unchecked';

export function timestampVerdict(timestamp: TimestampCheck | null): TimestampVerdict {
  if (!timestamp) return 'unchecked';
  if (!timestamp.present) return 'missing';
  if (!timestamp.valid) return 'invalid';
  if (timestamp.hashMatches === false) return 'hashMismatch';
  // Records stored before the authority's trust was checked lack the field: unproven.
  if (timestamp.trusted !== true) return 'untrusted';
  return 'valid';
}

/**
 * A verification problem (`zfo.seal.untrusted`, `zfo.timestamp.hashMismatch`, …: keys of
 * the `zfo` catalog) in words; a key the catalog lacks reads as the general "could not
 * be verified".
 */
export function problemText(t: TFunction, problem: string | null): string | null {
  if (!problem) return null;
  const text = t(problem as never) as string;
  return text === problem ? t('databox.seal.problemUnknown', { code: problem }) : text;
}
