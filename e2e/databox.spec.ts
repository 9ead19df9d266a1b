import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

const screenHeading = (page: Page): Locator =>
  page.getByRole('heading', { level: 1, name: 'Datové schránky' });
const rows = (page: Page): Locator => page.getByTestId('databox-row');

test('the data-box screen: reached by Alt+6, downloads the demo boxes, opens a message and marks it read', async ({
  openApp,
}) => {
  const page = await openApp('#/journal');
  await page.keyboard.press('Alt+6');
  await expect(screenHeading(page)).toBeVisible();
  await expect(page).toHaveURL(/#\/databox$/);
  await expect(page.getByRole('tab', { name: /Přijaté/ })).toHaveAttribute('aria-selected', 'true');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('databox-receive-all').click();
  const result = page.getByTestId('databox-receive-result');
  await expect(result).toContainText(/Stažen[oay] \d+ zpráv/, { timeout: 30_000 });
  await expect(rows(page).first()).toBeVisible();

  const unread = rows(page).and(page.locator('[data-unread="true"]')).first();
  await expect(unread).toBeVisible();
  const id = await unread.getAttribute('data-message-id');
  await unread.dblclick();
  const detail = page.getByTestId('databox-detail');
  await expect(detail).toBeVisible();
  await expect(detail.getByTestId('databox-seal')).toHaveAttribute(
    'data-verdict',
    /valid|untrusted|invalid/,
  );
  await expect(detail.getByTestId('databox-envelope')).toBeVisible();
  await expect(page.locator(`[data-message-id="${id}"]`)).not.toHaveAttribute(
    'data-unread',
    'true',
  );
  expect(await seriousViolations(page)).toEqual([]);

  // The keyboard moves through the list and Escape closes the detail.
  await page.getByTestId('databox-grid').focus();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('databox-detail')).toBeVisible();

  await page.getByRole('tab', { name: 'Odeslané' }).click();
  await expect(page.getByRole('tab', { name: 'Odeslané' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  expect(await seriousViolations(page)).toEqual([]);
});
