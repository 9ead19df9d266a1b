import type { Page } from 'playwright-core';
import type { OutgoingMessage } from '../common/isds/model';
import type { CallTable } from './isdsTiming';

export interface PageReceive {
  ms: number;
  listed: number;
  stored: number;
  skipped: number;
  calls: CallTable;
  documents: number;
  next: { dmFromTime: string; dmStatusFilter: number };
}

/** What bench/page/isds.ts puts on the page's window (the page cannot share its types with Node). */
interface IsdsWindow {
  bench: {
    isdsPrepare(): Promise<{ boxes: string[] }>;
    isdsReceive(boxKey: string, expected: number): Promise<PageReceive>;
    isdsBulkPutFloor(dmIDs: string[]): Promise<{ ms: number; bytes: number }>;
    isdsQueueDispatch(
      count: number,
      boxKey: string,
      recipient: string,
      pdfsBase64: string[],
    ): Promise<{ ms: number; envelopes: OutgoingMessage['envelope'][] }>;
    isdsSend(boxKey: string, count: number): Promise<{ ms: number; calls: CallTable }>;
    isdsDbLatency(runs: number): Promise<{
      getMs: number;
      blobReadMs: number;
      writeMs: number;
      rawWriteMs: number;
      tinyWriteMs: number;
    }>;
  };
}

type IsdsBench = IsdsWindow['bench'];

/**
 * The page's data-box functions, called from Node. Each evaluate names the function
 * inline: Playwright sends the callback's source, so it cannot refer to this module.
 */
export function isdsPage(page: Page): IsdsBench {
  return {
    isdsPrepare: () =>
      page.evaluate(() => (globalThis as unknown as IsdsWindow).bench.isdsPrepare()),
    isdsReceive: (boxKey, expected) =>
      page.evaluate(([key, n]) => (globalThis as unknown as IsdsWindow).bench.isdsReceive(key, n), [
        boxKey,
        expected,
      ] as const),
    isdsBulkPutFloor: (dmIDs) =>
      page.evaluate(
        (ids) => (globalThis as unknown as IsdsWindow).bench.isdsBulkPutFloor(ids),
        dmIDs,
      ),
    isdsQueueDispatch: (count, boxKey, recipient, pdfsBase64) =>
      page.evaluate(
        ([n, key, to, pdfs]) =>
          (globalThis as unknown as IsdsWindow).bench.isdsQueueDispatch(n, key, to, pdfs),
        [count, boxKey, recipient, pdfsBase64] as const,
      ),
    isdsSend: (boxKey, count) =>
      page.evaluate(([key, n]) => (globalThis as unknown as IsdsWindow).bench.isdsSend(key, n), [
        boxKey,
        count,
      ] as const),
    isdsDbLatency: (runs) =>
      page.evaluate((n) => (globalThis as unknown as IsdsWindow).bench.isdsDbLatency(n), runs),
  };
}
