import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { E2E_DEMO_DOCUMENTS, expect, test } from './fixtures';
import { readStore } from './indexedDb';
import { storedDocuments, type StoredDocument } from './journalSupport';
import { refusedEntry, writeRows } from './syncSupport';

interface StoredOutboxEntry {
  id: string;
  state?: string;
}

interface StoredConflict {
  id: string;
  state: string;
  resolution: string | null;
}

interface StoredRecord {
  pid: string;
  subject: string;
  note: string | null;
}

const indicator = (page: Page): Locator => page.getByTestId('sync-status');
const screenHeading = (page: Page): Locator =>
  page.getByRole('heading', { level: 1, name: 'Synchronizace s eSSL' });
const failedSection = (page: Page): Locator =>
  page.getByRole('region', { name: 'Neodeslané změny, které eSSL odmítla' });
const conflictSection = (page: Page): Locator => page.getByRole('region', { name: 'Konflikty' });
const logSection = (page: Page): Locator =>
  page.getByRole('region', { name: 'Protokol synchronizace' });

/** The demo municipality, with its journal stored, and two documents still being worked on. */
async function openDemo(openApp: (hash?: string) => Promise<Page>) {
  const page = await openApp('#/journal');
  await expect
    .poll(async () => (await storedDocuments(page)).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(E2E_DEMO_DOCUMENTS);
  const open = (await storedDocuments(page)).filter((doc) =>
    ['registered', 'inProgress'].includes(doc.state),
  );
  const [first, second] = open;
  if (!first || !second) throw new Error('the demo journal has no two open documents');
  return { page, first, second };
}

test('refused changes: opened from the status bar, sent again, opened for editing, discarded with a reason', async ({
  openApp,
}) => {
  const { page, first, second } = await openDemo(openApp);
  const updateRefusal = { message: 'Dokument je v eSSL uzavřen.', statusCode: '0403' };
  const settleRefusal = {
    message: 'Způsob vyřízení neodpovídá typu dokumentu.',
    statusCode: '0451',
  };
  await writeRows(page, [
    {
      store: 'outbox',
      rows: [
        refusedEntry('e2e-refused-update', 'document.update', first.pid, updateRefusal),
        refusedEntry('e2e-refused-settle', 'document.settle', second.pid, settleRefusal),
      ],
    },
  ]);

  await expect(indicator(page)).toContainText('2 změny selhaly');
  await indicator(page).click();
  await expect(screenHeading(page)).toBeVisible();
  await expect(page).toHaveURL(/#\/sync$/);

  const failed = failedSection(page);
  const updateItem = failed.getByRole('listitem').filter({ hasText: updateRefusal.message });
  const settleItem = failed.getByRole('listitem').filter({ hasText: settleRefusal.message });
  await expect(updateItem).toContainText('úprava dokumentu');
  await expect(updateItem).toContainText(`Záznam: ${first.referenceNumber}`);
  await expect(updateItem).toContainText('kód 0403');
  await expect(settleItem).toContainText('vyřízení dokumentu');
  await expect(settleItem).toContainText(second.referenceNumber);
  expect(await seriousViolations(page)).toEqual([]);

  // Upravit opens the record where it is edited; Alt+5 comes back.
  await settleItem.getByRole('button', { name: 'Upravit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Podací deník' })).toBeVisible();
  await expect(page.getByRole('complementary')).toContainText(second.referenceNumber);
  await page.keyboard.press('Alt+5');
  await expect(screenHeading(page)).toBeVisible();

  await updateItem.getByRole('button', { name: 'Zkusit znovu' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Změna „úprava dokumentu“ se odešle znovu.' }),
  ).toBeVisible();
  await expect(updateItem).toHaveCount(0);
  await expect(logSection(page).getByRole('table')).toContainText(
    'Změna „úprava dokumentu“ se odešle znovu.',
  );

  // Discarding asks for the reason first and says the change stays on this PC.
  await settleItem.getByRole('button', { name: 'Zahodit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Zahodit odmítnutou změnu' });
  await expect(dialog).toContainText('zůstane jen v tomto počítači');
  await expect(dialog).toContainText(second.referenceNumber);
  await dialog.getByRole('button', { name: 'Zahodit změnu' }).click();
  await expect(dialog.getByText('Uveďte, proč změnu zahazujete.')).toBeVisible();
  const reason = dialog.getByRole('textbox', { name: 'Důvod zahození' });
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  expect(
    (await readStore<StoredOutboxEntry>(page, 'outbox')).some(
      (entry) => entry.id === 'e2e-refused-settle',
    ),
  ).toBe(true);
  await reason.fill('Vyřízeno v eSSL přímo na úřadě ORP.');
  await dialog.getByRole('button', { name: 'Zahodit změnu' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Změna byla zahozena; zůstává jen v tomto počítači.' }),
  ).toBeVisible();
  await expect(settleItem).toHaveCount(0);
  await expect(failed.getByText('Žádnou změnu eSSL neodmítla.')).toBeVisible();
  expect(
    (await readStore<StoredOutboxEntry>(page, 'outbox')).some(
      (entry) => entry.id === 'e2e-refused-settle',
    ),
  ).toBe(false);
  await expect(logSection(page).getByRole('table')).toContainText(
    'Důvod: Vyřízeno v eSSL přímo na úřadě ORP.',
  );
  const txlog = await readStore<{ entityId: string; detail: Record<string, unknown> }>(
    page,
    'txlog',
    { key: second.pid, index: 'entityId' },
  );
  expect(txlog.some((entry) => entry.detail.syncDiscarded === 'document.settle')).toBe(true);
});

/** A conflict as a pull leaves it: the row holds the eSSL's values, my edit is held back. */
async function seedConflict(page: Page, doc: StoredDocument) {
  const [record] = await readStore<StoredRecord & Record<string, unknown>>(page, 'documents', {
    key: doc.pid,
  });
  if (!record) throw new Error(`document ${doc.pid} not stored`);
  const mine = { subject: 'Žádost o pokácení lípy u hřiště', note: 'Doplněno telefonicky' };
  const theirs = { subject: 'Žádost o kácení stromu', note: 'Upřesněno v eSSL' };
  const detectedAt = new Date().toISOString();
  await writeRows(page, [
    { store: 'documents', rows: [{ ...record, ...theirs }] },
    {
      store: 'outbox',
      rows: [
        {
          id: 'e2e-held-update',
          kind: 'document.update',
          entityId: doc.pid,
          payload: { pid: doc.pid, fields: ['subject', 'note'] },
          createdAt: detectedAt,
          attempts: 0,
          lastError: null,
          state: 'held',
        },
      ],
    },
    {
      store: 'conflicts',
      rows: [
        {
          id: 'e2e-conflict',
          entityType: 'document',
          entityId: doc.pid,
          label: doc.referenceNumber,
          fields: [
            { field: 'subject', base: record.subject, mine: mine.subject, theirs: theirs.subject },
            { field: 'note', base: record.note, mine: mine.note, theirs: theirs.note },
          ],
          heldEntryIds: ['e2e-held-update'],
          detectedAt,
          state: 'open',
          resolution: null,
          resolvedAt: null,
        },
      ],
    },
  ]);
  return { mine, theirs, base: record };
}

test('a conflict is resolved side by side from the keyboard: my subject, the eSSL’s note', async ({
  openApp,
}) => {
  const { page, first } = await openDemo(openApp);
  const { mine, theirs, base } = await seedConflict(page, first);

  await expect(indicator(page)).toContainText('1 konflikt');
  // Its name reads as words (the dots between the parts are hidden).
  await expect(indicator(page)).toHaveAccessibleName(/\S 1 konflikt\b/);
  // The indicator is reachable and works from the keyboard.
  await indicator(page).focus();
  await page.keyboard.press('Enter');
  await expect(screenHeading(page)).toBeVisible();

  const item = conflictSection(page)
    .getByRole('listitem')
    .filter({ hasText: first.referenceNumber });
  await expect(item).toContainText('liší se: Věc, Poznámka');
  await item
    .getByRole('button', {
      name: `Porovnat a vyřešit konflikt u dokumentu ${first.referenceNumber}`,
    })
    .click();
  const dialog = page.getByRole('dialog', {
    name: `Konflikt u dokumentu ${first.referenceNumber}`,
  });
  const table = dialog.getByRole('table', { name: 'Údaje změněné zde i v eSSL' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Údaj',
    'Původně',
    'Moje úprava',
    'Verze v eSSL',
    'Ponechat',
  ]);
  const subjectRow = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Věc' }) });
  await expect(subjectRow.getByRole('cell')).toHaveText([
    base.subject,
    mine.subject,
    theirs.subject,
    /Moje úprava\s*Verze v eSSL/,
  ]);
  expect(await seriousViolations(page)).toEqual([]);

  // Nothing is chosen for the clerk.
  await dialog.getByRole('button', { name: 'Uložit výběr' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'U každého údaje vyberte, kterou verzi ponechat (chybí: Věc, Poznámka).',
  );

  const subjectChoice = dialog.getByRole('radiogroup', { name: 'Věc' });
  const noteChoice = dialog.getByRole('radiogroup', { name: 'Poznámka' });
  await subjectChoice.getByRole('radio', { name: 'Moje úprava' }).focus();
  await page.keyboard.press('Space');
  await expect(subjectChoice.getByRole('radio', { name: 'Moje úprava' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(noteChoice.getByRole('radio', { name: 'Moje úprava' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(noteChoice.getByRole('radio', { name: 'Verze v eSSL' })).toBeChecked();
  await expect(noteChoice.getByRole('radio', { name: 'Verze v eSSL' })).toBeFocused();
  const save = dialog.getByRole('button', { name: 'Uložit výběr' });
  for (let step = 0; step < 6; step++) {
    if (await save.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(save).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({
      hasText: 'Výběr je uložen; vámi ponechané údaje se odešlou do eSSL.',
    }),
  ).toBeVisible();
  await expect(conflictSection(page).getByText('Žádné konflikty.')).toBeVisible();
  const [conflict] = await readStore<StoredConflict>(page, 'conflicts', { key: 'e2e-conflict' });
  expect(conflict).toMatchObject({ state: 'resolved', resolution: 'merged' });
  const [record] = await readStore<StoredRecord>(page, 'documents', { key: first.pid });
  expect(record).toMatchObject({ subject: mine.subject, note: theirs.note });
  expect(
    (await readStore<StoredOutboxEntry>(page, 'outbox')).some(
      (entry) => entry.id === 'e2e-held-update',
    ),
  ).toBe(false);
  await expect(logSection(page).getByRole('table')).toContainText(
    `Konflikt u dokumentu ${first.referenceNumber} je vyřešen výběrem po údajích.`,
  );

  // The journal's row shows the kept subject (and the search finds it by it).
  await page.keyboard.press('Alt+2');
  await page.getByRole('searchbox', { name: 'Hledat v deníku' }).fill('pokácení lípy u hřiště');
  const row = page
    .getByRole('grid', { name: 'Dokumenty podacího deníku' })
    .locator(`[role="row"][data-pid="${first.pid}"]`);
  await expect(row).toContainText(mine.subject);
  await expect(row).toContainText(first.referenceNumber);
});
