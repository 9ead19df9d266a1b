import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { E2E_DEMO_DOCUMENTS, expect, withHost } from './fixtures';
import { countStore } from './indexedDb';

/** A count as the Czech UI writes it (1 009 with a non-breaking space). */
const czechCount = (value: number) => new Intl.NumberFormat('cs-CZ').format(value);

/**
 * The language and the connection saved here go to the host's configuration file,
 * so this file runs against a demo host of its own: other specs never see English.
 */
const test = withHost();

/** Changes the actor of log entry 7 straight in IndexedDB, leaving its hash as it was. */
const TAMPER_WITH_ENTRY_7 = `new Promise((resolve, reject) => {
  const open = indexedDB.open('uradovna');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const store = open.result.transaction('txlog', 'readwrite').objectStore('txlog');
    const read = store.get(7);
    read.onsuccess = () => {
      const write = store.put({ ...read.result, actor: 'Někdo jiný' });
      write.onsuccess = () => {
        open.result.close();
        resolve(true);
      };
      write.onerror = () => reject(write.error);
    };
  };
})`;

const organization = (page: Page) => page.getByRole('region', { name: 'Organizace' });
const connection = (page: Page) => page.getByRole('region', { name: 'Připojení' });
const txlog = (page: Page) => page.getByRole('region', { name: 'Transakční protokol' });

async function openSettings(openApp: (hash?: string) => Promise<Page>): Promise<Page> {
  const page = await openApp('#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Nastavení' })).toBeVisible();
  await expect(organization(page).getByLabel('Název organizace')).toHaveValue('Obec Horní Lhota');
  return page;
}

test('the reference-number example follows the abbreviation and the mask, and the change is saved and logged', async ({
  openApp,
}) => {
  const page = await openSettings(openApp);
  const card = organization(page);
  const example = card.getByTestId('reference-example');
  await expect(example).toHaveText(/^OUHL \d+\/20\d\d$/);
  const [, sequence, year] =
    /^OUHL (\d+)\/(\d{4})$/.exec((await example.textContent()) ?? '') ?? [];

  await card.getByLabel('Zkratka v číslech jednacích').fill('OÚHL');
  await expect(example).toHaveText(`OÚHL ${sequence}/${year}`);
  await card.getByLabel('Maska čísla jednacího').fill('{abbr}-{seq:5}/{yy}');
  await expect(example).toHaveText(`OÚHL-${sequence?.padStart(5, '0')}/${year?.slice(2)}`);
  // The demo PC is connected to its eSSL, which gives the numbers; the card says so.
  await expect(card.getByText(/čísla jednací přiděluje eSSL/)).toBeVisible();

  // The demo journal holds documents, so their PID prefix is fixed for good.
  const prefix = card.getByLabel('Předpona PID');
  await expect(prefix).toHaveAttribute('readonly', '');
  await expect(card.getByText('Předponu už nelze změnit')).toBeVisible();

  const entries = Number(
    (await txlog(page).getByTestId('txlog-count').textContent())?.replace(/\s/g, ''),
  );
  await card.getByRole('button', { name: 'Uložit údaje organizace' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Údaje organizace jsou uloženy.' }),
  ).toBeVisible();
  await expect(txlog(page).getByTestId('txlog-count')).toHaveText(czechCount(entries + 1));
  await expect(txlog(page).getByTestId('txlog-last')).toContainText('Úprava (Jana Dvořáková)');

  await page.reload();
  await expect(organization(page).getByLabel('Maska čísla jednacího')).toHaveValue(
    '{abbr}-{seq:5}/{yy}',
  );
  await expect(organization(page).getByTestId('reference-example')).toHaveText(
    /^OÚHL-\d{5}\/\d\d$/,
  );
});

test('bad organisation input gets Czech messages and nothing is saved', async ({ openApp }) => {
  const page = await openSettings(openApp);
  const card = organization(page);
  const entries = await txlog(page).getByTestId('txlog-count').textContent();

  await card.getByLabel('Název organizace').fill('  ');
  await card.getByLabel('Zkratka v číslech jednacích').fill('');
  await card.getByLabel('IČO').fill('99120349');
  await card.getByLabel('ID datové schránky').fill('hl7q2a');
  await card.getByLabel('Adresa sídla').focus();
  await expect(card.getByText('Vyplňte název organizace.')).toBeVisible();
  await expect(card.getByText('Vyplňte zkratku do čísel jednacích.')).toBeVisible();
  await expect(
    card.getByText('IČO má 8 číslic a musí mít platnou kontrolní číslici.'),
  ).toBeVisible();
  await expect(
    card.getByText('ID datové schránky má přesně 7 znaků (písmena a číslice); zadáno 6.'),
  ).toBeVisible();

  const mask = card.getByLabel('Maska čísla jednacího');
  const example = card.getByTestId('reference-example');
  await mask.fill('{abbr} /{year}');
  await expect(card.getByText('Maska musí obsahovat pořadové číslo {seq}.')).toBeVisible();
  await expect(example).toHaveText('nelze sestavit — opravte masku');
  await mask.fill('{abbr} {seq}');
  await expect(
    card.getByText('Maska musí obsahovat rok {year} — jinak by se čísla v dalším roce opakovala.'),
  ).toBeVisible();
  await mask.fill('{abbr} {seq}/{rok}');
  await expect(
    card.getByText('Neznámá značka {rok}. Použít lze {abbr}, {seq}, {seq:5}, {year}, {yy}.'),
  ).toBeVisible();
  await expect(mask).toHaveAttribute('aria-invalid', 'true');

  await card.getByRole('button', { name: 'Uložit údaje organizace' }).click();
  await expect(card.getByText('Formulář obsahuje chyby — opravte označená pole.')).toBeVisible();
  await expect(card.getByLabel('Název organizace')).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);

  await card.getByRole('button', { name: 'Vrátit změny' }).click();
  await expect(card.getByLabel('Název organizace')).toHaveValue('Obec Horní Lhota');
  await expect(card.getByText('Vyplňte název organizace.')).toBeHidden();
  await expect(txlog(page).getByTestId('txlog-count')).toHaveText(entries ?? '');
});

