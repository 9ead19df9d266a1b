import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { sampleNewDocument } from '../common/erms/testing/samples';
import { ok } from '../sim/essl/testing/client';
import { chromiumArgs, chromiumPath } from './chromium';
import { expect, withHost } from './fixtures';
import { readStore } from './indexedDb';
import { fillIncoming, form, saveAndRead } from './intakeSupport';

/**
 * The browser (the app) closed in the middle of a push and in the middle of a pull,
 * then opened again on the same profile: the eSSL holds each document once, the app
 * the same set. A persistent profile keeps IndexedDB across the two contexts, as the
 * desktop app keeps its database across a crash.
 */
const test = withHost();

interface StoredRow {
  pid: string;
  referenceNumber: string;
}

async function openProfile(
  dir: string,
  url: string,
  hash: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    locale: 'cs-CZ',
    timezoneId: 'Europe/Prague',
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}/${hash}`);
  await expect(page.getByRole('navigation', { name: 'Hlavní nabídka' })).toBeVisible({
    timeout: 30_000,
  });
  return { context, page };
}

async function outboxCount(page: Page): Promise<number> {
  return (await readStore<unknown>(page, 'outbox')).length;
}

test.describe('the app closed during sync', () => {
  let profile: string;
  test.beforeEach(async () => {
    profile = await mkdtemp(join(tmpdir(), 'uradovna-profile-'));
  });
  test.afterEach(async ({ app }) => {
    app.launched.sim?.setFaults(null);
    await rm(profile, { recursive: true, force: true });
  });

  test('in the middle of a push: each document reaches the eSSL once', async ({ app }) => {
    const sim = app.launched.sim;
    if (!sim) throw new Error('the demo host has no simulator');
    const first = await openProfile(profile, app.url, '#/intake');
    await expect(form(first.page).getByLabel(/Spisový znak/)).toBeVisible();
    // Let the first sync (reserved numbers) finish, then make every eSSL answer slow.
    await expect
      .poll(() => readStore<unknown>(first.page, 'reservedNumbers').then((rows) => rows.length))
      .toBeGreaterThan(0);
    sim.setFaults({ rate: 1, kinds: ['slow'] });
    const before = sim.essl.counts().documents;
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) {
      await fillIncoming(first.page, { subject: `Dopis před pádem ${i}` });
      numbers.push(await saveAndRead(first.page));
      await first.page.getByRole('button', { name: 'Zaevidovat další' }).click();
    }
    // The push has begun: the eSSL holds the first one, the others are on their way.
    await expect
      .poll(() => sim.essl.counts().documents, { timeout: 30_000 })
      .toBeGreaterThan(before);
    await first.context.close();

    sim.setFaults(null);
    const second = await openProfile(profile, app.url, '#/journal');
    await expect.poll(() => outboxCount(second.page), { timeout: 30_000 }).toBe(0);
    const rows = await readStore<StoredRow>(second.page, 'documents');
    const mine = rows.filter((row) => numbers.includes(row.referenceNumber));
    expect(mine).toHaveLength(3);
    const onServer = sim.essl
      .documents()
      .filter((doc) => mine.some((row) => row.pid === doc.id.value));
    expect(onServer).toHaveLength(3);
    expect(onServer.map((doc) => doc.numbers?.referenceNumber).sort()).toEqual([...numbers].sort());
    await second.context.close();
  });

  test('in the middle of a pull page: the app ends with the same set as the eSSL', async ({
    app,
  }) => {
    const sim = app.launched.sim;
    if (!sim) throw new Error('the demo host has no simulator');
    const [clerk] = sim.essl.accounts();
    if (!clerk) throw new Error('no eSSL account');
    // Another device registered 120 documents: more than one page of the pull.
    const made: string[] = [];
    for (let i = 0; i < 120; i++) {
      const document = {
        ...sampleNewDocument(),
        id: { value: `JINDE${String(i).padStart(4, '0')}X`, source: 'URADOVNA' },
        numbers: null,
        files: [],
      };
      await ok(sim.url, clerk, 'DokumentZalozeni', {
        preceding: [],
        document,
        auth: { user: clerk.username, at: new Date().toISOString() },
      });
      made.push(document.id.value);
    }
    sim.setFaults({ rate: 1, kinds: ['slow'] });
    const first = await openProfile(profile, app.url, '#/journal');
    // The pull is under way (every answer takes two seconds): close in the middle of it.
    await first.page.waitForTimeout(5_000);
    await first.context.close();

    sim.setFaults(null);
    const second = await openProfile(profile, app.url, '#/journal');
    await expect
      .poll(
        async () =>
          (await readStore<StoredRow>(second.page, 'documents')).filter((row) =>
            made.includes(row.pid),
          ).length,
        {
          timeout: 45_000,
        },
      )
      .toBe(120);
    const rows = await readStore<StoredRow>(second.page, 'documents');
    const byPid = new Map(
      sim.essl.documents().map((doc) => [doc.id.value, doc.numbers?.referenceNumber]),
    );
    for (const pid of made)
      expect(rows.find((row) => row.pid === pid)?.referenceNumber).toBe(byPid.get(pid));
    expect(new Set(rows.map((row) => row.pid)).size).toBe(rows.length);
    await second.context.close();
  });
});
