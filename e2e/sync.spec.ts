import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readStore } from './indexedDb';
import { fillIncoming, form, saveAndRead } from './intakeSupport';
import { synchronize } from './syncSupport';

/**
 * The clerk works offline, comes back online and sees everything land in the eSSL
 * with final numbers; the status indicator says where things stand; two PCs of one
 * office offline at the same time never share a number.
 */

interface StoredRow {
  pid: string;
  referenceNumber: string;
  numberStatus?: string;
}

const indicator = (page: Page) => page.getByTestId('sync-status');

/** Every essl.* call of this page fails as a dead line would; returns the way back. */
async function goOffline(page: Page): Promise<() => Promise<void>> {
  const pattern = '**/api/essl.*';
  await page.route(pattern, (route) => route.abort('internetdisconnected'));
  return () => page.unroute(pattern);
}

async function openIntakeOffline(page: Page, url: string): Promise<() => Promise<void>> {
  const online = await goOffline(page);
  await page.goto(`${url}/#/intake`);
  await expect(form(page).getByLabel(/Spisový znak/)).toBeVisible({ timeout: 30_000 });
  await expect(indicator(page)).toHaveAttribute('data-phase', 'offline');
  return online;
}

test('offline: provisional numbers and waiting changes; back online: final numbers, the eSSL holds them', async ({
  page,
  app,
}) => {
  const sim = app.launched.sim;
  if (!sim) throw new Error('the demo host has no simulator');
  const online = await openIntakeOffline(page, app.url);
  await expect(indicator(page)).toContainText('eSSL nedostupná');

  const numbers: string[] = [];
  for (let i = 0; i < 2; i++) {
    await fillIncoming(page, { subject: `Dopis bez připojení ${i}` });
    numbers.push(await saveAndRead(page));
    await expect(page.getByText(/Číslo je prozatímní/)).toBeVisible();
    await page.getByRole('button', { name: 'Zaevidovat další' }).click();
  }
  expect(numbers.every((number) => number.startsWith('PROZATÍMNÍ'))).toBe(true);
  await expect(page.getByTestId('outbox')).toContainText('2');

  await online();
  await indicator(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Synchronizace s eSSL' })).toBeVisible();
  await synchronize(page);
  await expect(indicator(page)).toContainText(/naposledy synchronizováno/);
  // The clerk is told to rewrite the numbers on the paper.
  await expect(page.getByText(/bylo v eSSL přiděleno jako OUHL \d+\/\d{4}/).first()).toBeVisible();

  const rows = (await readStore<StoredRow>(page, 'documents')).filter((row) =>
    row.referenceNumber.startsWith('OUHL'),
  );
  const corrected = rows.filter((row) => row.numberStatus === 'corrected');
  expect(corrected).toHaveLength(2);
  const onServer = sim.essl
    .documents()
    .filter((doc) => corrected.some((row) => row.pid === doc.id.value));
  expect(onServer.map((doc) => doc.numbers?.referenceNumber).sort()).toEqual(
    corrected.map((row) => row.referenceNumber).sort(),
  );
  expect(await readStore(page, 'outbox')).toHaveLength(0);
  // The journal shows the final number with its history.
  await page.keyboard.press('Alt+2');
  await page
    .getByLabel(/Hledat/)
    .first()
    .fill(corrected[0]?.referenceNumber ?? '');
  await expect(page.getByRole('grid')).toContainText(corrected[0]?.referenceNumber ?? '');
});

test('two PCs of one office, both offline: each keeps its own numbers, after sync each sees both', async ({
  browser,
  app,
}) => {
  const sim = app.launched.sim;
  if (!sim) throw new Error('the demo host has no simulator');
  const contexts = [await browser.newContext(), await browser.newContext()];
  const pages = await Promise.all(contexts.map((context) => context.newPage()));
  // Each PC was online once (its reserved block arrived), then the line dropped.
  for (const page of pages) {
    await page.goto(`${app.url}/#/intake`);
    await expect(form(page).getByLabel(/Spisový znak/)).toBeVisible({ timeout: 30_000 });
    await expect
      .poll(async () => (await readStore<unknown>(page, 'reservedNumbers')).length, {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
  }
  const backOnline = await Promise.all(pages.map((page) => goOffline(page)));
  const made: string[][] = [[], []];
  for (let i = 0; i < 3; i++) {
    for (const [index, page] of pages.entries()) {
      await fillIncoming(page, { subject: `Dopis z počítače ${index + 1} číslo ${i}` });
      made[index]?.push(await saveAndRead(page));
      await page.getByRole('button', { name: 'Zaevidovat další' }).click();
    }
  }
  const all = made.flat();
  expect(new Set(all).size).toBe(6);
  expect(all.every((number) => /^OUHL \d+\/\d{4}$/.test(number))).toBe(true);

  for (const [index, page] of pages.entries()) {
    await backOnline[index]?.();
    await synchronize(page);
  }
  // The first PC pulls what the second pushed after it.
  await synchronize(pages[0]!);

  const onServer = sim.essl
    .documents()
    .filter((doc) => all.includes(doc.numbers?.referenceNumber ?? ''));
  expect(onServer).toHaveLength(6);
  const held = async (page: Page) => {
    const rows = await readStore<StoredRow>(page, 'documents');
    const numbers = new Set(rows.map((row) => row.referenceNumber));
    return all.filter((number) => numbers.has(number)).length;
  };
  // Each PC's last run began after the other's push ended: nothing is left to wait for.
  for (const page of pages) expect(await held(page)).toBe(6);
  for (const context of contexts) await context.close();
});