test('handlers can be added and removed; the current user stays', async ({ openApp }) => {
  const page = await openSettings(openApp);
  const card = organization(page);
  const list = card.getByRole('list', { name: 'Zpracovatelé dokumentů' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Jana Dvořáková' })).toContainText(
    'vy — tento počítač',
  );
  await expect(
    list.getByRole('button', { name: 'Odebrat zpracovatele Jana Dvořáková' }),
  ).toHaveCount(0);

  const newHandler = card.getByLabel('Nový zpracovatel');
  await newHandler.fill('petr novák');
  await newHandler.press('Enter');
  await expect(card.getByText('petr novák už v seznamu je.')).toBeVisible();
  await newHandler.fill('Eva Malá');
  await card.getByRole('button', { name: 'Přidat', exact: true }).click();
  await list.getByRole('button', { name: 'Odebrat zpracovatele Petr Novák' }).click();
  await expect(list.getByText('Eva Malá')).toBeVisible();
  await expect(list.getByText('Petr Novák')).toBeHidden();

  await card.getByRole('button', { name: 'Uložit údaje organizace' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Údaje organizace jsou uloženy.' }),
  ).toBeVisible();
  await page.reload();
  await expect(
    organization(page).getByRole('list', { name: 'Zpracovatelé dokumentů' }),
  ).toContainText('Eva Malá');
});

test('bad eSSL addresses are refused in Czech; plain http to a remote host warns', async ({
  openApp,
}) => {
  const page = await openSettings(openApp);
  const card = connection(page);
  await card.getByLabel('Služby ORP').check();
  const url = card.getByLabel('Adresa spisové služby (eSSL)');
  const cases: Array<[string, string]> = [
    ['spisovka orp', 'Toto není úplná adresa. Zadejte ji i s https://'],
    ['javascript:alert(1)', 'Adresa musí začínat https:// — „javascript:“ povoleno není.'],
    ['file:///etc/passwd', 'Adresa musí začínat https:// — „file:“ povoleno není.'],
    ['http://spisovka.orp.example.cz/', 'Pozor: http:// posílá hesla a dokumenty nešifrovaně.'],
  ];
  for (const [typed, message] of cases) {
    await url.fill(typed);
    await url.blur();
    await expect(card.getByText(message)).toBeVisible();
    await expect(url).toHaveAttribute('aria-invalid', 'true');
  }
  await card.getByRole('button', { name: 'Uložit připojení' }).click();
  await expect(page.getByText('Nastavení připojení je uloženo.')).toBeHidden();
  await expect(card.getByText('pro spisovka.orp.example.cz použijte https://')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await url.fill('http://127.0.0.1:8443/essl');
  await expect(url).not.toHaveAttribute('aria-invalid', 'true');
  const feed = card.getByLabel('Adresa aktualizací (nepovinné)');
  await feed.fill('http://updates.orp.example.cz/');
  await feed.blur();
  await expect(card.getByText('pro updates.orp.example.cz použijte https://')).toBeVisible();
  await feed.fill('');

  await url.fill('https://spisovka.orp.example.cz/');
  await card.getByRole('button', { name: 'Uložit připojení' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Nastavení připojení je uloženo.' }),
  ).toBeVisible();
  // The browser demo is started in demo mode; the page says the mode stays.
  await expect(card.getByText('Režim této instalace určuje způsob jejího spuštění')).toBeVisible();
});

test('the language switches to English and back, and a reload keeps it', async ({ openApp }) => {
  const page = await openSettings(openApp);
  const nav = page.getByRole('navigation', { name: 'Hlavní nabídka' });
  try {
    await page.getByLabel('Jazyk aplikace').selectOption('en');
    const englishNav = page.getByRole('navigation', { name: 'Main menu' });
    await expect(englishNav.getByRole('link', { name: 'Registry journal' })).toBeVisible();
    await expect(englishNav.getByRole('link', { name: 'Settings' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();
    await expect(englishNav.getByRole('link', { name: 'Intake' })).toBeVisible({ timeout: 30_000 });
    await expect(
      page.getByRole('region', { name: 'Organisation' }).getByTestId('reference-example'),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Application language').selectOption('cs');
    await expect(nav.getByRole('link', { name: 'Podací deník' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cs');
  } finally {
    // Leave the host in Czech even when an assertion above failed.
    const select = page.getByLabel(/^(Jazyk aplikace|Application language)$/);
    if ((await select.count()) > 0 && (await select.inputValue()) !== 'cs')
      await select.selectOption('cs');
  }
  await page.reload();
  await expect(nav.getByRole('link', { name: 'Nastavení' })).toBeVisible({ timeout: 30_000 });
});

test('the transaction log of a fresh demo verifies, and a tampered entry is named', async ({
  openApp,
}) => {
  const page = await openSettings(openApp);
  const card = txlog(page);
  // The demo's log: every registration and every step of its case files' life cycle.
  const entries = await countStore(page, 'txlog');
  expect(entries).toBeGreaterThan(E2E_DEMO_DOCUMENTS);
  await expect(card.getByTestId('txlog-count')).toHaveText(czechCount(entries));

  await card.getByRole('button', { name: 'Ověřit neporušenost' }).click();
  await expect(card.getByTestId('txlog-result')).toContainText(
    `Protokol je neporušený: ověřeno ${entries} záznamů.`,
  );

  // Rewrite one entry behind the application's back, as a tamperer with the disk would.
  // (Page code as text: the e2e project is type-checked without the DOM library.)
  await page.evaluate(TAMPER_WITH_ENTRY_7);
  await card.getByRole('button', { name: 'Ověřit neporušenost' }).click();
  await expect(card.getByTestId('txlog-result')).toContainText(
    'Protokol je porušen u záznamu č. 7: obsah záznamu byl změněn (jeho otisk nesouhlasí). Záznamy před ním (6) jsou v pořádku.',
  );
});

test('passwords, the application and the whole screen are described plainly and accessibly', async ({
  openApp,
}) => {
  const page = await openSettings(openApp);
  await expect(page.getByTestId('credentials-status')).toContainText(
    'Tento počítač nenabízí bezpečné úložiště hesel — hesla se neukládají.',
  );
  const about = page.getByRole('region', { name: 'O aplikaci' });
  await expect(about.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(about).toContainText('V prohlížeči');
  await expect(about).toContainText('V místní databázi aplikace na tomto počítači.');
  await expect(about.getByTestId('about-update')).toHaveText(
    'V prohlížeči se aplikace aktualizuje spolu se serverem, který ji poskytuje.',
  );
  await expect(page.getByText('Vítejte v Úřadovně')).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('settings.png'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});
