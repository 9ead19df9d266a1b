import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../e2e/chromium';
import { readDemoPlanXml } from '../sim/demoPlan';
import { launchWebApp } from '../webhost/launch';
import { repoRoot } from '../webhost/paths';
import { isdsBench } from './isds';
import { conversionBench } from './conversion';
import { lettersBench } from './letters';
import { PROFILE_DIR } from './pageProfile';
import { syncBench, SYNC_DOCUMENTS } from './sync';
import { zfoBench } from './zfo';

/**
 * `npm run bench`: figures measured in Chromium against the real app served by the
 * browser host. Progress goes to stderr; the last line on stdout is one flat JSON
 * object (metric → number) that later issues extend.
 */

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 100_000);
/** `BENCH_ONLY=journal`, `sync`, `zfo`, `isds`, `letters` or `conversion` runs one part; unset runs all. */
const PARTS = ['journal', 'sync', 'zfo', 'isds', 'letters', 'conversion'] as const;
type Part = (typeof PARTS)[number];
const ONLY = process.env.BENCH_ONLY;
if (ONLY !== undefined && !PARTS.includes(ONLY as Part)) {
  process.stderr.write(`BENCH_ONLY musí být jedno z: ${PARTS.join(', ')} (je „${ONLY}“).\n`);
  process.exit(2);
}
const runs = (part: Part) => ONLY === undefined || ONLY === part;
const log = (line: string) => process.stderr.write(`${line}\n`);

type Metrics = Record<string, number>;

/** What bench/page/main.ts puts on the page's window. */
interface BenchWindow {
  bench: {
    seedJournal(count: number, planXml: string): Promise<Metrics>;
    searchBench(): Promise<Metrics & { details: Array<[string, number, number, number]> }>;
    prepareLifecycle(): Promise<Metrics>;
    disposalBench(): Promise<Metrics>;
    sipBench(planXml: string): Promise<Metrics>;
  };
}

async function benchPage(page: Page, url: string): Promise<Metrics> {
  await page.goto(`${url}/bench/index.html`);
  await page.locator('#state', { hasText: 'ready' }).waitFor();
  log(`seeding ${DOCUMENTS} documents…`);
  const seeded = await page.evaluate(
    ([count, planXml]) => (globalThis as unknown as BenchWindow).bench.seedJournal(count, planXml),
    [DOCUMENTS, readDemoPlanXml()] as const,
  );
  log(`seeded: ${JSON.stringify(seeded)}`);
  const search = await page.evaluate(() =>
    (globalThis as unknown as BenchWindow).bench.searchBench(),
  );
  const { details, ...searchMetrics } = search;
  for (const [query, ours, raw, found] of details)
    log(
      `  search ${JSON.stringify(query).padEnd(26)} ours ${String(ours).padStart(4)} ms  raw ${String(raw).padStart(4)} ms  ${found} found`,
    );
  return { ...seeded, ...searchMetrics };
}

async function journalOpen(page: Page, url: string): Promise<Metrics> {
  const samples: number[] = [];
  const fromLoad: number[] = [];
  for (let run = 0; run < 3; run++) {
    await page.goto(`${url}/#/journal`);
    await page.waitForFunction(
      () => performance.getEntriesByName('uradovna:journal-painted').length > 0,
      undefined,
      { timeout: 60_000 },
    );
    const marks = await page.evaluate(() => {
      const ready = performance.getEntriesByName('uradovna:ready')[0]?.startTime ?? 0;
      const painted = performance.getEntriesByName('uradovna:journal-painted')[0]?.startTime ?? 0;
      return { ready, painted };
    });
    samples.push(marks.painted - marks.ready);
    fromLoad.push(marks.painted);
  }
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    journal_open_ms: Math.round(median(samples)),
    journal_open_from_navigation_ms: Math.round(median(fromLoad)),
  };
}

const REGISTER_RUNS = 7;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

/**
 * Save → row visible: the clerk saves in Podatelna (one tab) while the journal is
 * open (another tab of the same app); the time runs from the click on "Zaevidovat"
 * until the new row is painted in the journal, and until the confirmation is in the
 * page.
 */
