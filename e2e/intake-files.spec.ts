import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Page } from '@playwright/test';
import { readStore } from './indexedDb';
import { join } from 'node:path';
import {
  bigPdf,
  chooseFiles,
  confirmation,
  dbSnapshot,
  expect,
  fillIncoming,
  openIntake,
  saveAndRead,
  scanPdf,
  test,
} from './intakeSupport';

const refusals = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'Tyto soubory nebyly připojeny' });
const attached = (page: Page) => page.getByRole('list', { name: 'Připojené soubory' });

test('bad files are refused at once with the reason; hostile names are made safe and said so', async ({
  openApp,
}) => {
  const page = await openIntake(openApp);
  const before = await dbSnapshot(page);
  const pdf = await scanPdf();
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-intake-files-'));
  try {
    // Over the limit: Playwright passes big files by path, as a clerk's file dialog would.
    const huge = join(dir, 'velky-sken.pdf');
    await writeFile(huge, await bigPdf(60 * 1024 * 1024));
    await chooseFiles(page, [huge]);
    await expect(refusals(page)).toContainText(
      'Soubor „velky-sken.pdf“ má 60 MB; největší povolená velikost souboru je 50 MB.',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  await chooseFiles(page, [
    { name: 'prazdny.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
    {
      name: 'faktura.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([
        Buffer.from('MZ'),
        Buffer.alloc(510, 0x90),
        Buffer.from('This program cannot be run in DOS mode'),
      ]),
    },
    {
      name: 'poznamky.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('jen text'),
    },
    { name: '../../evil.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: 'CON.pdf', mimeType: 'application/pdf', buffer: pdf },
  ]);
  await expect(refusals(page)).toContainText(
    'Soubor „prazdny.pdf“ je prázdný (0 bajtů) — nelze ho připojit.',
  );
  await expect(refusals(page)).toContainText(
    'Soubor „faktura.pdf“ se vydává za PDF, ale jeho obsah je spustitelný program (Windows EXE). Nebyl připojen.',
  );
  await expect(refusals(page)).toContainText(
    'Soubor „poznamky.docx“ má nepodporovaný formát. Připojit lze PDF, JPEG, PNG a TIFF.',
  );
  const list = attached(page);
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText(
    'Název souboru byl upraven z bezpečnostních důvodů: „../../evil.pdf“ → „evil.pdf“.',
  );
  await expect(list).toContainText(
    'Název souboru byl upraven z bezpečnostních důvodů: „CON.pdf“ → „_CON.pdf“.',
  );
  expect(await dbSnapshot(page)).toEqual(before);

  await page.getByRole('button', { name: 'Skrýt upozornění' }).click();
  await expect(refusals(page)).toBeHidden();

  await fillIncoming(page);
  await saveAndRead(page);
  await expect(confirmation(page)).toContainText('„../../evil.pdf“ → „evil.pdf“');
  const after = await dbSnapshot(page);
  expect(after.documents).toBe(before.documents + 1);
  expect(after.components).toBe(before.components + 2);
  const pid = (await page.getByTestId('saved-pid').textContent()) ?? '';
  const components = await readStore<{ name: string; originalName: string }>(page, 'components', {
    index: 'pid',
    key: pid,
  });
  const names = components.map((row) => `${row.originalName} → ${row.name}`).sort();
  expect(names).toEqual(['../../evil.pdf → evil.pdf', 'CON.pdf → _CON.pdf']);
});

test('files dropped on the drop zone are checked the same way; a file can be removed again', async ({
  openApp,
}) => {
  const page = await openIntake(openApp);
  const png = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 40;
    canvas.height = 20;
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return [...new Uint8Array(await blob!.arrayBuffer())];
  });
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'obalka.png', { type: 'image/png' }));
    transfer.items.add(new File([], 'prazdna.png', { type: 'image/png' }));
    return transfer;
  }, png);
  await page.getByTestId('scan-drop').dispatchEvent('drop', { dataTransfer });
  await expect(attached(page).getByText('obalka.png')).toBeVisible();
  await expect(refusals(page)).toContainText('Soubor „prazdna.png“ je prázdný (0 bajtů)');
  await attached(page).getByRole('button', { name: 'Náhled souboru obalka.png' }).click();
  await expect(attached(page).getByRole('img', { name: 'obalka.png' })).toBeVisible();
  await attached(page).getByRole('button', { name: 'Odebrat soubor obalka.png' }).click();
  await expect(attached(page)).toBeHidden();
  await expect(page.getByText('Zatím není připojen žádný soubor.')).toBeVisible();
});
