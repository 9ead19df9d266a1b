import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { readStore } from './indexedDb';
import { officeDayEnd, officeDayStart } from '../common/domain/time';
import { seriousViolations } from './axe';
import {
  count,
  expect,
  filters,
  foundText,
  openJournal,
  storedDocuments,
  test,
} from './journalSupport';

/** Fails with the Debian package to install when a command-line checker is missing. */
function requireTool(command: string, debianPackage: string): void {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `Chybí nástroj ${command} — nainstalujte balíček ${debianPackage}: apt-get install -y ${debianPackage}`,
    );
  }
}

/** The Export entries of the transaction log, read straight from IndexedDB. */
async function exportLog(
  page: Page,
): Promise<Array<{ event: string; detail: Record<string, unknown> }>> {
  const entries = await readStore<{ event: string; detail: Record<string, unknown> }>(
    page,
    'txlog',
  );
  return entries.filter((entry) => entry.event === 'Export');
}

const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export podacího deníku' });

test('CSV export of the filtered journal: BOM, Czech header, one line per document, logged', async ({
  openApp,
}) => {
  const page = await openJournal(openApp);
  const docs = await storedDocuments(page);
  const year = Math.max(...docs.map((doc) => doc.year));
  const inYear = docs.filter((doc) => doc.year === year);
  await filters(page).getByLabel('Rok').selectOption(String(year));
  await expect(count(page)).toHaveText(foundText(inYear.length));

  await page.getByRole('button', { name: 'Exportovat…' }).click();
  const dialog = exportDialog(page);
  await expect(dialog.getByLabel(/Zobrazený výběr/)).toBeChecked();
  await expect(dialog).toContainText(`Použité filtry: rok ${year}`);
  expect(await seriousViolations(page)).toEqual([]);

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Stáhnout CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`podaci-denik-${year}.csv`);
  await expect(dialog).toBeHidden();

  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  expect(lines[0]).toBe(
    'Č. j.;PID;Datum;Směr;Způsob doručení;Odesílatel / adresát;Věc;Č. j. odesílatele;Ze dne;Listy;Přílohy;Druh příloh;Popis příloh;Spis. znak;Skartační režim;Zpracovatel;Stav;Zaevidováno',
  );
  // Subjects have no line breaks, so each document is one line.
  expect(lines).toHaveLength(inYear.length + 1);
  const newest = [...inYear].sort((a, b) => b.journalOrder - a.journalOrder)[0]!;
  expect(lines[1]!.startsWith(`${newest.referenceNumber};${newest.pid};`)).toBe(true);
  expect(text).toContain(newest.subject.includes(';') ? `"${newest.subject}"` : newest.subject);

  await expect(page.getByText(/Export CSV uložen/)).toBeVisible();
  const log = await exportLog(page);
  expect(log).toHaveLength(1);
  expect(log[0]!.detail).toMatchObject({
    format: 'csv',
    rows: inYear.length,
    period: `rok ${year}`,
    filter: `rok ${year}`,
  });
});

test('PDF export of a period: a valid PDF with the title and the reference numbers', async ({
  openApp,
}) => {
  requireTool('qpdf', 'qpdf');
  requireTool('pdftotext', 'poppler-utils');
  const page = await openJournal(openApp);
  const docs = await storedDocuments(page);
  const officeDate = (iso: string) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Prague',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date(iso));
  const first = docs[0]!;
  const from = officeDate(first.documentDate);
  const to = officeDate(docs[40]!.documentDate);

  await page.getByRole('button', { name: 'Exportovat…' }).click();
  const dialog = exportDialog(page);
  await dialog.getByLabel('Všechny dokumenty za období').check();
  // Without the period the export says what is missing.
  await dialog.getByRole('button', { name: 'Vytvořit PDF k tisku' }).click();
  await expect(dialog.getByText('Vyplňte začátek i konec období.')).toBeVisible();
  await dialog.getByLabel(/^Od( \*)?$/).fill(from);
  await dialog.getByLabel(/^Do( \*)?$/).fill(to);
  expect(await seriousViolations(page)).toEqual([]);

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Vytvořit PDF k tisku' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^podaci-denik-.*\.pdf$/);
  const path = await file.path();
  execFileSync('qpdf', ['--check', path], { stdio: 'pipe' });
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Podací deník');
  expect(text).toContain('Obec Horní Lhota');
  expect(text).toContain(first.referenceNumber);

  const log = await exportLog(page);
  expect(log).toHaveLength(1);
  const czech = (date: string) => date.split('-').map(Number).reverse().join('. ');
  const period = `${czech(from)} – ${czech(to)}`;
  expect(log[0]!.detail).toMatchObject({ format: 'pdf', period, filter: period });
  const lower = officeDayStart(from).toISOString();
  const upper = officeDayEnd(to).toISOString();
  const inPeriod = docs.filter((doc) => doc.documentDate >= lower && doc.documentDate <= upper);
  expect(log[0]!.detail.rows).toBe(inPeriod.length);
});
