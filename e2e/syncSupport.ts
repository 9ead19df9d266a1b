import { expect, type Page } from '@playwright/test';
import { putRows, readStore } from './indexedDb';

async function lastSuccessMs(page: Page): Promise<number> {
  const [row] = await readStore<{ value: string }>(page, 'syncMeta', { key: 'lastSuccessAt' });
  return row ? Date.parse(row.value) : 0;
}

/**
 * Asks for a run on the sync screen (Alt+5, "Synchronizovat") and waits until a run
 * that read the eSSL after the request has ended well. The phase alone cannot say
 * so: it is already `idle` from an earlier run until the new one reports.
 */
export async function synchronize(page: Page): Promise<void> {
  await page.keyboard.press('Alt+5');
  const button = page.getByRole('button', { name: 'Synchronizovat' });
  // A run in progress disables the button; the one asked for comes after it.
  await expect(button).toBeEnabled({ timeout: 30_000 });
  const asked = await page.evaluate(() => Date.now());
  await button.click();
  await expect
    .poll(() => lastSuccessMs(page), { timeout: 30_000, message: 'a sync run after the request' })
    .toBeGreaterThan(asked);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-phase', 'idle');
}

/**
 * Writes rows straight into the app's IndexedDB — what a sync run would have left
 * there (a refused entry, a conflict) — then reloads, so the app reads them as it
 * would after a restart.
 */
export async function writeRows(
  page: Page,
  writes: Array<{ store: string; rows: unknown[] }>,
): Promise<void> {
  for (const write of writes) await putRows(page, write.store, write.rows);
  await page.reload();
  await page.getByRole('navigation', { name: 'Hlavní nabídka' }).waitFor({ timeout: 30_000 });
}

/** An outbox entry the eSSL refused, as the engine stores it. */
export function refusedEntry(
  id: string,
  kind: string,
  pid: string,
  refusal: { message: string; statusCode: string },
): Record<string, unknown> {
  const at = new Date().toISOString();
  return {
    id,
    kind,
    entityId: pid,
    payload: { pid },
    createdAt: at,
    attempts: 1,
    lastError: refusal.message,
    state: 'failed',
    failure: {
      code: 'errors.essl.status',
      message: refusal.message,
      statusCode: refusal.statusCode,
      at,
    },
  };
}
