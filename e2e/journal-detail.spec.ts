import { readFile } from 'node:fs/promises';
import { seriousViolations } from './axe';
import { craftedTiff } from '../main/services/conversion/scans/testScans';
import { twoPageTiff } from './conversionSupport';
import { chooseFiles, fillIncoming, saveAndRead, scanPdf } from './intakeSupport';
import {
  count,
  dataRows,
  detail,
  expect,
  grid,
  openJournal,
  searchBox,
  storedDocuments,
  test,
  type StoredDocument,
} from './journalSupport';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

async function openDetailOf(page: Page, doc: StoredDocument): Promise<void> {
  await searchBox(page).fill(doc.pid);
  await expect(dataRows(page)).toHaveCount(1);
  await dataRows(page).first().dblclick();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(doc.referenceNumber);
}

const logEntries = (page: Page) =>
  detail(page).getByRole('list', { name: 'Transakční protokol' }).getByRole('listitem');

const field = (page: Page, label: string) =>
  detail(page)
    .locator('.journal-fields__row')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('dd');

test('the detail shows the fields and the transaction log of a seeded document', async ({
  openApp,
}) => {
  const page = await openJournal(openApp);
  const docs = await storedDocuments(page);
  // A document nobody has worked on yet: its log holds only its registration.
  const doc = docs.find((item) => item.direction === 'incoming' && item.state === 'registered')!;
  await openDetailOf(page, doc);

  await expect(field(page, 'PID')).toHaveText(doc.pid);
  await expect(field(page, 'Číslo jednací')).toHaveText(doc.referenceNumber);
  await expect(field(page, 'Směr')).toHaveText('Doručený');
  await expect(field(page, 'Odesílatel')).toContainText(doc.counterparty);
  await expect(field(page, 'Věc')).toHaveText(doc.subject);
  await expect(field(page, 'Zpracovatel')).toHaveText(doc.handler);
  await expect(field(page, 'Skartační režim')).toHaveText(/^[AS]\/\d+ — (archiv|skartace)$/);
  await expect(field(page, 'Doručeno')).toHaveText(
    /^\d{1,2}\. \d{1,2}\. \d{4} \d{1,2}:\d{2}:\d{2}$/,
  );
  await expect(detail(page).getByText('Dokument nemá žádné soubory.')).toBeVisible();

  const log = logEntries(page);
  await expect(log).toHaveCount(1);
  const entry = log.first();
  await expect(entry).toContainText('Založení');
  await expect(entry).toContainText(`č. j.: ${doc.referenceNumber}`);
  await expect(entry).toContainText(/Provedl\(a\): \S+/);
  await expect(entry).toContainText('převzato z ukázkových dat');

  expect(await seriousViolations(page)).toEqual([]);
  await detail(page).getByRole('button', { name: 'Zavřít detail' }).click();
  await expect(detail(page)).toBeHidden();
});

