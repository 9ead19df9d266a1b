import type { Page } from '@playwright/test';
import {
  bigPdf,
  chooseFiles,
  confirmation,
  dbSnapshot,
  expect,
  field,
  fillIncoming,
  form,
  summary,
  saveButton,
  test,
} from './intakeSupport';

const HEADROOM = 1024 * 1024;

async function appReady(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Podatelna' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(form(page)).toBeVisible();
}

/**
 * Chromium caches how much room an origin's IndexedDB has left for a while, so a quota
 * lowered under a running app only bites much later. The quota is therefore set before
 * the app first opens its database: to what a freshly seeded demo database takes (measured
 * in another context) plus 1 MB — enough to work, not enough for a 5 MB scan.
 */
test('a full disk (IndexedDB quota) is reported in Czech, nothing is half-written, and the typed form stays', async ({
  openApp,
  browser,
  app,
}) => {
  const measuring = await openApp('#/intake');
  await appReady(measuring);
  const { usage = 0 } = await measuring.evaluate(() => navigator.storage.estimate());
  expect(usage).toBeGreaterThan(0);
  await measuring.context().close();

  const context = await browser.newContext({
    locale: 'cs-CZ',
    timezoneId: 'Europe/Prague',
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  try {
    await page.goto(`${app.url}/not-the-app`);
    const origin = new URL(page.url()).origin;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + HEADROOM });
    await page.goto(`${app.url}/#/intake`);
    await appReady(page);
    const before = await dbSnapshot(page);
    expect(before.documents).toBeGreaterThan(0);

    await fillIncoming(page, { subject: 'Stavební povolení — sken 5 MB' });
    await field(page, 'Počet listů').fill('12');
    await chooseFiles(page, [
      { name: 'povoleni.pdf', mimeType: 'application/pdf', buffer: await bigPdf(5 * 1024 * 1024) },
    ]);
    const files = page.getByRole('list', { name: 'Připojené soubory' });
    await expect(files.getByText('povoleni.pdf')).toBeVisible();
    await saveButton(page).click();

    const message =
      'Databáze v tomto počítači je plná — na disku není dost místa. Dokument nebyl uložen (nic se nezapsalo napůl).';
    await expect(summary(page)).toContainText(message);
    await expect(summary(page)).toBeFocused();
    await expect(page.locator('.notices').getByRole('alert')).toContainText(message);
    await expect(confirmation(page)).toBeHidden();
    await expect(field(page, 'Věc')).toHaveValue('Stavební povolení — sken 5 MB');
    await expect(field(page, 'Počet listů')).toHaveValue('12');
    await expect(files.getByText('povoleni.pdf')).toBeVisible();
    expect(await dbSnapshot(page)).toEqual(before);
    await expect(page.getByTestId('outbox')).toHaveText('Vše odesláno');

    // With room again the same form saves, as one whole.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await saveButton(page).click();
    await expect(confirmation(page)).toBeVisible();
    const after = await dbSnapshot(page);
    expect(after.documents).toBe(before.documents + 1);
    expect(after.components).toBe(before.components + 1);
    expect(after.outbox).toBe(before.outbox + 2);
    await expect(page.getByTestId('outbox')).toHaveText('2 změny čekají na odeslání');
  } finally {
    await context.close();
  }
});
