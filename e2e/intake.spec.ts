import { seriousViolations } from './axe';
import { readStore } from './indexedDb';
import {
  chooseFiles,
  confirmation,
  dbSnapshot,
  expect,
  field,
  fillIncoming,
  form,
  officeYearNow,
  openIntake,
  saveAndRead,
  labelled,
  saveButton,
  scanPdf,
  sequenceOf,
  summary,
  test,
} from './intakeSupport';

interface ReservedRow {
  register: string;
  year: number;
  sequence: number;
  reference: string;
  state: string;
  usedBy: string | null;
}

test('registers an incoming paper letter with a scan and shows it in the journal', async ({
  openApp,
}) => {
  const page = await openIntake(openApp);
  const year = officeYearNow();
  // The demo is connected to its eSSL: numbers come from the block it reserved for this PC.
  const free = async () =>
    (await readStore<ReservedRow>(page, 'reservedNumbers'))
      .filter((row) => row.state === 'free' && row.register === 'documents' && row.year === year)
      .sort((a, b) => a.sequence - b.sequence);
  await expect.poll(async () => (await free()).length).toBeGreaterThan(0);
  const expected = (await free())[0]?.reference ?? '';
  expect(expected).toMatch(new RegExp(`^OUHL \\d+/${year}$`));
  const before = await dbSnapshot(page);

  await field(page, 'Typ').selectOption({ label: 'Firma / právnická osoba' });
  await field(page, 'Název firmy').fill('Stavební firma Kubík s.r.o.');
  await field(page, 'IČO').fill('25596641');
  await field(page, 'Ulice a číslo domu').fill('Nádražní 12');
  await field(page, 'Obec').fill('Tábor');
  await field(page, 'PSČ').fill('390 01');
  await field(page, 'ID datové schránky').fill('qx7ab2c');
  await field(page, 'Věc').fill('Žádost o vyjádření ke stavbě rodinného domu');
  await field(page, 'Způsob doručení').selectOption({ label: 'Pošta' });
  await field(page, 'Č. j. odesílatele').fill('KUB 77/2026');
  await field(page, 'Počet listů').fill('3');
  await field(page, 'Počet příloh').fill('1');
  await field(page, 'Druh příloh').selectOption({ label: 'nelistinné' });
  await field(page, 'Popis příloh').fill('CD s projektovou dokumentací');
  await field(page, 'Spisový znak').selectOption('4.2');
  await expect(form(page).getByText('Skartační režim S/10')).toBeVisible();
  await chooseFiles(page, [
    { name: 'sken-dopisu.pdf', mimeType: 'application/pdf', buffer: await scanPdf() },
  ]);
  const files = page.getByRole('list', { name: 'Připojené soubory' });
  await expect(files.getByText('sken-dopisu.pdf')).toBeVisible();
  await files.getByRole('button', { name: 'Náhled souboru sken-dopisu.pdf' }).click();
  await expect(page.getByRole('img', { name: /Strana 1 z 1 — sken-dopisu\.pdf/ })).toBeVisible();

  const reference = await saveAndRead(page);
  expect(reference).toBe(expected);
  await expect(page.getByText('Dokument byl zaevidován pod č. j. ' + expected)).toBeVisible();
  await expect(page.getByTestId('saved-pid')).toHaveText(/^OUHL/);
  await expect(page.getByTestId('saved-subject')).toHaveText(
    'Žádost o vyjádření ke stavbě rodinného domu',
  );
  const after = await dbSnapshot(page);
  expect(after.documents).toBe(before.documents + 1);
  expect(after.components).toBe(before.components + 1);
  expect(after.outbox).toBe(before.outbox + 2); // the document and its file
  const [used] = (await readStore<ReservedRow>(page, 'reservedNumbers')).filter(
    (row) => row.reference === expected,
  );
  expect(used).toMatchObject({
    state: 'used',
    usedBy: await page.getByTestId('saved-pid').textContent(),
  });

  await page.getByRole('button', { name: 'Zobrazit v podacím deníku' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Podací deník' })).toBeVisible();
  const firstRow = page.getByRole('grid').getByRole('row').nth(1);
  await expect(firstRow).toContainText(expected);
  await expect(firstRow).toContainText('Stavební firma Kubík s.r.o.');

  // Search finds it with diacritics and without them, ignoring case.
  const search = page.getByLabel('Hledat v deníku');
  const grid = page.getByRole('grid');
  for (const query of ['vyjádření stavbě Kubík', 'VYJADRENI stavbe kubik']) {
    await search.fill(query);
    await expect(page.getByText('Nalezen 1 dokument')).toBeVisible();
    await expect(grid.getByRole('row').nth(1)).toContainText(expected);
  }

  // A reload reads it back from IndexedDB.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Podací deník' })).toBeVisible();
  await expect(grid.getByRole('row').nth(1)).toContainText(expected);
  await expect(grid.getByRole('row').nth(1)).toContainText(
    'Žádost o vyjádření ke stavbě rodinného domu',
  );
});

test('three documents in a row get consecutive numbers; the next keeps channel and handler', async ({
  openApp,
}) => {
  const page = await openIntake(openApp);
  await field(page, 'Způsob doručení').selectOption({ label: 'Osobně' });
  await field(page, 'Zpracovatel').selectOption('Petr Novák');
  const numbers: number[] = [];
  for (let index = 1; index <= 3; index++) {
    await fillIncoming(page, { sender: `Občan ${index}`, subject: `Žádost číslo ${index}` });
    numbers.push(sequenceOf(await saveAndRead(page)));
    await page.getByRole('button', { name: 'Zaevidovat další' }).click();
    await expect(field(page, 'Jméno a příjmení')).toBeFocused();
    await expect(field(page, 'Jméno a příjmení')).toHaveValue('');
    await expect(field(page, 'Způsob doručení')).toHaveValue('personal');
    await expect(field(page, 'Zpracovatel')).toHaveValue('Petr Novák');
  }
  expect(numbers).toEqual([numbers[0], numbers[0]! + 1, numbers[0]! + 2]);
});

test('an own document goes to two addressees', async ({ openApp }) => {
  const page = await openIntake(openApp);
  await page.getByText('Vlastní dokument', { exact: true }).click();
  await expect(page.getByText('Nový vlastní dokument')).toBeVisible();
  await expect(field(page, 'Autor')).toHaveValue('Jana Dvořáková');
  await field(page, 'Jméno a příjmení').fill('Marie Veselá');
  await page.getByRole('button', { name: 'Přidat adresáta' }).click();
  const second = page.getByRole('group', { name: 'Adresát 2' });
  await second.getByLabel('Typ').selectOption('authority');
  await labelled(second, 'Název úřadu').fill('Krajský úřad Jihočeského kraje');
  await second.getByLabel('ID datové schránky').fill('kdib3rr');
  await field(page, 'Věc').fill('Oznámení o konání veřejného zasedání');
  await field(page, 'Spisový znak').selectOption('1.1.2');
  await saveAndRead(page);
  await expect(page.getByTestId('saved-counterparty')).toHaveText(
    'Marie Veselá, Krajský úřad Jihočeského kraje',
  );
});

test('keyboard: Alt+N starts a document and focuses it, Ctrl+Enter saves, Escape keeps the draft', async ({
  openApp,
}) => {
  const page = await openApp('#/journal');
  await page.keyboard.press('Alt+n');
  await expect(page.getByRole('heading', { level: 1, name: 'Podatelna' })).toBeVisible();
  await expect(field(page, 'Jméno a příjmení')).toBeFocused();
  await fillIncoming(page);

  // A half-typed document is not thrown away without asking.
  await page.keyboard.press('F2');
  const discard = page.getByRole('dialog', { name: 'Začít nový dokument?' });
  await expect(discard).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(discard).toBeHidden();
  await expect(field(page, 'Věc')).toHaveValue('Žádost o vydání potvrzení o trvalém pobytu');

  // Enter in a text box does not save; Ctrl+Enter does.
  await field(page, 'Věc').press('Enter');
  await field(page, 'Jméno a příjmení').press('Enter');
  await expect(confirmation(page)).toBeHidden();
  await field(page, 'Jméno a příjmení').press('Control+Enter');
  await expect(confirmation(page)).toBeVisible();

  // After a save Alt+N starts at once.
  await page.keyboard.press('Alt+n');
  await expect(field(page, 'Jméno a příjmení')).toBeFocused();
  await expect(field(page, 'Věc')).toHaveValue('');
});

test('the draft survives a look into the journal', async ({ openApp }) => {
  const page = await openIntake(openApp);
  await fillIncoming(page, { subject: 'Rozepsaný dopis' });
  await page.getByRole('navigation').getByRole('link', { name: 'Podací deník' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Podací deník' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Podatelna' }).click();
  await expect(field(page, 'Věc')).toHaveValue('Rozepsaný dopis');
});

test('the empty form and the form with errors have no serious accessibility violations', async ({
  openApp,
}) => {
  const page = await openIntake(openApp);
  expect(await seriousViolations(page)).toEqual([]);
  await saveButton(page).click();
  await expect(summary(page)).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByText('Vlastní dokument', { exact: true }).click();
  await page.getByRole('button', { name: 'Přidat adresáta' }).click();
  await field(page, 'Počet příloh').fill('2');
  expect(await seriousViolations(page)).toEqual([]);
});