async function registerLatency(journal: Page, intake: Page, url: string): Promise<Metrics> {
  await journal.goto(`${url}/#/journal`);
  await journal.getByRole('grid').waitFor();
  await intake.goto(`${url}/#/intake`);
  const form = intake.locator('form.intake-form');
  await form.getByLabel(/^Spisový znak/).waitFor();
  const toRow: number[] = [];
  const toConfirmation: number[] = [];
  for (let run = 0; run < REGISTER_RUNS; run++) {
    const subject = `Benchmark registrace ${run + 1} ${Date.now()}`;
    await intake.bringToFront();
    await form.getByLabel(/^Jméno a příjmení/).fill('Jan Měřený');
    await form.getByLabel(/^Věc/).fill(subject);
    await form.getByLabel(/^Spisový znak/).selectOption({ index: 1 });
    // The journal is the window on screen (a hidden tab would not paint); the intake
    // tab saves in the background, which the launch flags keep unthrottled.
    await journal.bringToFront();
    // Passed as source text: tsx would wrap named helpers in a function the page lacks.
    const seen = journal.evaluate<number>(`new Promise((resolve) => {
      const grid = document.querySelector('[role="grid"]') ?? document.body;
      const done = () => requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
      if (grid.textContent.includes(${JSON.stringify(subject)})) return done();
      const observer = new MutationObserver(() => {
        if (!grid.textContent.includes(${JSON.stringify(subject)})) return;
        observer.disconnect();
        done();
      });
      observer.observe(grid, { childList: true, subtree: true, characterData: true });
    })`);
    const confirmed = intake.evaluate<number>(`new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="saved-reference"]')) return;
        observer.disconnect();
        resolve(performance.timeOrigin + performance.now());
      });
      observer.observe(document.body, { childList: true, subtree: true });
    })`);
    const clickedAt = await intake.evaluate<number>(`(() => {
      const button = [...document.querySelectorAll('button')].find((item) => item.textContent.trim() === 'Zaevidovat');
      const at = performance.timeOrigin + performance.now();
      button.click();
      return at;
    })()`);
    const stuck = new Promise<number>((_, reject) =>
      setTimeout(async () => {
        const text = await intake
          .locator('body')
          .innerText()
          .catch(() => '');
        reject(
          new Error(`the registration was not confirmed within 30 s:\n${text.slice(0, 1500)}`),
        );
      }, 30_000),
    );
    toConfirmation.push((await Promise.race([confirmed, stuck])) - clickedAt);
    toRow.push((await seen) - clickedAt);
    await intake.getByRole('button', { name: 'Zaevidovat další' }).click();
  }
  log(
    `register → row: ${toRow.map(Math.round).join(', ')} ms; → confirmation: ${toConfirmation.map(Math.round).join(', ')} ms`,
  );
  return {
    register_ms: Math.round(median(toRow)),
    register_confirm_ms: Math.round(median(toConfirmation)),
  };
}

const CASE_FILE_RUNS = 5;

/**
 * Click on a case file in the Spisy list → its inventory of 500 documents painted, in
 * the real app (the case file was written by bench/page/lifecycle.ts).
 */
async function caseFileOpen(page: Page, url: string): Promise<Metrics> {
  const samples: number[] = [];
  for (let run = 0; run < CASE_FILE_RUNS; run++) {
    await page.goto(`${url}/#/caseFiles`);
    // The screen comes back to the file last open; the clerk goes back to the list.
    const back = page.getByRole('button', { name: /Zpět na seznam spisů/ });
    if (await back.isVisible()) await back.click();
    // The list shows the newest files; the clerk types to find an older one.
    await page
      .getByLabel('Hledat ve spisech')
      .fill('benchmark')
      .catch(async (error: unknown) => {
        log(
          `the Spisy screen did not come up: ${(await page.locator('body').innerText()).slice(0, 600)}`,
        );
        throw error;
      });
    const row = page.locator('.case-list tr[data-id="BENCHSPIS0001"] button').first();
    await row.waitFor({ timeout: 60_000 });
    // Passed as source text: tsx would wrap named helpers in a function the page lacks.
    const painted = page.evaluate<number>(`new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error('the inventory was not painted within a minute')), 60000);
      const done = () => requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
      const full = () => document.querySelectorAll('.case-inventory tbody tr').length >= 500;
      const observer = new MutationObserver(() => {
        if (!full()) return;
        observer.disconnect();
        done();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    })`);
    const clickedAt = await page.evaluate<number>(`(() => {
      const button = document.querySelector('.case-list tr[data-id="BENCHSPIS0001"] button');
      const at = performance.timeOrigin + performance.now();
      button.click();
      return at;
    })()`);
    samples.push((await painted) - clickedAt);
  }
  log(`case file (500 documents) open: ${samples.map(Math.round).join(', ')} ms`);
  return { casefile_open_ms: Math.round(median(samples)) };
}

