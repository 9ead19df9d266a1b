import type { IsdsBoxInfo } from '../../../common/contract/isds';
import type { MessageRecord } from '../../../common/isds/model';
import { ISDS_LIMITS } from '../../../common/contract/isds';
import type { DataboxPort } from '../port';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The first receive of a box looks this far back (ISDS keeps messages 90 days). */
export const FIRST_RECEIVE_DAYS = 90;
/** Later receives start this long before the last one: clocks differ, deliveries lag. */
export const RECEIVE_MARGIN_MS = DAY_MS;

export function receiveFrom(lastReceive: string | undefined, now: Date): string {
  const from = lastReceive
    ? Date.parse(lastReceive) - RECEIVE_MARGIN_MS
    : now.getTime() - FIRST_RECEIVE_DAYS * DAY_MS;
  return new Date(from).toISOString();
}

/**
 * Every record of a list call from `from` on, page by page (dmOffset is 1-based).
 * No upper bound: ISDS's clock may be ahead of ours.
 */
export async function listAll(
  port: Pick<DataboxPort, 'isds.listReceived' | 'isds.listSent'>,
  method: 'isds.listReceived' | 'isds.listSent',
  box: Pick<IsdsBoxInfo, 'key'>,
  from: string,
  dmStatusFilter: number,
  signal?: AbortSignal,
): Promise<MessageRecord[]> {
  const limit = ISDS_LIMITS.listLimit;
  const out: MessageRecord[] = [];
  for (let offset = 1; ; offset += limit) {
    signal?.throwIfAborted();
    const { records } = await port[method]({
      key: box.key,
      query: { dmFromTime: from, dmToTime: null, dmStatusFilter, dmOffset: offset, dmLimit: limit },
    });
    out.push(...records);
    if (records.length < limit) return out;
  }
}
