import type { Page } from '@playwright/test';
import { formatOfficeDate, officeYear } from '../common/domain/time';
import { LIST_LIMIT } from '../renderer/caseFiles/caseFileFilter';
import { seriousViolations } from './axe';
import {
  caseActions,
  caseSection,
  control,
  dialog,
  documentActions,
  notices,
  openDocumentInJournal,
  storedCaseFile,
  storedCaseFiles,
  storedDocument,
  txlogOf,
} from './caseFilesSupport';
import { countStore, putRows, readStore } from './indexedDb';
import { field, fillIncoming, openIntake, saveAndRead } from './intakeSupport';
import { dataRows, detail, expect, searchBox, test } from './journalSupport';

/** The list shows at most LIST_LIMIT rows. */
const shown = (count: number) => Math.min(count, LIST_LIMIT);

interface Registered {
  pid: string;
  reference: string;
}

async function registered(page: Page, save: () => Promise<string>): Promise<Registered> {
  const reference = await save();
  const pid = (await page.getByTestId('saved-pid').textContent())?.trim() ?? '';
  expect(pid).not.toBe('');
  return { pid, reference };
}

/** An application for permanent residence (5.1, spojování) and the office's reply to it. */
async function registerApplicationAndReply(page: Page): Promise<[Registered, Registered]> {
  await fillIncoming(page, {
    sender: 'Božena Čermáková',
    subject: 'Žádost o přihlášení k trvalému pobytu',
    fileMark: '5.1',
  });
  const application = await registered(page, () => saveAndRead(page));
  await page.getByRole('button', { name: 'Zaevidovat další' }).click();
  await page.getByText('Vlastní dokument', { exact: true }).click();
  await field(page, 'Jméno a příjmení').fill('Božena Čermáková');
  await field(page, 'Věc').fill('Potvrzení o přihlášení k trvalému pobytu');
  await field(page, 'Spisový znak').selectOption('5.1');
  const reply = await registered(page, () => saveAndRead(page));
  return [application, reply];
}