async function lifecycle(page: Page, url: string): Promise<Metrics> {
  await page.goto(`${url}/bench/index.html`);
  await page.locator('#state', { hasText: 'ready' }).waitFor();
  log('preparing the records office and a case file of 500 documents…');
  const prepared = await page.evaluate(() =>
    (globalThis as unknown as BenchWindow).bench.prepareLifecycle(),
  );
  log(`prepared: ${JSON.stringify(prepared)}`);
  const opened = await caseFileOpen(page, url);
  await page.goto(`${url}/bench/index.html`);
  await page.locator('#state', { hasText: 'ready' }).waitFor();
  const disposal = await page.evaluate(() =>
    (globalThis as unknown as BenchWindow).bench.disposalBench(),
  );
  log(`disposal: ${JSON.stringify(disposal)}`);
  return { ...prepared, ...opened, ...disposal };
}

/**
 * A gigabyte of files through IndexedDB, in a browser context of its own: the test
 * contexts keep IndexedDB in memory under one quota, which the 100,000-document
 * journal has already used up.
 */
async function sipExport(context: BrowserContext, url: string): Promise<Metrics> {
  const page = await context.newPage();
  await page.goto(`${url}/bench/index.html`);
  await page.locator('#state', { hasText: 'ready' }).waitFor();
  log('SIP export of 1,000 documents with 1 MB each…');
  const sip = await page.evaluate(
    ([planXml]) => (globalThis as unknown as BenchWindow).bench.sipBench(planXml),
    [readDemoPlanXml()] as const,
  );
  log(`sip: ${JSON.stringify(sip)}`);
  return sip;
}

/** The journal of 100,000 documents: opening, search, registering, the life cycle, SIP. */
async function journalBench(browser: Browser): Promise<Metrics> {
  const dataDir = await mkdtemp(join(tmpdir(), 'uradovna-bench-'));
  // No demo services: the page seeds the journal itself, and an eSSL would sync
  // (and number) in the background of what is measured here.
  const app = await launchWebApp({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    demo: false,
    extraStatic: [{ prefix: '/bench/', dir: join(repoRoot, 'out', 'bench') }],
  });
  const metrics: Metrics = {};
  try {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'cs-CZ',
      timezoneId: 'Europe/Prague',
    });
    const page = await context.newPage();
    Object.assign(metrics, await benchPage(page, app.host.url));
    Object.assign(metrics, await journalOpen(page, app.host.url));
    Object.assign(metrics, await registerLatency(page, await context.newPage(), app.host.url));
    Object.assign(metrics, await lifecycle(page, app.host.url));
    await context.close();
    const sipContext = await browser.newContext({ locale: 'cs-CZ', timezoneId: 'Europe/Prague' });
    Object.assign(metrics, await sipExport(sipContext, app.host.url));
    // Its gigabyte of files stays in memory until the context goes; the sync part follows.
    await sipContext.close();
    metrics.documents = DOCUMENTS;
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return metrics;
}

async function main(): Promise<void> {
  const metrics: Metrics = {};
  // ZFO verification runs in Node, as main does; it needs neither the page nor Chromium.
  if (runs('zfo')) Object.assign(metrics, await zfoBench(log));
  // Letters are rendered, signed and verified in main, in Node, too.
  if (runs('letters')) Object.assign(metrics, await lettersBench(log));
  if (runs('conversion')) Object.assign(metrics, await conversionBench(log));
  if (runs('journal') || runs('sync') || runs('isds')) Object.assign(metrics, await browserBench());
  console.log(JSON.stringify(metrics));
}

async function browserBench(): Promise<Metrics> {
  const path = chromiumPath();
  // The journal and sync parts serve the page from out/bench; the data-box part alone
  // builds it into a scratch folder, leaving out/ to whoever else builds the app.
  const sharedPageDir = join(repoRoot, 'out', 'bench');
  const pageDir =
    runs('journal') || runs('sync')
      ? sharedPageDir
      : await mkdtemp(join(tmpdir(), 'uradovna-bench-page-'));
  await build({
    configFile: join(repoRoot, 'bench', 'vite.config.ts'),
    // Profiles need the page's own function names.
    build: { outDir: pageDir, ...(PROFILE_DIR ? { minify: false } : {}) },
  });
  // The journal tab is measured while the intake tab has focus; a desktop window is
  // never throttled like a background tab, so neither is the journal here.
  const browser = await chromium.launch({
    executablePath: path,
    args: [
      ...chromiumArgs,
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  const metrics: Metrics = {};
  try {
    if (runs('journal')) Object.assign(metrics, await journalBench(browser));
    if (runs('sync')) {
      Object.assign(metrics, await syncBench(browser, log));
      metrics.sync_documents = SYNC_DOCUMENTS;
    }
    if (runs('isds')) Object.assign(metrics, await isdsBench(browser, log, pageDir));
  } finally {
    await browser.close();
    if (pageDir !== sharedPageDir) await rm(pageDir, { recursive: true, force: true });
  }
  return metrics;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
