import { useState } from 'react';

/** A stored file as the database hands it out: its record id, the digest of its bytes, the bytes. */
export interface StoredBlob {
  id: string;
  sha256: string;
  blob: Blob;
}

/** Whether two reads are the same stored content: same record, same digest. */
export function sameStoredBlob(a: StoredBlob | null, b: StoredBlob | null): boolean {
  if (a === null || b === null) return a === b;
  return a.id === b.id && a.sha256 === b.sha256;
}

/**
 * The read to show: `previous` while `next` is the same content read again, else `next`.
 * IndexedDB gives a new Blob on every read, so identity alone cannot tell.
 */
export function keepStoredBlob<T extends StoredBlob>(previous: T | null, next: T | null): T | null {
  return sameStoredBlob(previous, next) ? previous : next;
}

/**
 * The Blob of a stored file, the same object for as long as its record id and SHA-256
 * stay the same. A live query re-runs whenever the sync engine writes and reads the
 * bytes anew; keyed on this, a preview redraws and a signature check runs again only
 * when the content did change.
 */
export function useStableBlob(file: StoredBlob): Blob;
export function useStableBlob(file: StoredBlob | null | undefined): Blob | null;
export function useStableBlob(file: StoredBlob | null | undefined): Blob | null {
  const [kept, setKept] = useState<StoredBlob | null>(file ?? null);
  const current = keepStoredBlob(kept, file ?? null);
  // Remembering during render (not in an effect) hands out the new Blob in this very render.
  if (current !== kept) setKept(current);
  return current?.blob ?? null;
}
