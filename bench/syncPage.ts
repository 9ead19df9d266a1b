import type { Browser, Page } from 'playwright-core';
import type { NewDocumentProfile } from '../common/erms/model';
import type { CallStats } from './syncStats';

/** What bench/page/sync.ts puts on the page's window (the page cannot share its types with Node). */
interface SyncWindow {
  bench: {
    syncPrepare(): Promise<Record<string, number>>;
    initialSync(expected: number): Promise<{
      ms: number;
      portMs: number;
      documents: number;
      caseFiles: number;
      pages: number;
      created: number;
      calls: CallStats;
    }>;
    bulkPutFloor(): Promise<{ ms: number; documents: number }>;
    noopSync(runs: number): Promise<{ ms: number; samples: number[]; calls: CallStats }>;
    queueRegistrations(
      count: number,
    ): Promise<{ registerMs: number; planMs: number; documents: NewDocumentProfile[] }>;
    pushSync(count: number): Promise<{
      ms: number;
      portMs: number;
      corrections: number;
      pulled: number;
      calls: CallStats;
    }>;
  };
}

type SyncBench = SyncWindow['bench'];

/** The bench page of a browser host at `url`, in a context of its own. */
export async function openSyncPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'cs-CZ', timezoneId: 'Europe/Prague' });
  const page = await context.newPage();
  await page.goto(`${url}/bench/index.html`);
  await page.locator('#state', { hasText: 'ready' }).waitFor();
  return page;
}

/**
 * The page's sync functions, called from Node. Each evaluate names the function inline:
 * Playwright sends the callback's source, so it cannot refer to anything of this module.
 */
export function syncPage(page: Page): SyncBench {
  return {
    syncPrepare: () =>
      page.evaluate(() => (globalThis as unknown as SyncWindow).bench.syncPrepare()),
    initialSync: (expected) =>
      page.evaluate((n) => (globalThis as unknown as SyncWindow).bench.initialSync(n), expected),
    bulkPutFloor: () =>
      page.evaluate(() => (globalThis as unknown as SyncWindow).bench.bulkPutFloor()),
    noopSync: (runs) =>
      page.evaluate((n) => (globalThis as unknown as SyncWindow).bench.noopSync(n), runs),
    queueRegistrations: (count) =>
      page.evaluate(
        (n) => (globalThis as unknown as SyncWindow).bench.queueRegistrations(n),
        count,
      ),
    pushSync: (count) =>
      page.evaluate((n) => (globalThis as unknown as SyncWindow).bench.pushSync(n), count),
  };
}
