/**
 * Wraps whichever TimestampAuthority the signing was given: checks its token once more
 * (imprint, signature, timestamping certificate — a third-party authority object may
 * not), remembers the genTime for the outcome, and remembers why it failed, so that the
 * signing can tell a failure of the authority from a failure of anything else.
 */
import type { DigestAlgorithm, TimestampAuthority } from '@libpdf/core';
import { MalformedError } from '../isds/zfo/ber';
import { TimestampFailure } from './tsa/timestampFailure';
import { checkToken } from './tsa/timestampToken';

export class TimestampRecorder implements TimestampAuthority {
  failure: TimestampFailure | null = null;
  genTime: Date | null = null;

  constructor(private readonly inner: TimestampAuthority) {}

  async timestamp(digest: Uint8Array, algorithm: DigestAlgorithm): Promise<Uint8Array> {
    let token: Uint8Array;
    try {
      token = await this.inner.timestamp(digest, algorithm);
    } catch (error) {
      this.failure =
        error instanceof TimestampFailure
          ? error
          : new TimestampFailure(
              'unreachable',
              error instanceof Error ? error.message : String(error),
            );
      throw this.failure;
    }
    try {
      this.genTime = checkToken(token, { digest, algorithm, nonce: null }).genTime;
    } catch (error) {
      if (error instanceof TimestampFailure) this.failure = error;
      else if (error instanceof MalformedError)
        this.failure = new TimestampFailure('refused', `unreadable: ${error.message}`);
      else throw error;
      throw this.failure;
    }
    return token;
  }
}
