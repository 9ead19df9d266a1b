import type { UradovnaDatabase } from '../db/schema';
import { verifyTxLogRange, type ChainCheck } from '../db/txlog/verify';
import type { PeriodBounds } from './txlogFilter';

export type PeriodChain =
  { empty: true } | { empty: false; firstSeq: number; lastSeq: number; check: ChainCheck };

/**
 * The hash chain over the span of the log the period touches: every entry from the
 * period's first to its last (by seq) must hash right and link to the one before,
 * the first to the entry preceding the period.
 */
export async function checkPeriodChain(
  db: UradovnaDatabase,
  bounds: PeriodBounds,
): Promise<PeriodChain> {
  const seqs = await db.txlog
    .where('at')
    .between(bounds.lower, bounds.upper, true, true)
    .primaryKeys();
  if (seqs.length === 0) return { empty: true };
  let firstSeq = Number.POSITIVE_INFINITY;
  let lastSeq = 0;
  for (const seq of seqs) {
    if (seq < firstSeq) firstSeq = seq;
    if (seq > lastSeq) lastSeq = seq;
  }
  return { empty: false, firstSeq, lastSeq, check: await verifyTxLogRange(db, firstSeq, lastSeq) };
}
