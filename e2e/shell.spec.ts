import { expect, test } from './fixtures';
import { seriousViolations } from './axe';

test('the app opens on the demo journal with the sidebar in Czech', async ({ openApp }) => {
  const page = await openApp();
  const nav = page.getByRole('navigation', { name: 'Hlavní nabídka' });
  for (const item of ['Podatelna', 'Podací deník', 'Nastavení']) {
    await expect(nav.getByRole('link', { name: item })).toBeVisible();
  }
  await expect(page.getByText('Ukázkový režim')).toBeVisible();
  await expect(page.getByTestId('connectivity')).toHaveText('Připojeno');
});

test('the shell has no serious accessibility violations', async ({ openApp }) => {
  const page = await openApp();
  expect(await seriousViolations(page)).toEqual([]);
});