test('a document goes from registration through a case file, settlement and closing to the records office, every step in the transaction log', async ({
  openApp,
}) => {
  test.setTimeout(150_000);
  const page = await openIntake(openApp);
  const [application, reply] = await registerApplicationAndReply(page);
  const today = formatOfficeDate(new Date().toISOString());
  const year = officeYear(new Date());

  // The journal's detail: create the case file from the application.
  await openDocumentInJournal(page, application.pid, application.reference);
  const section = caseSection(page);
  await expect(section).toContainText('Dokument není v žádném spisu.');
  await expect(section).toContainText('nevyřízen');
  await section.getByRole('button', { name: 'Založit spis z dokumentu' }).click();
  const create = dialog(page, `Založit spis z dokumentu ${application.reference}`);
  const title = control(create, 'Věc');
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Žádost o přihlášení k trvalému pobytu');
  const mark = control(create, 'Spisový znak');
  await expect(mark).toHaveValue('5.1');
  await expect(create.getByTestId('case-create-mode')).toContainText('Způsob vedení: spojování');
  // The plan group decides how the file is built, and the dialog says so.
  await mark.selectOption('1.4');
  await expect(create.getByTestId('case-create-mode')).toContainText('sběrný arch');
  await mark.selectOption('5.1');
  await expect(create).toContainText('Skartační režim S/10, spouštěcí událost: uzavření spisu.');
  expect(await seriousViolations(page)).toEqual([]);
  await title.fill('Trvalý pobyt — Božena Čermáková');
  await create.getByRole('button', { name: 'Založit spis' }).click();
  await expect(create).toBeHidden();
  const link = section.getByTestId('document-case-file');
  await expect(link).toHaveText(/^SZ OUHL \d+\/\d{4}$/);
  const caseReference = (await link.textContent()) ?? '';
  await expect(notices(page)).toContainText(`Spis ${caseReference} byl založen.`);
  const caseFile = await storedCaseFile(page, caseReference);
  expect(caseFile).toMatchObject({ fileMark: '5.1', mode: 'linking', state: 'inProgress' });
  await expect(section).toContainText('Pořadí ve spisu1');

  // The reply joins the file from its own detail.
  await openDocumentInJournal(page, reply.pid, reply.reference);
  await caseSection(page).getByRole('button', { name: 'Vložit do spisu' }).click();
  const join = dialog(page, `Vložit dokument ${reply.reference} do spisu`);
  await expect(join.getByLabel('Najít spis')).toBeFocused();
  await join.getByLabel('Najít spis').fill(caseReference);
  await join.getByRole('radio', { name: new RegExp(caseReference) }).check();
  await join.getByRole('button', { name: 'Vložit do spisu' }).click();
  await expect(join).toBeHidden();
  await expect(caseSection(page).getByTestId('document-case-file')).toHaveText(caseReference);

  // The Spisy screen, opened from the link: closing is refused, naming both documents.
  await caseSection(page).getByTestId('document-case-file').click();
  await expect(page.getByRole('heading', { level: 1, name: caseReference })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: caseReference })).toBeFocused();
  await expect(page.getByText('spojování', { exact: true })).toBeVisible();
  const close = caseActions(page).getByRole('button', { name: 'Uzavřít spis' });
  await expect(close).toBeDisabled();
  await expect(close).toHaveAccessibleDescription(
    new RegExp(`^Spis nelze uzavřít: .*${application.reference}, ${reply.reference}`),
  );
  await expect(caseActions(page)).toContainText(application.reference);
  const inventory = page.getByRole('table', { name: /Dokumenty spisu/ });
  await expect(inventory.getByRole('row')).toHaveCount(3);
  await expect(inventory.getByRole('row').nth(1)).toContainText(application.reference);
  await expect(inventory.getByRole('row').nth(2)).toContainText(reply.reference);
  expect(await seriousViolations(page)).toEqual([]);

  // Bad input: "jiný způsob" without a reason is refused in Czech and writes nothing.
  const txBefore = await countStore(page, 'txlog');
  await page.getByRole('radio', { name: `Vybrat dokument ${application.reference}` }).check();
  await documentActions(page, application.reference)
    .getByRole('button', { name: 'Vyřídit' })
    .click();
  const settle = dialog(page, `Vyřídit dokument ${application.reference}`);
  await expect(control(settle, 'Datum vyřízení')).toBeFocused();
  await control(settle, 'Způsob vyřízení').selectOption({ label: 'jiný způsob' });
  await expect(control(settle, 'Důvod')).toBeVisible();
  await settle.getByRole('button', { name: 'Vyřídit' }).click();
  await expect(settle.getByText('Při vyřízení „jiným způsobem“ uveďte odůvodnění.')).toBeVisible();
  await expect(control(settle, 'Důvod')).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(page)).toEqual([]);
  expect((await storedDocument(page, application.pid)).settlement).toBeNull();
  expect(await countStore(page, 'txlog')).toBe(txBefore);

  // Settled by the reply (vyřízení dokumentem): the link goes both ways.
  await control(settle, 'Způsob vyřízení').selectOption({ label: 'vyřízení dokumentem' });
  await expect(control(settle, 'Důvod')).toBeHidden();
  await control(settle, 'Vyřizující dokument').selectOption({
    label: `${reply.reference} — Potvrzení o přihlášení k trvalému pobytu`,
  });
  await control(settle, 'Obsah vyřízení').fill('Vydáno potvrzení o přihlášení.');
  await settle.getByRole('button', { name: 'Vyřídit' }).click();
  await expect(settle).toBeHidden();
  await expect(notices(page)).toContainText(`Dokument ${application.reference} je vyřízen.`);
  await expect(inventory.getByRole('row').nth(1)).toContainText(`${today}, vyřízení dokumentem`);
  await expect(close).toHaveAccessibleDescription(new RegExp(reply.reference));
  await expect(close).not.toHaveAccessibleDescription(new RegExp(application.reference));

  // The reply itself is taken note of; then nothing keeps the file open.
  await page.getByRole('radio', { name: `Vybrat dokument ${reply.reference}` }).check();
  await documentActions(page, reply.reference).getByRole('button', { name: 'Vyřídit' }).click();
  const settleReply = dialog(page, `Vyřídit dokument ${reply.reference}`);
  await control(settleReply, 'Způsob vyřízení').selectOption({ label: 'vzetí na vědomí' });
  await settleReply.getByRole('button', { name: 'Vyřídit' }).click();
  await expect(settleReply).toBeHidden();
  // The focus is back where the dialog was opened from.
  await expect(
    documentActions(page, reply.reference).getByRole('button', { name: 'Vyřídit' }),
  ).toBeFocused();
  await expect(close).toBeEnabled();
  await expect(
    documentActions(page, reply.reference).getByRole('button', { name: 'Vyřídit' }),
  ).toHaveAccessibleDescription('Dokument už je vyřízený.');

  // Closing: S/10 triggered by the closing itself, so disposal in year + 11.
  await close.click();
  const closing = dialog(page, `Uzavřít spis ${caseReference}`);
  await expect(closing).toContainText(`rok ${year}`);
  await expect(closing.getByTestId('case-close-disposal')).toHaveText(
    `Skartační řízení nejdříve v roce ${year + 11}.`,
  );
  expect(await seriousViolations(page)).toEqual([]);
  await closing.getByRole('button', { name: 'Uzavřít spis' }).click();
  await expect(closing).toBeHidden();
  await expect(notices(page)).toContainText(`Spis ${caseReference} byl uzavřen.`);
  await expect(page.locator('.case-fields')).toContainText(`${year + 11}`);

  // A closed file takes no documents: the action says why.
  const insert = caseActions(page).getByRole('button', { name: 'Vložit dokument' });
  await expect(insert).toBeDisabled();
  await expect(insert).toHaveAccessibleDescription(/^Spis je uzavřený/);
  await insert.click({ force: true });
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Handed to the records office.
  await caseActions(page).getByRole('button', { name: 'Předat do spisovny' }).click();
  const handing = dialog(page, `Předat spis ${caseReference} do spisovny`);
  await expect(handing.getByRole('button', { name: 'Předat do spisovny' })).toBeFocused();
  await handing.getByRole('button', { name: 'Předat do spisovny' }).click();
  await expect(handing).toBeHidden();
  await expect(page.locator('.case-detail__header')).toContainText('Předán do spisovny');
  await expect(caseActions(page).getByRole('button', { name: 'Znovu otevřít' })).toBeDisabled();

  // What IndexedDB holds.
  const stored = await storedCaseFile(page, caseReference);
  expect(stored).toMatchObject({
    state: 'handedOver',
    documentCount: 2,
    triggerYear: year,
    disposalYear: year + 11,
  });
  const applicationRow = await storedDocument(page, application.pid);
  expect(applicationRow).toMatchObject({
    caseFileId: stored.id,
    caseFileOrder: 1,
    state: 'handedOver',
    settlement: { method: 'document', settlingPid: reply.pid },
  });
  expect((await storedDocument(page, reply.pid)).settles).toEqual([application.pid]);

  // The transaction log, the whole way, in order.
  const log = await txlogOf(page, [application.pid, reply.pid, stored.id]);
  expect(log.map((entry) => [entry.event, entry.entityId])).toEqual([
    ['Zalozeni', application.pid],
    ['Zalozeni', reply.pid],
    ['Zalozeni', stored.id],
    ['VlozeniDoSpisu', application.pid],
    ['VlozeniDoSpisu', reply.pid],
    ['Vyrizeni', application.pid],
    ['Vyrizeni', reply.pid],
    ['Uzavreni', stored.id],
    ['Uzavreni', application.pid],
    ['Uzavreni', reply.pid],
    ['PredaniNaSpisovnu', stored.id],
    ['PredaniNaSpisovnu', application.pid],
    ['PredaniNaSpisovnu', reply.pid],
  ]);
  expect(log[2]?.entityType).toBe('caseFile');
  expect(log[3]?.detail).toMatchObject({ caseFileId: stored.id, order: 1 });
  expect(log[5]?.detail).toMatchObject({ method: 'document', settlingPid: reply.pid });
  expect(log[7]?.detail).toMatchObject({ triggerYear: year, disposalYear: year + 11 });

  // The journal shows the case file and the settlement; the detail links both ways.
  await page.getByRole('navigation').getByRole('link', { name: 'Podací deník' }).click();
  await detail(page).getByRole('button', { name: 'Zavřít detail' }).click();
  await searchBox(page).fill(application.pid);
  await expect(dataRows(page)).toHaveCount(1);
  const row = dataRows(page).first();
  await expect(row.locator('.journal-cell--caseFile')).toHaveText(caseReference);
  await expect(row.locator('.journal-cell--settlement')).toHaveText(
    `${today}, vyřízení dokumentem`,
  );
  await row.dblclick();
  await expect(caseSection(page)).toContainText('Vydáno potvrzení o přihlášení.');
  await caseSection(page).getByRole('button', { name: reply.reference }).click();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(reply.reference);
  await expect(caseSection(page)).toContainText('vzetí na vědomí');
  await caseSection(page).getByRole('button', { name: application.reference }).click();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(application.reference);
});

