import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { launchWebApp, type Launched } from '../webhost/launch';

export interface AppFixture {
  url: string;
  launched: Launched;
}

/** How many documents the demo journal has in browser tests (the app's default is 2,000). */
export const E2E_DEMO_DOCUMENTS = 300;

/**
 * One browser host with the demo simulator per worker, on free loopback ports.
 * Each test has its own browser context, i.e. its own empty IndexedDB, so every
 * test starts from a freshly seeded demo municipality.
 */
export const test = base.extend<{ openApp: (hash?: string) => Promise<Page> }, { app: AppFixture }>(
  {
    app: [
      // eslint-disable-next-line no-empty-pattern
      async ({}, use) => {
        const dataDir = await mkdtemp(join(tmpdir(), 'uradovna-e2e-'));
        const launched = await launchWebApp({
          port: 0,
          host: '127.0.0.1',
          dataDir,
          demo: true,
          demoDocuments: E2E_DEMO_DOCUMENTS,
        });
        await use({ url: launched.host.url, launched });
        await launched.close();
        await rm(dataDir, { recursive: true, force: true });
      },
      { scope: 'worker' },
    ],
    openApp: async ({ page, app }, use) => {
      await use(async (hash = '#/journal') => {
        await page.goto(`${app.url}/${hash}`);
        await expect(page.getByRole('navigation', { name: 'Hlavní nabídka' })).toBeVisible({
          timeout: 30_000,
        });
        return page;
      });
    },
  },
);

export { expect };
