/**
 * Why a timestamp could not be had, as the signing needs to know it: the authority was
 * not reached or answered with an error (`unreachable` — the signing falls back to
 * B-B), or it answered with a token that must not be embedded (`refused`).
 */
import type { TimestampNotice } from '../../../../common/contract/signing';

export type TimestampFailureKind = Extract<TimestampNotice, 'unreachable' | 'refused'>;

export class TimestampFailure extends Error {
  constructor(
    readonly kind: TimestampFailureKind,
    detail: string,
  ) {
    super(`timestamp ${kind}: ${detail}`);
    this.name = 'TimestampFailure';
  }
}