test('a letter registered with a scan is at the top at once, with its file, preview and log', async ({
  openApp,
}) => {
  const page = await openJournal(openApp);
  await page.getByRole('navigation').getByRole('link', { name: 'Podatelna' }).click();
  await fillIncoming(page, {
    sender: 'Božena Čermáková',
    subject: 'Žádost o kácení lípy u hřbitova',
  });
  await chooseFiles(page, [
    {
      name: 'sken-žádosti.pdf',
      mimeType: 'application/pdf',
      buffer: await scanPdf('Zadost o kaceni'),
    },
  ]);
  const reference = await saveAndRead(page);

  await page.getByRole('navigation').getByRole('link', { name: 'Podací deník' }).click();
  await expect(dataRows(page).first()).toContainText(reference);
  await expect(dataRows(page).first()).toContainText('Božena Čermáková');
  await expect(count(page)).toHaveText('Celkem 301 dokumentů');

  await dataRows(page).first().click();
  await page.keyboard.press('Enter');
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(reference);
  const files = detail(page).getByRole('region', { name: 'Soubory' });
  await expect(
    files.getByText('sken-zadosti.pdf').or(files.getByText('sken-žádosti.pdf')),
  ).toBeVisible();
  await expect(files.getByRole('img', { name: /Strana 1 z 1/ })).toBeVisible();

  const download = page.waitForEvent('download');
  await files.getByRole('button', { name: /^Uložit soubor/ }).click();
  const saved = await (await download).path();
  expect((await readFile(saved)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const log = logEntries(page);
  await expect(log).toHaveCount(2);
  await expect(log.nth(0)).toContainText('Založení');
  await expect(log.nth(0)).toContainText(`č. j.: ${reference}`);
  await expect(log.nth(1)).toContainText('Založení (soubor)');
  await expect(log.nth(1)).toContainText('název: sken-');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a scanned image is previewed in the detail as the image itself', async ({ openApp }) => {
  const page = await openJournal(openApp);
  await page.getByRole('navigation').getByRole('link', { name: 'Podatelna' }).click();
  await fillIncoming(page, { sender: 'Karel Dvořák', subject: 'Fotografie poškozené lavičky' });
  const image = new PNG({ width: 40, height: 20 });
  image.data.fill(0x80);
  await chooseFiles(page, [
    { name: 'lavicka.png', mimeType: 'image/png', buffer: PNG.sync.write(image) },
  ]);
  const reference = await saveAndRead(page);

  await page.getByRole('navigation').getByRole('link', { name: 'Podací deník' }).click();
  await expect(dataRows(page).first()).toContainText(reference);
  await dataRows(page).first().dblclick();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(reference);
  const preview = detail(page)
    .getByRole('region', { name: 'Soubory' })
    .getByRole('group', { name: /lavicka\.png/ })
    .getByRole('img', { name: 'lavicka.png' });
  await expect(preview).toBeVisible();
  // Drawn from the stored Blob: the browser decoded the image at its own size.
  await expect
    .poll(() => preview.evaluate((element: HTMLImageElement) => element.naturalWidth))
    .toBe(40);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a TIFF scan is previewed: its first page drawn by main, the pages counted', async ({
  openApp,
}) => {
  const page = await openJournal(openApp);
  await page.getByRole('navigation').getByRole('link', { name: 'Podatelna' }).click();
  await fillIncoming(page, { sender: 'Jana Malá', subject: 'Plánek pozemku ke stavebnímu řízení' });
  // Attached first (though its name sorts after), so the detail opens it; the second is
  // cut off in its image data.
  await chooseFiles(page, [
    { name: 'situace.tif', mimeType: 'image/tiff', buffer: await twoPageTiff() },
    {
      name: 'orez.tif',
      mimeType: 'image/tiff',
      buffer: Buffer.from(
        craftedTiff([
          { width: 100, height: 100, strip: new Uint8Array(50), claimedStripBytes: 10_000 },
        ]),
      ),
    },
  ]);
  const reference = await saveAndRead(page);

  await page.getByRole('navigation').getByRole('link', { name: 'Podací deník' }).click();
  await expect(dataRows(page).first()).toContainText(reference);
  await dataRows(page).first().dblclick();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(reference);
  const files = detail(page).getByRole('region', { name: 'Soubory' });
  await expect(files.locator('.journal-file__name')).toHaveText(['situace.tif', 'orez.tif']);
  const group = files.getByRole('group', { name: /situace\.tif/ });
  const preview = group.getByRole('img', { name: 'situace.tif' });
  await expect(preview).toBeVisible();
  // Chromium decodes no TIFF: what it drew is main's PNG of page 1 (A4 at 150 dpi, 1600 px high).
  await expect
    .poll(() =>
      preview.evaluate((element: HTMLImageElement) => [
        element.naturalWidth,
        element.naturalHeight,
        element.src.startsWith('blob:'),
      ]),
    )
    .toEqual([1131, 1600, true]);
  await expect(group.getByText('Náhled: strana 1 z 2')).toBeVisible();

  await files
    .getByRole('listitem')
    .filter({ hasText: 'orez.tif' })
    .getByRole('button', { name: 'Zobrazit náhled' })
    .click();
  await expect(
    files
      .getByRole('group', { name: /orez\.tif/ })
      .getByText(/^Obrázek TIFF nelze přečíst — je poškozený, neúplný/),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('storno asks for the reason, strikes the row through and logs it; the number stays', async ({
  openApp,
}) => {
  const page = await openJournal(openApp);
  const docs = await storedDocuments(page);
  const doc = [...docs].reverse().find((item) => item.state === 'registered')!;
  await openDetailOf(page, doc);

  await detail(page).getByRole('button', { name: 'Stornovat' }).click();
  const dialog = page.getByRole('dialog', { name: `Stornovat dokument ${doc.referenceNumber}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Důvod storna')).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);

  await dialog.getByRole('button', { name: 'Stornovat dokument' }).click();
  await expect(dialog.getByText('Uveďte důvod storna.')).toBeVisible();
  await expect(dialog.getByLabel('Důvod storna')).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByLabel('Důvod storna').fill('Zapsáno dvakrát <b>omylem</b>');
  await dialog.getByRole('button', { name: 'Stornovat dokument' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Dokument ${doc.referenceNumber} byl stornován.`)).toBeVisible();

  const row = dataRows(page).first();
  await expect(row.locator('.journal-cell--state')).toHaveText('Stornován');
  await expect(row).toHaveClass(/journal-row--cancelled/);
  await expect(row.locator('.journal-cell--subject')).toHaveCSS(
    'text-decoration-line',
    'line-through',
  );
  await expect(detail(page).getByText('Dokument je stornován.', { exact: false })).toBeVisible();
  await expect(detail(page).getByRole('button', { name: 'Stornovat' })).toHaveCount(0);
  const storno = logEntries(page).last();
  await expect(storno).toContainText('Storno');
  await expect(storno).toContainText('důvod: Zapsáno dvakrát <b>omylem</b>');

  // IndexedDB keeps it: after a reload the row is still cancelled and the number still there.
  await page.reload();
  await searchBox(page).fill(doc.pid);
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toContainText(doc.referenceNumber);
  await expect(dataRows(page).first().locator('.journal-cell--state')).toHaveText('Stornován');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '2');
});

test('the intake stamp is printed again from the detail: preview and PDF', async ({ openApp }) => {
  const page = await openJournal(openApp);
  const docs = await storedDocuments(page);
  const doc = docs.find((item) => item.direction === 'incoming')!;
  await openDetailOf(page, doc);
  await detail(page).getByRole('button', { name: 'Podací razítko' }).click();
  const dialog = page.getByRole('dialog', { name: `Podací razítko — ${doc.referenceNumber}` });
  await expect(
    dialog.getByRole('img', { name: `Strana 1 z 1 — Podací razítko ${doc.referenceNumber}` }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Uložit PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^podaci-razitko-.*\.pdf$/);
  expect((await readFile(await file.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Escape in the dialog closed only the dialog.
  await expect(detail(page)).toBeVisible();
});
