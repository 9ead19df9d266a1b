import type { Page } from '@playwright/test';
import { readStore } from './indexedDb';
import {
  confirmation,
  dbSnapshot,
  expect,
  field,
  fillIncoming,
  officeDateTimeLocal,
  openIntake,
  saveButton,
  summary,
  test,
  type DbSnapshot,
} from './intakeSupport';

/** Saves, expects the refusal with `message` at the field and in the summary, and nothing written. */
async function expectRefused(
  page: Page,
  before: DbSnapshot,
  label: string,
  message: string,
): Promise<void> {
  await saveButton(page).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('link', { name: `${label}: ${message}` })).toBeVisible();
  await expect(field(page, label)).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, label)).toHaveAccessibleDescription(
    new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await expect(confirmation(page)).toBeHidden();
  expect(await dbSnapshot(page)).toEqual(before);
  await expect(page.getByTestId('outbox')).toHaveText('Vše odesláno');
}

test('every bad value gets its Czech message at its field and nothing is saved', async ({
  openApp,
}) => {
  const page = await openIntake(openApp);
  const before = await dbSnapshot(page);
  await fillIncoming(page);

  await field(page, 'Věc').fill('');
  await expectRefused(page, before, 'Věc', 'Věc je povinná.');
  // The summary's link takes the clerk to the field.
  await summary(page)
    .getByRole('link', { name: /Věc je povinná/ })
    .click();
  await expect(field(page, 'Věc')).toBeFocused();

  await field(page, 'Věc').fill('x'.repeat(256));
  await expect(page.getByText('256 z 255 znaků — o 1 víc, než je povoleno')).toBeVisible();
  await expectRefused(page, before, 'Věc', 'Věc může mít nejvýše 255 znaků (zadáno 256).');
  await field(page, 'Věc').fill('x'.repeat(255));
  await expect(page.getByText('255 z 255 znaků')).toBeVisible();
  await expect(summary(page)).toBeHidden();

  await field(page, 'Doručeno (datum a čas)').fill(officeDateTimeLocal(60 * 60 * 1000));
  await expectRefused(
    page,
    before,
    'Doručeno (datum a čas)',
    'Datum a čas doručení nesmí být v budoucnosti.',
  );
  await page.getByRole('button', { name: 'Nastavit čas doručení na tuto chvíli' }).click();

  await field(page, 'Počet listů').fill('-1');
  await expectRefused(page, before, 'Počet listů', 'Počet listů nesmí být záporný.');
  await field(page, 'Počet listů').fill('dva');
  await expectRefused(page, before, 'Počet listů', 'Počet listů musí být číslo.');
  await field(page, 'Počet listů').fill('1.5');
  await expectRefused(page, before, 'Počet listů', 'Počet listů musí být celé číslo.');
  await field(page, 'Počet listů').fill('0');
  await field(page, 'Počet příloh').fill('2');
  await expectRefused(
    page,
    before,
    'Počet listů',
    'Dokument s přílohami musí mít alespoň jeden list.',
  );
  await field(page, 'Počet listů').fill('2');

  await field(page, 'ID datové schránky').fill('abc123');
  await expectRefused(
    page,
    before,
    'ID datové schránky',
    'ID datové schránky má přesně 7 znaků (písmena a číslice); zadáno 6.',
  );

  // Fixed, it saves.
  await field(page, 'ID datové schránky').fill('abc1234');
  await saveButton(page).click();
  await expect(confirmation(page)).toBeVisible();
  expect((await dbSnapshot(page)).documents).toBe(before.documents + 1);
});

test('HTML and script typed into text fields are stored and shown as text, never run', async ({
  openApp,
}) => {
  const page = await openIntake(openApp);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const subject = '<script>alert(1)</script> <b>tučně</b>';
  const sender = '<b>tučně</b><img src=x onerror=alert(2)>';
  await fillIncoming(page, { sender, subject });
  await field(page, 'Ulice a číslo domu').fill('<iframe src="javascript:alert(3)"></iframe>');
  await field(page, 'Č. j. odesílatele').fill('<svg onload=alert(4)>');
  await field(page, 'Poznámka').fill('"><script>alert(5)</script>');
  await saveButton(page).click();
  await expect(confirmation(page)).toBeVisible();

  await expect(page.getByTestId('saved-subject')).toHaveText(subject);
  await expect(page.getByTestId('saved-counterparty')).toHaveText(sender);
  const panel = confirmation(page);
  expect(await panel.locator('script, b, img, iframe, svg').count()).toBe(0);
  const pid = (await page.getByTestId('saved-pid').textContent()) ?? '';
  const [stored] = await readStore<{ subject: string; sender: { name: string }; note: string }>(
    page,
    'documents',
    { key: pid },
  );
  if (!stored) throw new Error(`document ${pid} not stored`);
  expect(stored.subject).toBe(subject);
  expect(stored.sender.name).toBe(sender);
  expect(stored.note).toBe('"><script>alert(5)</script>');

  // The journal's row and the detail pane show the same texts as text too.
  const injected = 'script, b, img, iframe, svg';
  await page.getByRole('button', { name: 'Zobrazit v podacím deníku' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Podací deník' })).toBeVisible();
  const row = page.getByRole('grid').locator(`[role="row"][data-pid="${pid}"]`);
  await expect(row).toContainText(subject);
  await expect(row).toContainText(sender);
  expect(await page.getByRole('grid').locator(injected).count()).toBe(0);
  await row.dblclick();
  const detail = page.getByRole('complementary');
  const detailField = (label: string) =>
    detail
      .locator('.journal-fields__row')
      .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
      .locator('dd');
  await expect(detailField('Věc')).toHaveText(subject);
  await expect(detailField('Odesílatel')).toContainText(sender);
  await expect(detailField('Odesílatel')).toContainText(
    '<iframe src="javascript:alert(3)"></iframe>',
  );
  await expect(detailField('Č. j. odesílatele')).toContainText('<svg onload=alert(4)>');
  await expect(detailField('Poznámka')).toHaveText('"><script>alert(5)</script>');
  expect(await detail.locator(injected).count()).toBe(0);

  // Give any injected handler the chance to fire before checking that none did.
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});
