import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, withHost } from './fixtures';

/** The connection saved here goes to the host's configuration file: a host of its own. */
const test = withHost();

const connection = (page: Page) => page.getByRole('region', { name: 'Připojení' });

async function openConnection(openApp: (hash?: string) => Promise<Page>): Promise<Page> {
  const page = await openApp('#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Nastavení' })).toBeVisible();
  return page;
}

test('the demo eSSL account is shown read-only and its connection test reports the round trip', async ({
  openApp,
}) => {
  const page = await openConnection(openApp);
  const card = connection(page);
  const account = card.getByTestId('demo-essl-account');
  await expect(account.getByTestId('demo-essl-user')).toHaveText(/^\S+$/);
  await expect(account).toContainText('ESSL');
  await expect(account).toContainText('/erms');
  // Nothing of it can be typed over.
  await expect(account.getByRole('textbox')).toHaveCount(0);

  await card.getByRole('button', { name: 'Vyzkoušet spojení' }).click();
  const result = card.getByTestId('essl-test-result');
  await expect(result).toHaveText(/^Spojení s eSSL funguje — odpověď za \d+ ms\.$/);
  await expect(card.getByTestId('essl-clock-skew')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  // A PC clock two hours ahead of the eSSL's is pointed out.
  await page.clock.setFixedTime(new Date(Date.now() + 2 * 60 * 60 * 1000));
  await card.getByRole('button', { name: 'Vyzkoušet spojení' }).click();
  await expect(card.getByTestId('essl-clock-skew')).toHaveText(
    'Hodiny počítače se liší od eSSL o 2 h — čísla a časy bere Úřadovna z eSSL, ale opravte je.',
  );
});

test('the ORP eSSL login is checked in Czech; a password this PC cannot keep is refused plainly', async ({
  openApp,
}) => {
  const page = await openConnection(openApp);
  const card = connection(page);
  await card.getByLabel('Služby ORP').check();
  await expect(card.getByTestId('demo-essl-account')).toHaveCount(0);
  const systemCode = card.getByLabel('Kód systému eSSL');
  await expect(systemCode).toHaveValue('ESSL');
  await expect(card.getByLabel('Heslo do eSSL')).toHaveAttribute('type', 'password');
  await expect(card.getByTestId('essl-password-state')).toHaveText(
    'Tento počítač nenabízí bezpečné úložiště hesel (klíčenku) — heslo zde nelze uložit.',
  );

  await card
    .getByLabel('Adresa spisové služby (eSSL)')
    .fill('https://spisovka.orp.example.cz/erms');
  await card.getByLabel('Uživatelské jméno v eSSL').fill('podatelna.ouhl');
  await systemCode.fill('');
  await card.getByLabel('Certifikát certifikační autority ORP (nepovinné)').fill('MIIBIjANBgkq');
  await card.getByLabel('Proxy server (nepovinné)').fill('socks5://proxy.obec.cz:1080');
  await card.getByRole('button', { name: 'Uložit připojení' }).click();
  await expect(card.getByText('Vyplňte kód systému eSSL (obvykle ESSL).')).toBeVisible();
  await expect(
    card.getByText(
      'Toto není certifikát ve formátu PEM — musí obsahovat řádek -----BEGIN CERTIFICATE-----.',
    ),
  ).toBeVisible();
  await expect(
    card.getByText(
      'Adresa proxy musí začínat http:// nebo https://, např. http://proxy.obec.cz:3128.',
    ),
  ).toBeVisible();
  await expect(systemCode).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Nastavení připojení je uloženo.')).toHaveCount(0);
  await systemCode.fill('ESSL-OUHL-22');
  await expect(card.getByText('Kód systému eSSL má nejvýše 10 znaků (zadáno 12).')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await systemCode.fill('OUHL');
  await card
    .getByLabel('Certifikát certifikační autority ORP (nepovinné)')
    .fill('-----BEGIN CERTIFICATE-----\nMIIBIjANBgkq\n-----END CERTIFICATE-----');
  await card.getByLabel('Proxy server (nepovinné)').fill('http://proxy.obec.cz:3128');
  await card.getByLabel('Heslo do eSSL').fill('tajne-heslo');
  await card.getByRole('button', { name: 'Uložit připojení' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Nastavení připojení je uloženo.' }),
  ).toBeVisible();
  // The settings are saved; the password is not, and the field says why.
  await expect(
    card.getByText(
      'Tento počítač nenabízí bezpečné úložiště hesel (klíčenku). Heslo nebylo uloženo.',
    ),
  ).toBeVisible();

  // Kept by main: after a reload the ORP fields come back as saved.
  await page.reload();
  await connection(page).getByLabel('Služby ORP').check();
  await expect(connection(page).getByLabel('Uživatelské jméno v eSSL')).toHaveValue(
    'podatelna.ouhl',
  );
  await expect(connection(page).getByLabel('Kód systému eSSL')).toHaveValue('OUHL');
  await expect(connection(page).getByLabel('Proxy server (nepovinné)')).toHaveValue(
    'http://proxy.obec.cz:3128',
  );
  await expect(connection(page).getByLabel('Heslo do eSSL')).toHaveValue('');
});
