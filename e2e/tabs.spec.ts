import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openSigning } from './lettersSupport';

/**
 * Every screen with tabs follows the ARIA tabs pattern from the keyboard: the arrows
 * move and select (wrapping around), Home and End go to the ends, and only the
 * selected tab is in the Tab order.
 */
async function walkTabs(page: Page, [first, second, last]: [RegExp, RegExp, RegExp]) {
  const selected = page.getByRole('tab', { selected: true });
  const expectOn = async (name: RegExp) => {
    await expect(selected).toHaveAccessibleName(name);
    await expect(selected).toBeFocused();
    await expect(page.getByRole('tabpanel')).toHaveAccessibleName(name);
  };
  await page.getByRole('tab', { name: first }).focus();
  await page.keyboard.press('ArrowRight');
  await expectOn(second);
  await page.keyboard.press('End');
  await expectOn(last);
  await page.keyboard.press('ArrowRight');
  await expectOn(first);
  await page.keyboard.press('ArrowLeft');
  await expectOn(last);
  await page.keyboard.press('Home');
  await expectOn(first);
  await page.keyboard.press('Tab');
  await expect(page.locator('[role="tab"]:focus')).toHaveCount(0);
}

test('Spisovna: the tabs by keyboard', async ({ openApp }) => {
  const page = await openApp('#/recordsOffice');
  await expect(page.getByRole('heading', { level: 1, name: 'Spisovna' })).toBeVisible();
  await walkTabs(page, [/^Ve spisovně/, /^Předání a převzetí/, /^Skartační řízení/]);
});

test('K podpisu: the tabs by keyboard', async ({ openApp }) => {
  const page = await openApp();
  await openSigning(page);
  await walkTabs(page, [/^Čeká na podpis/, /^Podepsané k odeslání/, /^Vrácené k úpravě/]);
});