test('the Spisy list: a new empty file, filters by state, mark, handler, year and words, keyboard only', async ({
  openApp,
}) => {
  const page = await openApp('#/journal');
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Spisy' })).toBeVisible();
  const before = await storedCaseFiles(page);
  const openBefore = before.filter((file) => file.state === 'inProgress').length;
  const count = page.getByTestId('case-files-count');
  await expect(count).toContainText(
    openBefore === 0 ? 'Žádný spis' : new Intl.NumberFormat('cs-CZ').format(openBefore),
  );
  expect(await seriousViolations(page)).toEqual([]);

  // Nový spis: the first field has the focus, Escape closes without writing anything.
  await page.getByRole('button', { name: 'Nový spis' }).click();
  const create = dialog(page, 'Nový spis');
  await expect(control(create, 'Věc')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(create).toBeHidden();
  expect(await storedCaseFiles(page)).toHaveLength(before.length);

  // A missing mark is refused in Czech, nothing written.
  await expect(page.getByRole('button', { name: 'Nový spis' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(control(create, 'Věc')).toBeFocused();
  await page.keyboard.type('Oprava chodníku v Lipové ulici');
  await create.getByRole('button', { name: 'Založit spis' }).click();
  await expect(create.getByText('Vyberte spisový znak.')).toBeVisible();
  expect(await storedCaseFiles(page)).toHaveLength(before.length);
  await control(create, 'Spisový znak').selectOption('3.1.2');
  await expect(create.getByTestId('case-create-mode')).toBeVisible();
  await control(create, 'Zpracovatel').selectOption('Petr Novák');
  await control(create, 'Věc').press('Enter');
  await expect(create).toBeHidden();

  // A new file opens at once; Escape returns to the list, focus on the file.
  const created = (await storedCaseFiles(page)).find(
    (file) => file.title === 'Oprava chodníku v Lipové ulici',
  );
  expect(created).toMatchObject({ fileMark: '3.1.2', handler: 'Petr Novák', documentCount: 0 });
  await expect(page.getByRole('heading', { level: 1, name: created!.reference })).toBeFocused();
  await expect(page.getByText('Spis zatím neobsahuje žádný dokument.')).toBeVisible();
  const close = caseActions(page).getByRole('button', { name: 'Uzavřít spis' });
  await expect(close).toHaveAccessibleDescription(
    'Prázdný spis nelze uzavřít — neobsahuje žádný dokument.',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Spisy' })).toBeVisible();
  await expect(page.getByRole('button', { name: created!.reference })).toBeFocused();

  // Filters narrow the list to what IndexedDB holds.
  const all = await storedCaseFiles(page);
  const filters = page.getByRole('search', { name: 'Filtry spisů' });
  const rows = page.getByRole('table', { name: 'Seznam spisů' }).locator('tbody tr');
  await expect(rows).toHaveCount(shown(all.filter((file) => file.state === 'inProgress').length));
  await filters.getByLabel('Všechny').check();
  await expect(rows).toHaveCount(shown(all.length));
  await filters.getByLabel('Spisový znak').selectOption('3.1.2');
  await expect(rows).toHaveCount(shown(all.filter((file) => file.fileMark === '3.1.2').length));
  await filters.getByLabel('Zpracovatel').selectOption('Petr Novák');
  await expect(rows).toHaveCount(
    shown(all.filter((file) => file.fileMark === '3.1.2' && file.handler === 'Petr Novák').length),
  );
  await filters.getByLabel('Rok').selectOption(String(created!.year));
  await filters.getByLabel('Hledat ve spisech').fill('CHODNIKU lipove');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(created!.reference);
  await expect(rows.first()).toContainText('Petr Novák');
  await filters.getByLabel('Hledat ve spisech').fill('chodníku topolová');
  await expect(rows).toHaveCount(0);
  await expect(page.getByText('Žádný spis neodpovídá filtrům.')).toBeVisible();
  await filters.getByLabel('Uzavřené').check();
  await filters.getByRole('button', { name: 'Zrušit filtry' }).click();
  await expect(rows).toHaveCount(shown(all.filter((file) => file.state === 'closed').length));
  await filters.getByLabel('Ve spisovně').check();
  const kept = ['handedOver', 'inRecordsOffice', 'onLoan', 'inDisposal'];
  await expect(rows).toHaveCount(shown(all.filter((file) => kept.includes(file.state)).length));
});

test('taking a document out and reopening need a reason; a closed file is not offered to a document', async ({
  openApp,
}) => {
  test.setTimeout(120_000);
  const page = await openIntake(openApp);
  const [application, reply] = await registerApplicationAndReply(page);

  await openDocumentInJournal(page, application.pid, application.reference);
  await caseSection(page).getByRole('button', { name: 'Založit spis z dokumentu' }).click();
  await dialog(page, /^Založit spis z dokumentu/)
    .getByRole('button', { name: 'Založit spis' })
    .click();
  const caseReference = (await caseSection(page).getByTestId('document-case-file').textContent())!;
  await caseSection(page).getByTestId('document-case-file').click();
  await expect(page.getByRole('heading', { level: 1, name: caseReference })).toBeVisible();

  // Vložit dokument: found by its reference number among documents in no case file.
  await caseActions(page).getByRole('button', { name: 'Vložit dokument' }).click();
  const insert = dialog(page, `Vložit dokument do spisu ${caseReference}`);
  await expect(insert.getByLabel('Najít dokument')).toBeFocused();
  await insert.getByLabel('Najít dokument').fill(reply.reference);
  await insert.getByRole('radio', { name: new RegExp(reply.reference) }).check();
  expect(await seriousViolations(page)).toEqual([]);
  await insert.getByRole('button', { name: 'Vložit do spisu' }).click();
  await expect(insert).toBeHidden();
  const inventory = page.getByRole('table', { name: /Dokumenty spisu/ });
  await expect(inventory.getByRole('row')).toHaveCount(3);

  // The initiator cannot leave while others follow it; the reply can, with a reason.
  await page.getByRole('radio', { name: `Vybrat dokument ${application.reference}` }).check();
  await expect(
    documentActions(page, application.reference).getByRole('button', { name: 'Vyjmout ze spisu' }),
  ).toHaveAccessibleDescription(/Iniciační dokument nelze ze spisu vyjmout/);
  await page.getByRole('radio', { name: `Vybrat dokument ${reply.reference}` }).check();
  await documentActions(page, reply.reference)
    .getByRole('button', { name: 'Vyjmout ze spisu' })
    .click();
  const remove = dialog(page, `Vyjmout dokument ${reply.reference} ze spisu`);
  await expect(control(remove, 'Důvod vyjmutí')).toBeFocused();
  await remove.getByRole('button', { name: 'Vyjmout ze spisu' }).click();
  await expect(remove.getByText('Uveďte důvod.')).toBeVisible();
  expect((await storedDocument(page, reply.pid)).caseFileId).not.toBeNull();
  await control(remove, 'Důvod vyjmutí').fill('Patří k jiné žádosti');
  await remove.getByRole('button', { name: 'Vyjmout ze spisu' }).click();
  await expect(remove).toBeHidden();
  await expect(inventory.getByRole('row')).toHaveCount(2);
  expect((await storedDocument(page, reply.pid)).caseFileId).toBeNull();

  // Settle and close, then reopen with a reason.
  await documentActions(page, application.reference)
    .getByRole('button', { name: 'Vyřídit' })
    .click();
  const settle = dialog(page, `Vyřídit dokument ${application.reference}`);
  await control(settle, 'Způsob vyřízení').selectOption({ label: 'jiný způsob' });
  await control(settle, 'Důvod').fill('Žadatelka žádost vzala zpět');
  await settle.getByRole('button', { name: 'Vyřídit' }).click();
  await expect(settle).toBeHidden();
  await caseActions(page).getByRole('button', { name: 'Uzavřít spis' }).click();
  await dialog(page, `Uzavřít spis ${caseReference}`)
    .getByRole('button', { name: 'Uzavřít spis' })
    .click();
  await expect(page.locator('.case-detail__header')).toContainText('Uzavřen');

  // The reply's detail offers only open files: the closed one is not among them.
  await openDocumentInJournal(page, reply.pid, reply.reference);
  await caseSection(page).getByRole('button', { name: 'Vložit do spisu' }).click();
  const join = dialog(page, `Vložit dokument ${reply.reference} do spisu`);
  await join.getByLabel('Najít spis').fill(caseReference);
  await expect(join.getByText('Žádný otevřený spis neodpovídá hledání.')).toBeVisible();
  await join.getByRole('button', { name: 'Vložit do spisu' }).click();
  await expect(join.getByText('Vyberte spis.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(join).toBeHidden();
  expect((await storedDocument(page, reply.pid)).caseFileId).toBeNull();

  await openDocumentInJournal(page, application.pid, application.reference);
  await caseSection(page).getByTestId('document-case-file').click();
  await caseActions(page).getByRole('button', { name: 'Znovu otevřít' }).click();
  const reopen = dialog(page, `Znovu otevřít spis ${caseReference}`);
  await reopen.getByRole('button', { name: 'Otevřít spis' }).click();
  await expect(reopen.getByText('Uveďte důvod.')).toBeVisible();
  expect((await storedCaseFile(page, caseReference)).state).toBe('closed');
  await control(reopen, 'Důvod otevření').fill('Žadatelka podala novou žádost');
  await reopen.getByRole('button', { name: 'Otevřít spis' }).click();
  await expect(reopen).toBeHidden();
  await expect(page.locator('.case-detail__header')).toContainText('V řešení');
  const stored = await storedCaseFile(page, caseReference);
  const log = await txlogOf(page, [stored.id, reply.pid]);
  expect(log.map((entry) => [entry.event, entry.entityId])).toEqual([
    ['Zalozeni', reply.pid],
    ['Zalozeni', stored.id],
    ['VlozeniDoSpisu', reply.pid],
    ['VyjmutiZeSpisu', reply.pid],
    ['Uzavreni', stored.id],
    ['Otevreni', stored.id],
  ]);
  expect(log[3]?.detail).toMatchObject({ reason: 'Patří k jiné žádosti' });
  expect(log[5]?.detail).toMatchObject({ reason: 'Žadatelka podala novou žádost' });
});

test('the case file mask in Settings: its example, a bad mask refused in Czech, a saved one used by the next file', async ({
  openApp,
}) => {
  // The mask is the device's own numbering: connected, the eSSL gives spisové značky.
  // So this PC works without its eSSL here (every essl.* call fails as a dead line).
  const page = await openApp('#/settings');
  await page.route('**/api/essl.*', (route) => route.abort('internetdisconnected'));
  await putRows(page, 'syncMeta', [{ key: 'numberSource', value: 'local' }]);
  await page.reload();
  const card = page.getByRole('region', { name: 'Spisová značka' });
  const example = card.getByTestId('case-file-mask-example');
  await expect(example).toHaveText(/^SZ OUHL \d+\/\d{4}$/);
  const [, sequence, year] = /^SZ OUHL (\d+)\/(\d{4})$/.exec((await example.textContent()) ?? '')!;
  const mask = control(card, 'Maska spisové značky');

  await mask.fill('SP {seq}');
  await expect(example).toHaveText('nelze sestavit — opravte masku');
  const txBefore = await countStore(page, 'txlog');
  await card.getByRole('button', { name: 'Uložit masku' }).click();
  await expect(card.getByText(/Maska musí obsahovat rok \{year\}/)).toBeVisible();
  await expect(mask).toHaveAttribute('aria-invalid', 'true');
  expect(await countStore(page, 'txlog')).toBe(txBefore);

  await mask.fill('{abbr}/{mark}/{seq:3}/{yy}');
  await expect(example).toHaveText(`OUHL/1.1/${sequence!.padStart(3, '0')}/${year!.slice(2)}`);
  expect(await seriousViolations(page)).toEqual([]);
  await card.getByRole('button', { name: 'Uložit masku' }).click();
  await expect(notices(page)).toContainText('Maska spisové značky je uložena.');
  const [setting] = await readStore<{ value: string }>(page, 'settings', { key: 'caseFileMask' });
  expect(setting?.value).toBe('{abbr}/{mark}/{seq:3}/{yy}');
  const [logged] = (await txlogOf(page, ['caseFileMask'])).slice(-1);
  expect(logged).toMatchObject({
    event: 'Uprava',
    detail: { after: '{abbr}/{mark}/{seq:3}/{yy}' },
  });

  // The next case file (linked: 5.1) takes its reference from the new mask.
  await page.keyboard.press('Alt+3');
  await page.getByRole('button', { name: 'Nový spis' }).click();
  const create = dialog(page, 'Nový spis');
  await control(create, 'Věc').fill('Změna trvalého pobytu');
  await control(create, 'Spisový znak').selectOption('5.1');
  await create.getByRole('button', { name: 'Založit spis' }).click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: `OUHL/5.1/${sequence!.padStart(3, '0')}/${year!.slice(2)}`,
    }),
  ).toBeVisible();
});

test('closing a file whose retention starts with another event asks for that year and shows the disposal year', async ({
  openApp,
}) => {
  const page = await openIntake(openApp);
  const year = officeYear(new Date());
  await fillIncoming(page, {
    sender: 'Spolek rodičů Horní Lhota',
    subject: 'Žádost o pronájem sálu kulturního domu',
    fileMark: '3.1.2',
  });
  const request = await registered(page, () => saveAndRead(page));
  await openDocumentInJournal(page, request.pid, request.reference);
  await caseSection(page).getByRole('button', { name: 'Založit spis z dokumentu' }).click();
  const create = dialog(page, /^Založit spis z dokumentu/);
  await expect(create).toContainText(
    'Skartační režim S/10, spouštěcí událost: ukončení platnosti smlouvy.',
  );
  await create.getByRole('button', { name: 'Založit spis' }).click();
  await expect(create).toBeHidden();
  await caseSection(page).getByRole('button', { name: 'Vyřídit' }).click();
  const settle = dialog(page, `Vyřídit dokument ${request.reference}`);
  await control(settle, 'Způsob vyřízení').selectOption({
    label: 'vyřízení záznamem na dokumentu',
  });
  await settle.getByRole('button', { name: 'Vyřídit' }).click();
  await expect(settle).toBeHidden();
  await expect(caseSection(page).getByTestId('document-settlement')).toHaveText(
    'vyřízení záznamem na dokumentu',
  );

  const caseReference = (await caseSection(page).getByTestId('document-case-file').textContent())!;
  await caseSection(page).getByTestId('document-case-file').click();
  await caseActions(page).getByRole('button', { name: 'Uzavřít spis' }).click();
  const closing = dialog(page, `Uzavřít spis ${caseReference}`);
  const triggerYear = control(closing, 'Rok spouštěcí události (ukončení platnosti smlouvy)');
  await expect(triggerYear).toBeFocused();
  await expect(triggerYear).toHaveValue(String(year));
  const result = closing.getByTestId('case-close-disposal');
  await expect(result).toHaveText(`Skartační řízení nejdříve v roce ${year + 11}.`);
  await triggerYear.fill('20x');
  await expect(result).toHaveText(/^Rok skartačního řízení spočítám/);
  await closing.getByRole('button', { name: 'Uzavřít spis' }).click();
  await expect(closing.getByText('Zadejte rok čtyřmi číslicemi, např. 2026.')).toBeVisible();
  expect((await storedCaseFile(page, caseReference)).state).toBe('inProgress');
  await triggerYear.fill(String(year + 3));
  await expect(result).toHaveText(`Skartační řízení nejdříve v roce ${year + 14}.`);
  expect(await seriousViolations(page)).toEqual([]);
  await closing.getByRole('button', { name: 'Uzavřít spis' }).click();
  await expect(closing).toBeHidden();
  expect(await storedCaseFile(page, caseReference)).toMatchObject({
    state: 'closed',
    triggerYear: year + 3,
    disposalYear: year + 14,
  });
  await expect(page.locator('.case-fields')).toContainText(String(year + 14));
});

test('a new document registered into a sběrný arch takes the initiator number with its order', async ({
  openApp,
}) => {
  test.setTimeout(120_000);
  const page = await openIntake(openApp);
  await fillIncoming(page, {
    sender: 'Pavel Zedník',
    subject: 'Stížnost na hluk z provozovny',
    fileMark: '1.4',
  });
  const complaint = await registered(page, () => saveAndRead(page));

  await openDocumentInJournal(page, complaint.pid, complaint.reference);
  await caseSection(page).getByRole('button', { name: 'Založit spis z dokumentu' }).click();
  const create = dialog(page, `Založit spis z dokumentu ${complaint.reference}`);
  await expect(create.getByTestId('case-create-mode')).toContainText('sběrný arch');
  await create.getByRole('button', { name: 'Založit spis' }).click();
  await expect(create).toBeHidden();
  // A sběrný arch is known by its initiator's number.
  await expect(caseSection(page).getByTestId('document-case-file')).toHaveText(complaint.reference);
  await caseSection(page).getByTestId('document-case-file').click();

  await caseActions(page).getByRole('button', { name: 'Nový dokument do spisu' }).click();
  const banner = page.getByTestId('intake-case-file');
  await expect(banner).toContainText(`dostane číslo jednací ${complaint.reference}-2`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByText('Vlastní dokument', { exact: true }).click();
  await field(page, 'Jméno a příjmení').fill('Pavel Zedník');
  await field(page, 'Věc').fill('Výzva provozovateli ke zjednání nápravy');
  // No mark chosen: the case file gives it.
  const reply = await registered(page, () => saveAndRead(page));
  expect(reply.reference).toBe(`${complaint.reference}-2`);
  const stored = await storedDocument(page, reply.pid);
  expect(stored).toMatchObject({ caseFileOrder: 2, fileMark: '1.4', state: 'inProgress' });
  // The binding ends with the save: the next document starts outside any case file.
  await page.getByRole('button', { name: 'Zaevidovat další' }).click();
  await expect(banner).toBeHidden();

  // The journal lists the sheet together and finds the suffixed number.
  await page.goto(page.url().replace(/#.*$/, '#/journal'));
  await searchBox(page).fill(`${complaint.reference}-2`);
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toContainText('Výzva provozovateli ke zjednání nápravy');
});
