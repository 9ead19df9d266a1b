import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { readStore } from './indexedDb';
import {
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

interface OutboxRow {
  kind: string;
  entityId: string;
  payload: { pid: string; fields: string[] };
}

const updatesOf = async (page: Page, pid: string) =>
  (await readStore<OutboxRow>(page, 'outbox')).filter(
    (entry) => entry.kind === 'document.update' && entry.entityId === pid,
  );

const field = (page: Page, label: string) =>
  detail(page)
    .locator('.journal-fields__row')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('dd');

const logEntries = (page: Page) =>
  detail(page).getByRole('list', { name: 'Transakční protokol' }).getByRole('listitem');

/** Presses Tab until `target` has the focus, as a keyboard user walks a form. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let step = 0; step < limit; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${limit} steps`);
}

/** The journal narrowed to one document by its PID and its detail open. */
async function openDetailOf(page: Page, doc: StoredDocument): Promise<void> {
  await searchBox(page).fill(doc.pid);
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toHaveAttribute('data-pid', doc.pid);
  await dataRows(page).first().dblclick();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(doc.referenceNumber);
}

/** The same from the keyboard alone. */
async function openDetailByKeyboard(page: Page, doc: StoredDocument): Promise<void> {
  await page.keyboard.press('Control+f');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type(doc.pid);
  await expect(dataRows(page)).toHaveCount(1);
  await tabTo(page, grid(page));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(doc.referenceNumber);
}

test('a document is edited from the journal detail with the keyboard alone', async ({
  openApp,
}) => {
  const page = await openJournal(openApp);
  const docs = await storedDocuments(page);
  const doc = docs.find((item) => item.direction === 'incoming' && item.state === 'registered')!;
  await openDetailByKeyboard(page, doc);

  const edit = detail(page).getByRole('button', { name: 'Upravit' });
  await tabTo(page, edit);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Upravit dokument ${doc.referenceNumber}` });
  await expect(dialog).toBeVisible();
  const subject = dialog.getByLabel('Věc');
  await expect(subject).toBeFocused();
  await expect(subject).toHaveValue(doc.subject);
  expect(await seriousViolations(page)).toEqual([]);

  const newSubject = 'Žádost o prodloužení lhůty k vyjádření (opraveno)';
  await page.keyboard.press('Control+a');
  await page.keyboard.type(newSubject);
  await tabTo(page, dialog.getByLabel('Počet listů'));
  await page.keyboard.press('Control+a');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `Dokument ${doc.referenceNumber} byl upraven.` }),
  ).toBeVisible();
  // The focus is back where the clerk was: on "Upravit".
  await expect(edit).toBeFocused();
  await expect(field(page, 'Věc')).toHaveText(newSubject);
  await expect(field(page, 'Počet listů')).toHaveText('5');
  await expect(dataRows(page).first().locator('.journal-cell--subject')).toHaveText(newSubject);
  await expect(logEntries(page).last()).toContainText('Úprava');
  await expect(logEntries(page).last()).toContainText('změněno: věc, počet listů');

  const [stored] = await readStore<StoredDocument & { sheets: number }>(page, 'documents', {
    key: doc.pid,
  });
  expect(stored).toMatchObject({ subject: newSubject, sheets: 5 });

  // Found by its new words: the search index followed the edit.
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('prodlouzeni lhuty opraveno');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toHaveAttribute('data-pid', doc.pid);
});

test('bad input in the edit dialog gets Czech messages at its fields and nothing is saved', async ({
  openApp,
}) => {
  const page = await openJournal(openApp);
  const docs = await storedDocuments(page);
  const doc = docs.find((item) => item.direction === 'incoming' && item.state === 'registered')!;
  await openDetailOf(page, doc);
  const logCount = await logEntries(page).count();
  const txlogBefore = (await readStore(page, 'txlog')).length;

  await detail(page).getByRole('button', { name: 'Upravit' }).click();
  const dialog = page.getByRole('dialog', { name: `Upravit dokument ${doc.referenceNumber}` });
  await dialog.getByLabel('Věc').fill('   ');
  await dialog.getByLabel('Počet listů').fill('-1');
  await dialog.getByLabel('Počet příloh').fill('1,5');
  await dialog.locator('[data-field="sender.name"]').fill('');
  await dialog.getByRole('button', { name: 'Uložit změny' }).click();

  await expect(dialog.getByText('Věc je povinná.')).toBeVisible();
  await expect(dialog.getByLabel('Věc')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Počet listů nesmí být záporný.')).toBeVisible();
  await expect(dialog.getByText('Počet příloh musí být celé číslo.')).toBeVisible();
  await expect(dialog.getByText('Vyplňte jméno nebo název.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // A subject over the limit says how long it is.
  await dialog.getByLabel('Věc').fill('x'.repeat(256));
  await dialog.getByLabel('Počet listů').fill('2');
  await dialog.getByLabel('Počet příloh').fill('0');
  await dialog.locator('[data-field="sender.name"]').fill('Jan Novák');
  await dialog.getByRole('button', { name: 'Uložit změny' }).click();
  await expect(dialog.getByText('Věc může mít nejvýše 255 znaků (zadáno 256).')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(field(page, 'Věc')).toHaveText(doc.subject);
  await expect(logEntries(page)).toHaveCount(logCount);
  const [stored] = await readStore<StoredDocument>(page, 'documents', { key: doc.pid });
  expect(stored?.subject).toBe(doc.subject);
  expect(await updatesOf(page, doc.pid)).toEqual([]);
  expect((await readStore(page, 'txlog')).length).toBe(txlogBefore);
});

test('a cancelled document cannot be edited, and the detail says why', async ({ openApp }) => {
  const page = await openJournal(openApp);
  const doc = (await storedDocuments(page)).find((item) => item.state === 'registered')!;
  await openDetailOf(page, doc);
  const edit = detail(page).getByRole('button', { name: 'Upravit' });
  await expect(edit).not.toHaveAttribute('aria-disabled', 'true');

  await detail(page).getByRole('button', { name: 'Stornovat' }).click();
  const storno = page.getByRole('dialog', { name: `Stornovat dokument ${doc.referenceNumber}` });
  await storno.getByLabel('Důvod storna').fill('Zapsáno dvakrát');
  await storno.getByRole('button', { name: 'Stornovat dokument' }).click();
  await expect(storno).toBeHidden();

  await expect(edit).toHaveAttribute('aria-disabled', 'true');
  await expect(edit).toHaveAccessibleDescription(
    'Upravit lze jen dokument ve stavu zaevidován, v řešení nebo vyřízen — ne stornovaný, uzavřený ani předaný do spisovny.',
  );
  // Still in the tab order, so a keyboard user hears why; Enter opens nothing.
  await edit.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});
