import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { officeDateString } from '../common/domain/time';
import { parseXml, type XmlElement } from '../common/nsesss/xml';
import { seriousViolations } from './axe';
import { E2E_DEMO_DOCUMENTS, expect, test } from './fixtures';
import { readStore } from './indexedDb';

interface StoredEntry {
  seq: number;
  at: string;
  event: string;
  entityType: string;
  entityId: string;
  detail: Record<string, unknown>;
}

interface StoredDocument {
  pid: string;
  referenceNumber: string;
}

const storedLog = (page: Page) => readStore<StoredEntry>(page, 'txlog');
const exportEntries = async (page: Page) =>
  (await storedLog(page)).filter((entry) => entry.event === 'Export');

const filters = (page: Page) => page.getByRole('search', { name: 'Filtry transakčního protokolu' });
const logTable = (page: Page) =>
  page.getByRole('table', { name: /Záznamy transakčního protokolu za zvolené období/ });
const rows = (table: Locator) => table.locator('tbody tr');
const czech = (day: string) => day.split('-').map(Number).reverse().join('. ');

/** The transaction log screen of a freshly seeded demo municipality. */
async function openLog(openApp: (hash?: string) => Promise<Page>): Promise<Page> {
  const page = await openApp('#/txlog');
  await expect(page.getByRole('heading', { level: 1, name: 'Transakční protokol' })).toBeVisible();
  // The demo seed writes one Zalozeni entry per document.
  await expect
    .poll(async () => (await storedLog(page)).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(E2E_DEMO_DOCUMENTS);
  return page;
}

/**
 * The busiest office day of plain registrations — a day whose every entry is one
 * document's Založení (days of hand-overs and settlements name a record twice) — and
 * those entries.
 */
async function busiestDay(page: Page): Promise<{ day: string; entries: StoredEntry[] }> {
  const byDay = new Map<string, StoredEntry[]>();
  for (const entry of await storedLog(page)) {
    const day = officeDateString(new Date(entry.at));
    byDay.set(day, [...(byDay.get(day) ?? []), entry]);
  }
  const registrationsOnly = [...byDay].filter(([, entries]) =>
    entries.every((entry) => entry.event === 'Zalozeni' && entry.entityType === 'document'),
  );
  const [day, entries] = registrationsOnly.sort((a, b) => b[1].length - a[1].length)[0]!;
  return { day, entries };
}

async function setPeriod(page: Page, from: string, to: string): Promise<void> {
  await filters(page).getByLabel('Od').fill(from);
  await filters(page).getByLabel('Do').fill(to);
}

async function downloaded(file: Download): Promise<Buffer> {
  return readFile(await file.path());
}

function xmlRoot(text: string): XmlElement {
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(`not well-formed XML: ${parsed.error.detail}`);
  return parsed.root;
}

const events = (root: XmlElement) =>
  root.children.find((child) => child.name === 'Udalosti')?.children ?? [];

test('a period of the seeded log: table, chain check, XML export and the day as PDF, each export logged', async ({
  openApp,
}) => {
  const page = await openLog(openApp);
  const { day, entries } = await busiestDay(page);
  const documents = await readStore<StoredDocument>(page, 'documents');
  const referenceOf = new Map(documents.map((doc) => [doc.pid, doc.referenceNumber]));

  await setPeriod(page, day, day);
  const count = page.getByTestId('txlog-count');
  await expect(count).toContainText(new RegExp(`V období (je|jsou) ${entries.length} záznam`));
  await expect(rows(logTable(page))).toHaveCount(Math.min(entries.length, 100));
  // Oldest first; a document is named by its reference number.
  const first = [...entries].sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq)[0]!;
  const firstRow = rows(logTable(page)).first();
  await expect(firstRow).toHaveAttribute('data-seq', String(first.seq));
  await expect(firstRow).toContainText('Založení');
  await expect(firstRow).toContainText('Dokument');
  await expect(firstRow).toContainText(referenceOf.get(first.entityId)!);
  await expect(page.getByTestId('txlog-chain')).toContainText('Řetězec je neporušený');
  expect(await seriousViolations(page)).toEqual([]);

  // The text filter narrows to one document.
  await filters(page)
    .getByLabel('Identifikátor nebo uživatel')
    .fill(referenceOf.get(first.entityId)!);
  await expect(count).toContainText('Filtru odpovídá 1 záznam');
  await expect(rows(logTable(page))).toHaveCount(1);
  await filters(page).getByRole('button', { name: 'Zrušit zúžení' }).click();
  await expect(rows(logTable(page))).toHaveCount(Math.min(entries.length, 100));

  // The period as NSESSS XML.
  const xmlDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export XML (NSESSS)' }).click();
  const xmlFile = await xmlDownload;
  expect(xmlFile.suggestedFilename()).toBe(`transakcni-protokol-${day}-${day}.xml`);
  const system = xmlRoot((await downloaded(xmlFile)).toString('utf8'));
  expect(system.name).toBe('TransakcniLogSystemu');
  expect(events(system)).toHaveLength(entries.length);
  await expect(page.getByText(/Export XML uložen/)).toBeVisible();
  await expect.poll(async () => (await exportEntries(page)).length).toBe(1);
  expect((await exportEntries(page))[0]).toMatchObject({
    entityType: 'journal',
    detail: { format: 'xml', rows: entries.length, period: czech(day) },
  });

  // The day as the printable PDF.
  await page.getByLabel('Den', { exact: true }).fill(day);
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Denní protokol (PDF)' }).click();
  const pdfFile = await pdfDownload;
  expect(pdfFile.suggestedFilename()).toBe(`transakcni-protokol-${day}.pdf`);
  const pdf = await downloaded(pdfFile);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await pdfFile.path(), '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain('Transakční protokol');
  expect(text).toContain(`Záznamů za den: ${entries.length}`);
  expect(text).toContain(referenceOf.get(first.entityId)!);
  await expect.poll(async () => (await exportEntries(page)).length).toBe(2);
  expect((await exportEntries(page))[1]).toMatchObject({
    detail: { format: 'pdf', rows: entries.length, period: czech(day) },
  });

  // Both exports are themselves in today's log.
  await filters(page).getByRole('button', { name: 'Dnes' }).click();
  await filters(page).getByLabel('Událost').selectOption({ label: 'Export' });
  await expect(rows(logTable(page))).toHaveCount(2);
  await expect(rows(logTable(page)).first()).toContainText('Podací deník');
  await expect(page.getByTestId('txlog-chain')).toContainText('Řetězec je neporušený');
});

