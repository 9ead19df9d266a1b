import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import type { DocumentRecord } from '../common/domain/document';
import { searchWordsOf } from '../common/domain/documentRecord';
import { journalOrder } from '../common/domain/referenceNumber';
import { seriousViolations } from './axe';
import { putRows, readStore } from './indexedDb';
import { confirmation, fillIncoming, openIntake, saveButton } from './intakeSupport';
import { dataRows, detail, expect, openJournal, searchBox, test } from './journalSupport';

const run = promisify(execFile);

/** The eSSL cannot be reached: every essl.* call of the page fails as a dead line would. */
async function cutOffEssl(page: Page): Promise<void> {
  await page.route('**/api/essl.*', (route) => route.abort('internetdisconnected'));
}

const badgeTitle = (reference: string) =>
  `${reference} — prozatímní číslo. Číslo přidělí eSSL při synchronizaci.`;

test('a letter registered offline with no reserved number left gets a provisional number, marked everywhere', async ({
  page,
  openApp,
}) => {
  await cutOffEssl(page);
  const intake = await openIntake(openApp);
  // The device was connected once (numbers come from the eSSL) and has used up its block.
  await putRows(intake, 'syncMeta', [{ key: 'numberSource', value: 'essl' }]);
  expect(await readStore(intake, 'reservedNumbers')).toEqual([]);

  await fillIncoming(intake, { sender: 'Ludmila Vaňková', subject: 'Oznámení o konání akce' });
  await saveButton(intake).click();
  await expect(confirmation(intake)).toBeVisible();
  const reference = (await intake.getByTestId('saved-reference').textContent()) ?? '';
  expect(reference).toMatch(/^PROZATÍMNÍ 1\/\d{4}$/);
  await expect(confirmation(intake).getByTestId('provisional-badge')).toHaveAttribute(
    'title',
    badgeTitle(reference),
  );
  await expect(intake.getByTestId('saved-provisional')).toHaveText(
    'Číslo je prozatímní: počítač je offline a rezervovaná čísla došla. Na razítku bude označeno; po připojení ho eSSL nahradí.',
  );
  expect(await seriousViolations(intake)).toEqual([]);

  // The stamp prints the whole number and says it will be replaced.
  await intake.getByRole('button', { name: 'Vytisknout podací razítko' }).click();
  const stamp = intake.getByRole('dialog', { name: `Podací razítko — ${reference}` });
  await expect(
    stamp.getByRole('img', { name: new RegExp(`Podací razítko ${reference}`) }),
  ).toBeVisible();
  const download = intake.waitForEvent('download');
  await stamp.getByRole('button', { name: 'Uložit PDF' }).click();
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-provisional-'));
  try {
    const path = join(dir, 'razitko.pdf');
    await (await download).saveAs(path);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
    const text = stdout.replace(/\s+/g, ' ');
    expect(text).toContain(`Č. j.: ${reference}`);
    expect(text).toContain('Prozatímní číslo – bude nahrazeno');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await intake.keyboard.press('Escape');

  // In the journal: the badge in the row, the explanation in the detail.
  await intake.getByRole('button', { name: 'Zobrazit v podacím deníku' }).click();
  const row = dataRows(intake).filter({ has: intake.getByTestId('provisional-badge') });
  await expect(row).toHaveCount(1);
  await expect(row.locator('.journal-cell--referenceNumber')).toHaveText(
    `prozatímní ${reference.replace('PROZATÍMNÍ ', '')}`,
  );
  await expect(row.locator('.journal-cell--referenceNumber')).toHaveAttribute(
    'title',
    badgeTitle(reference),
  );
  await expect(row.getByTestId('provisional-badge')).toHaveCSS('text-transform', 'uppercase');
  await expect(detail(intake).getByTestId('detail-reference-number')).toHaveText(reference);
  await expect(detail(intake).getByTestId('number-note')).toHaveText(
    'Číslo přidělí eSSL při synchronizaci.',
  );
  expect(await seriousViolations(intake)).toEqual([]);
});

/** A stored document made into another one: its own PID and number, unknown to the eSSL. */
function variant(
  template: DocumentRecord,
  pid: string,
  sequence: number,
  changes: Partial<DocumentRecord>,
): DocumentRecord {
  const { words: _words, ...base } = {
    ...template,
    pid,
    sequence,
    journalOrder: journalOrder(template.year, sequence),
    referenceNumber: `OUHL ${sequence}/${template.year}`,
    caseFileId: null,
    caseFileOrder: null,
    settlement: null,
    settles: [],
    state: 'registered' as const,
    essl: null,
    numberHistory: [],
    ...changes,
  };
  return { ...base, words: searchWordsOf(base) };
}

test('a reserved number awaits the eSSL, a corrected one shows where it came from', async ({
  openApp,
}) => {
  const page = await openJournal(openApp);
  const rows = await readStore<DocumentRecord>(page, 'documents');
  const template = rows.reduce((a, b) => (b.journalOrder > a.journalOrder ? b : a));
  const year = template.year;
  const reserved = variant(template, 'OUHLE2ERES01', 9001, { numberStatus: 'reserved' });
  const corrected = variant(template, 'OUHLE2ECOR01', 9002, {
    numberStatus: 'corrected',
    numberHistory: [
      {
        from: `PROZATÍMNÍ 2/${year}`,
        to: `OUHL 9002/${year}`,
        at: `${year}-03-04T08:00:05.000Z`,
      },
    ],
  });
  await putRows(page, 'documents', [reserved, corrected]);
  await page.reload();

  await searchBox(page).fill(reserved.pid);
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toHaveAttribute('data-pid', reserved.pid);
  await expect(dataRows(page).getByTestId('provisional-badge')).toHaveCount(0);
  await dataRows(page).first().dblclick();
  await expect(detail(page).getByTestId('number-note')).toHaveText('čeká na potvrzení eSSL');

  await searchBox(page).fill(corrected.pid);
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toHaveAttribute('data-pid', corrected.pid);
  await dataRows(page).first().dblclick();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    corrected.referenceNumber,
  );
  await expect(detail(page).getByTestId('number-note')).toHaveText(
    `původně PROZATÍMNÍ 2/${year}, eSSL přidělila OUHL 9002/${year} dne 4. 3. ${year} 09:00:05`,
  );
  await expect(detail(page).getByTestId('provisional-badge')).toHaveCount(0);
});
