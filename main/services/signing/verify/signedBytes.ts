/**
 * The bytes a signature covers — two ranges of the file — hashed in place: the ranges
 * are fed to the hash as views, never joined into a copy of a 20 MB file.
 */
import { createHash, createVerify, type KeyObject, type VerifyKeyObjectInput } from 'node:crypto';
import type { SignedRanges } from './byteRange';

/** Bytes a signature covers, which can be hashed and checked against a signature directly. */
export interface Digestible {
  /** The digest under a Node hash name (sha256, …). */
  digest(hash: string): Uint8Array;
  /** A signature directly over the bytes (a SignerInfo without signed attributes). */
  verify(hash: string, key: KeyObject | VerifyKeyObjectInput, signature: Uint8Array): boolean;
}

/** Bytes held in one piece (a SignerInfo's signature value, an encapsulated digest). */
export class WholeBytes implements Digestible {
  constructor(private readonly bytes: Uint8Array) {}

  digest(hash: string): Uint8Array {
    return createHash(hash).update(this.bytes).digest();
  }

  verify(hash: string, key: KeyObject | VerifyKeyObjectInput, signature: Uint8Array): boolean {
    return createVerify(hash).update(this.bytes).verify(key, signature);
  }
}

export class SignedBytes implements Digestible {
  private readonly digests = new Map<string, Uint8Array>();

  constructor(
    private readonly file: Uint8Array,
    private readonly ranges: SignedRanges,
  ) {}

  private parts(): Uint8Array[] {
    const { a, b, c } = this.ranges;
    return [this.file.subarray(0, a), this.file.subarray(b, b + c)];
  }

  /** Computed once per hash. */
  digest(hash: string): Uint8Array {
    let value = this.digests.get(hash);
    if (!value) {
      const hasher = createHash(hash);
      for (const part of this.parts()) hasher.update(part);
      value = hasher.digest();
      this.digests.set(hash, value);
    }
    return value;
  }

  verify(hash: string, key: KeyObject | VerifyKeyObjectInput, signature: Uint8Array): boolean {
    const verifier = createVerify(hash);
    for (const part of this.parts()) verifier.update(part);
    return verifier.verify(key, signature);
  }
}
