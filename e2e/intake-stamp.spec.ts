import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { seriousViolations } from './axe';
import {
  chooseFiles,
  expect,
  fillIncoming,
  openIntake,
  saveAndRead,
  scanPdf,
  test,
} from './intakeSupport';

const run = promisify(execFile);

/** Runs a PDF tool, or fails naming the Debian package that brings it. */
async function tool(command: string, debianPackage: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(command, args);
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${command} není nainstalován — apt-get install -y ${debianPackage}`);
    }
    throw error;
  }
}

test('the intake stamp previews, saves as a valid PDF with the reference number, and prints alone', async ({
  openApp,
}) => {
  const page = await openIntake(openApp);
  await fillIncoming(page, { sender: 'Zdeňka Říhová', subject: 'Žádost o kácení dřevin' });
  await chooseFiles(page, [
    { name: 'zadost.pdf', mimeType: 'application/pdf', buffer: await scanPdf() },
  ]);
  const reference = await saveAndRead(page);

  await page.getByRole('button', { name: 'Vytisknout podací razítko' }).click();
  const dialog = page.getByRole('dialog', { name: `Podací razítko — ${reference}` });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByRole('img', { name: new RegExp(`Podací razítko ${reference}`) }),
  ).toBeVisible();
  await expect(dialog.getByText(/Rozměr štítku \d+ × \d+ mm/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Printing shows the stamp alone, at its size in millimetres.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const sheet = document.querySelector<HTMLElement>('.stamp-print');
    const root = document.getElementById('root');
    const canvas = sheet?.querySelector('canvas');
    return {
      sheet: sheet ? getComputedStyle(sheet).display : 'missing',
      app: root ? getComputedStyle(root).display : 'missing',
      width: canvas?.style.width ?? '',
    };
  });
  await page.emulateMedia({ media: 'screen' });
  expect(printed.sheet).toBe('block');
  expect(printed.app).toBe('none');
  expect(printed.width).toMatch(/^\d+(\.\d+)?mm$/);

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Uložit PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByText('Podací razítko bylo uloženo.')).toBeVisible();
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-stamp-'));
  try {
    const path = join(dir, 'razitko.pdf');
    await file.saveAs(path);
    await tool('qpdf', 'qpdf', ['--check', path]);
    const text = await tool('pdftotext', 'poppler-utils', ['-enc', 'UTF-8', path, '-']);
    expect(text.replace(/\s+/g, ' ')).toContain(reference);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.stamp-print')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Vytisknout podací razítko' })).toBeVisible();
});
