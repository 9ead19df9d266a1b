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
 * A browser host for each test, on free loopback ports, with its own data folder and
 * its own simulator: the app syncs with the demo eSSL, so tests sharing one would see
 * each other's documents. Starting one takes a fraction of a second.
 * `E2E_RENDERER_DIR` serves a renderer built elsewhere (for runs beside other builds
 * of the same checkout). Specs that need a real installation take `withHost(false)`.
 */
export function hostFixture(
  demo = true,
): [(args: object, use: (app: AppFixture) => Promise<void>) => Promise<void>, { scope: 'test' }] {
  return [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use: (app: AppFixture) => Promise<void>) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'uradovna-e2e-'));
      const launched = await launchWebApp({
        port: 0,
        host: '127.0.0.1',
        dataDir,
        demo,
        demoDocuments: demo ? E2E_DEMO_DOCUMENTS : undefined,
        rendererDir: process.env.E2E_RENDERER_DIR,
      });
      await use({ url: launched.host.url, launched });
      await launched.close();
      await rm(dataDir, { recursive: true, force: true });
    },
    { scope: 'test' },
  ];
}

/**
 * Each test has its own browser context, i.e. its own empty IndexedDB, so every test
 * starts from a freshly seeded demo municipality.
 */
export const test = base.extend<{ openApp: (hash?: string) => Promise<Page>; app: AppFixture }>({
  app: hostFixture(),
  openApp: async ({ page, app }, use) => {
    await use(async (hash = '#/journal') => {
      await page.goto(`${app.url}/${hash}`);
      await expect(page.getByRole('navigation', { name: 'Hlavní nabídka' })).toBeVisible({
        timeout: 30_000,
      });
      return page;
    });
  },
});

/** The same fixtures on a demo host, or on a real installation (`withHost(false)`). */
export function withHost(demo = true) {
  return test.extend<{ app: AppFixture }>({ app: hostFixture(demo) });
}

export { expect };
