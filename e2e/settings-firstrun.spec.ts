import { officeYear } from '../common/domain/time';
import { seriousViolations } from './axe';
import { expect, withHost } from './fixtures';

/** A real installation: no demo services, no seed, no organisation yet. */
const test = withHost(false);

const officeYearNow = () => String(officeYear(new Date()));

test('a real installation opens on the settings with a welcome, and leaves it once the organisation is saved', async ({
  openApp,
}) => {
  const page = await openApp('#/journal');
  await expect(page).toHaveURL(/#\/settings$/);
  const welcome = page.getByRole('region', { name: 'Vítejte v Úřadovně' });
  await expect(welcome).toBeVisible();
  await expect(welcome).toContainText('Dokud údaje neuložíte, Podatelna dokumenty neeviduje.');
  expect(await seriousViolations(page)).toEqual([]);

  const card = page.getByRole('region', { name: 'Organizace' });
  await expect(card.getByLabel('Maska čísla jednacího')).toHaveValue('{abbr} {seq}/{year}');
  await expect(card.getByTestId('reference-example')).toHaveText(`… 1/${officeYearNow()}`);

  // Saving an empty form says what is missing and saves nothing.
  await card.getByRole('button', { name: 'Uložit údaje organizace' }).click();
  await expect(card.getByText('Vyplňte název organizace.')).toBeVisible();
  await expect(card.getByText('Vyplňte předponu PID.')).toBeVisible();
  await expect(card.getByText('Vyplňte své jméno.')).toBeVisible();
  await expect(welcome).toBeVisible();

  await card.getByLabel('Název organizace').fill('Obec Dolní Lhota');
  await card.getByLabel('Zkratka v číslech jednacích').fill('OUDL');
  await card.getByLabel('Předpona PID').fill('oudl');
  await card.getByLabel('IČO').fill('99120348');
  await card.getByLabel('Vaše jméno').fill('Alena Veselá');
  await expect(card.getByTestId('reference-example')).toHaveText(`OUDL 1/${officeYearNow()}`);
  await expect(card.getByRole('list', { name: 'Zpracovatelé dokumentů' })).toContainText(
    'Alena Veselá',
  );
  await card.getByRole('button', { name: 'Uložit údaje organizace' }).click();

  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Údaje jsou uloženy — můžete evidovat dokumenty v Podatelně.' })
      .first(),
  ).toBeVisible();
  await expect(welcome).toBeHidden();
  await expect(card.getByLabel('Předpona PID')).toHaveValue('OUDL');
  await expect(
    page.getByRole('region', { name: 'Transakční protokol' }).getByTestId('txlog-last'),
  ).toContainText('Úprava (Alena Veselá)');

  await page.getByRole('button', { name: 'Přejít do Podatelny' }).click();
  await expect(page).toHaveURL(/#\/intake$/);

  // Configured now: the app opens where it was asked to.
  await page
    .getByRole('navigation', { name: 'Hlavní nabídka' })
    .getByRole('link', { name: 'Podací deník' })
    .click();
  await expect(page).toHaveURL(/#\/journal$/);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Hlavní nabídka' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page).toHaveURL(/#\/journal$/);
});
