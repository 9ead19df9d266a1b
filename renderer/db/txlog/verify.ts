import type { UradovnaDatabase } from '../schema';
import { GENESIS_HASH, hashEntry, type TxLogEntry } from './entry';

export type ChainCheck =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: 'hash' | 'link' | 'gap' };

/** Walks the chain entry by entry; feed it in order, page by page if need be. */
class ChainWalker {
  count = 0;

  /** Starts at the genesis, or mid-chain at `expectedSeq` linking to `expectedPrev`. */
  constructor(
    private expectedSeq = 1,
    private expectedPrev = GENESIS_HASH,
  ) {}

  /** Returns the failure at this entry, or null when it links correctly. */
  step(entry: TxLogEntry): ChainCheck | null {
    this.count += 1;
    const fail = (reason: 'hash' | 'link' | 'gap'): ChainCheck => ({
      ok: false,
      entries: this.count,
      brokenAt: entry.seq,
      reason,
    });
    if (entry.seq !== this.expectedSeq) return fail('gap');
    if (entry.prevHash !== this.expectedPrev) return fail('link');
    const { hash, ...body } = entry;
    if (hashEntry(body) !== hash) return fail('hash');
    this.expectedPrev = hash;
    this.expectedSeq += 1;
    return null;
  }
}

export function verifyEntries(entries: Iterable<TxLogEntry>): ChainCheck {
  const walker = new ChainWalker();
  for (const entry of entries) {
    const failure = walker.step(entry);
    if (failure) return failure;
  }
  return { ok: true, entries: walker.count };
}

/** Checks the stored log in pages so a long history never sits in memory at once. */
export async function verifyTxLog(db: UradovnaDatabase, pageSize = 5000): Promise<ChainCheck> {
  const walker = new ChainWalker();
  let lastSeq = 0;
  for (;;) {
    const page = await db.txlog.where('seq').above(lastSeq).limit(pageSize).toArray();
    if (page.length === 0) return { ok: true, entries: walker.count };
    for (const entry of page) {
      const failure = walker.step(entry);
      if (failure) return failure;
      lastSeq = entry.seq;
    }
  }
}

/**
 * Checks the entries `fromSeq`..`toSeq` (a period's span of the log) and that the first
 * links to the stored entry before it; the rest of the chain is not read.
 */
export async function verifyTxLogRange(
  db: UradovnaDatabase,
  fromSeq: number,
  toSeq: number,
  pageSize = 5000,
): Promise<ChainCheck> {
  let prevHash = GENESIS_HASH;
  if (fromSeq > 1) {
    const before = await db.txlog.get(fromSeq - 1);
    if (!before) return { ok: false, entries: 0, brokenAt: fromSeq, reason: 'gap' };
    prevHash = before.hash;
  }
  const walker = new ChainWalker(fromSeq, prevHash);
  let lastSeq = fromSeq - 1;
  while (lastSeq < toSeq) {
    const page = await db.txlog
      .where('seq')
      .between(lastSeq, toSeq, false, true)
      .limit(pageSize)
      .toArray();
    if (page.length === 0) break;
    for (const entry of page) {
      const failure = walker.step(entry);
      if (failure) return failure;
      lastSeq = entry.seq;
    }
  }
  if (lastSeq < toSeq)
    return { ok: false, entries: walker.count, brokenAt: lastSeq + 1, reason: 'gap' };
  return { ok: true, entries: walker.count };
}
