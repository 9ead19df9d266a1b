import { seriousViolations } from './axe';
import { simAdmin } from './databoxSupport';
import { expect, test } from './fixtures';

/**
 * Nastavení → Datové schránky in the demo: the municipality's and the school's boxes
 * from the simulator, each reached through the (simulated) ORP gateway, and "Ověřit
 * připojení" logs in and says whose box it is.
 */
test('the demo boxes are listed and "Ověřit připojení" names the box and its owner', async ({
  openApp,
  app,
}) => {
  const admin = simAdmin(app);
  const municipality = await admin.box((box) => box.role === 'municipality');
  const school = await admin.box((box) => box.role === 'school');
  const page = await openApp('#/settings');
  const section = page.getByTestId('databox-settings');
  await expect(section).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Datové schránky' })).toBeVisible();

  for (const [key, box] of [
    ['demo-obec', municipality],
    ['demo-skola', school],
  ] as const) {
    const item = page.getByTestId(`databox-settings-box-${key}`);
    await expect(item.locator('strong')).toHaveText(box.name);
    await expect(item.locator('.databox-box__id')).toHaveText(box.dbID);
    const fact = (label: string) => item.locator(`dt:text-is("${label}") + dd`);
    await expect(fact('Způsob přihlášení')).toHaveText('Jméno a heslo');
    await expect(fact('Připojení')).toHaveText('přes bránu ORP, stahuje se každých 15 min');
    await expect(fact('Uloženo')).toHaveText('heslo');
  }
  await expect(section.locator('[data-testid^="databox-settings-box-"]')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);

  for (const [key, box] of [
    ['demo-obec', municipality],
    ['demo-skola', school],
  ] as const) {
    const button = page.getByRole('button', { name: `Ověřit připojení schránky ${box.name}` });
    await button.click();
    await expect(page.getByTestId(`databox-settings-test-result-${key}`)).toHaveText(
      new RegExp(
        `^Připojení funguje: schránka ${box.dbID}, majitel ${box.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`,
      ),
      { timeout: 20_000 },
    );
  }
  expect(await seriousViolations(page)).toEqual([]);
});
