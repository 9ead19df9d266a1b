import type { Page } from '@playwright/test';
import { putRows } from './indexedDb';

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