test("one object's log from the table: reached by keyboard, exported as XML, the export logged on the object", async ({
  openApp,
}) => {
  const page = await openLog(openApp);
  const { day, entries } = await busiestDay(page);
  const documents = await readStore<StoredDocument>(page, 'documents');
  const referenceOf = new Map(documents.map((doc) => [doc.pid, doc.referenceNumber]));
  const references = entries.map((entry) => referenceOf.get(entry.entityId));
  // A reference that names one row of the day (the button is found by its name).
  const index = references.findIndex(
    (candidate) => candidate && references.indexOf(candidate) === references.lastIndexOf(candidate),
  );
  const document = entries[index]!;
  const reference = references[index]!;
  await setPeriod(page, day, day);
  // Filling "Od" first shows a longer period for a moment; wait for the day itself.
  await expect(rows(logTable(page))).toHaveCount(Math.min(entries.length, 100));

  const open = logTable(page).getByRole('button', { name: reference, exact: true });
  await open.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: `Protokol objektu ${reference}` });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zpět na období' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);

  // What the object's log holds before its export adds an entry of its own.
  const own = (await storedLog(page)).filter((entry) => entry.entityId === document.entityId);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportovat protokol objektu (XML)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`transakcni-protokol-dokument-${document.entityId}.xml`);
  const root = xmlRoot((await downloaded(file)).toString('utf8'));
  expect(root.name).toBe('TransakcniLogObjektu');
  expect(events(root)).toHaveLength(own.length);
  await expect
    .poll(async () => (await exportEntries(page)).map((entry) => entry.entityId))
    .toEqual([document.entityId]);
  // The object's own log now shows its export.
  await expect(page.getByRole('table', { name: `Protokol objektu ${reference}` })).toContainText(
    'Export',
  );

  await page.getByRole('button', { name: 'Zpět na období' }).click();
  await expect(logTable(page)).toBeVisible();
});

test('a reversed period is refused with a Czech message and nothing is exported', async ({
  openApp,
}) => {
  const page = await openLog(openApp);
  await setPeriod(page, '2026-03-10', '2026-03-02');
  await expect(filters(page).getByText('Začátek období je po jeho konci.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export XML (NSESSS)' })).toBeDisabled();
  await page.getByLabel('Den', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Denní protokol (PDF)' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Zadejte den' })).toBeVisible();
  expect(await exportEntries(page)).toEqual([]);
});

test("a document's log is exported from its detail in the journal", async ({ openApp }) => {
  const page = await openApp('#/journal');
  await expect
    .poll(async () => (await storedLog(page)).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(E2E_DEMO_DOCUMENTS);
  const [doc] = await readStore<StoredDocument>(page, 'documents');
  await page.getByRole('searchbox', { name: 'Hledat v deníku' }).fill(doc!.pid);
  const row = page.locator('[role="row"][data-pid]');
  await expect(row).toHaveCount(1);
  await row.first().dblclick();
  const detail = page.getByRole('complementary');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(doc!.referenceNumber);

  const logItems = detail.getByRole('list', { name: 'Transakční protokol' }).getByRole('listitem');
  const shownBefore = await logItems.count();
  const own = (await storedLog(page)).filter(
    (entry) => entry.entityType === 'document' && entry.entityId === doc!.pid,
  );
  expect(own.length).toBeGreaterThan(0);

  const download = page.waitForEvent('download');
  await detail.getByRole('button', { name: 'Exportovat protokol dokumentu (XML)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`transakcni-protokol-dokument-${doc!.pid}.xml`);
  const root = xmlRoot((await downloaded(file)).toString('utf8'));
  expect(root.name).toBe('TransakcniLogObjektu');
  expect(events(root)).toHaveLength(own.length);
  await expect
    .poll(async () => (await exportEntries(page)).map((entry) => entry.entityId))
    .toEqual([doc!.pid]);
  // The detail's log shows the export as one more entry.
  await expect(logItems).toHaveCount(shownBefore + 1);
  await expect(logItems.last()).toContainText('Export');
});
