import { PDFDocument } from 'pdf-lib';
import { scanData } from '../main/services/conversion/scans/testScans';
import { assertPdfA } from '../main/services/pdf/pdfa/testPdfA';
import { pdfText } from '../main/services/pdf/testTools';
import { pdfsig } from '../main/services/signing/testing/signatureTools';
import { claimsPdfA } from '../renderer/conversion/model/outputFormat';
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
} from './caseFilesSupport';
import {
  addScans,
  componentBytes,
  componentsOf,
  conversionBlobBytes,
  conversionBlobKinds,
  conversionRow,
  citizenSends,
  electronicDialog,
  openConversion,
  openConversions,
  organizationOf,
  registerMode,
  registerRecords,
  scanDialog,
  scannedPageJpeg,
  serialOf,
  signedPdf,
  storedConversions,
  tampered,
  twoPageTiff,
} from './conversionSupport';
import { downloadedBytes, openDatabox, openMessage, receiveAll } from './databoxSupport';
import { expect, test } from './fixtures';
import { readStore } from './indexedDb';
import { chooseFiles, field, fillIncoming, openIntake, saveAndRead } from './intakeSupport';
import { detail as journalDetail } from './journalSupport';
import {
  chooseCertificateFile,
  closeSignOutcome,
  TEST_P12_PASSWORD,
  trustTestCa,
  writtenElsewherePdf,
} from './lettersSupport';

const flat = (text: string) => text.replace(/\s+/g, ' ');

test('scans become a PDF/A that waits for the register, gets its number, is signed and lands on the document', async ({
  openApp,
  app,
}) => {
  test.setTimeout(150_000);
  const pki = await trustTestCa(app);
  const [first, second, annex] = await Promise.all([
    scannedPageJpeg('Kupni smlouva - strana 1', '#c0392b'),
    scannedPageJpeg('Kupni smlouva - strana 2'),
    twoPageTiff(),
  ]);

  // A paper letter registered at the intake: two sheets, scanned on both sides.
  const page = await openIntake(openApp);
  await fillIncoming(page, {
    sender: 'Marie Dvořáková',
    subject: 'Žádost o vidimaci kupní smlouvy',
  });
  await field(page, 'Počet listů').fill('2');
  const reference = await saveAndRead(page);
  const pid = ((await page.getByTestId('saved-pid').textContent()) ?? '').trim();
  await openDocumentInJournal(page, pid, reference);

  // The register is down from the start: the conversion must wait, not be finished.
  await registerMode(app, 'down');
  await journalDetail(page).getByTestId('conversion-from-paper').click();
  const dialog = scanDialog(page);
  await expect(dialog.getByTestId('scan-pick')).toBeFocused();
  await addScans(dialog, [
    { name: 'strana-1.jpg', mimeType: 'image/jpeg', buffer: first },
    { name: 'strana-2.jpg', mimeType: 'image/jpeg', buffer: second },
    { name: 'priloha.tif', mimeType: 'image/tiff', buffer: annex },
  ]);
  const added = dialog.getByRole('list', { name: 'Přidané soubory' });
  await expect(added.getByRole('listitem')).toHaveText([
    'strana-1.jpg (1 str.)',
    'strana-2.jpg (1 str.)',
    'priloha.tif (2 str.)',
  ]);
  const tiles = dialog.getByTestId('scan-page');
  await expect(tiles).toHaveCount(4);
  // Every thumbnail is a decoded image (main made it from the scan).
  for (let number = 1; number <= 4; number++) {
    const thumbnail = dialog.getByRole('img', { name: `Náhled strany ${number}` });
    await expect
      .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0);
  }
  // The page's facts as main read them: A4 at 150 dpi (Czech digit groups).
  await expect(tiles.nth(0).getByRole('listitem')).toHaveText([
    /^1\s240 × 1\s754 px$/,
    '150 dpi',
    'výstup 210 × 297 mm',
  ]);
  await expect(dialog.getByTestId('scan-sheets')).toHaveValue('2');

  // The annex's first page goes right after page 1; page 1 is turned and kept in colour.
  await dialog.getByRole('button', { name: 'Posunout stranu 3 dříve' }).click();
  await expect(tiles.nth(1).getByRole('group')).toHaveAccessibleName(
    'Strana 2 z 4 — priloha.tif, str. 1',
  );
  await expect(tiles.nth(2).getByRole('group')).toHaveAccessibleName('Strana 3 z 4 — strana-2.jpg');
  await dialog.getByRole('button', { name: 'Otočit stranu 1 doprava' }).click();
  await expect(tiles.nth(0)).toContainText('otočeno o 90°');
  await expect(tiles.nth(0)).toContainText('výstup 297 × 210 mm');
  await expect(dialog.getByTestId('scan-all-modes')).toHaveValue('blackWhite');
  await dialog.getByRole('combobox', { name: 'Režim strany 1' }).selectOption('colour');
  await expect(dialog.getByTestId('scan-all-modes')).toHaveValue('');

  // Colour needs a reason: refused in Czech at the field, and nothing is written.
  await expect(dialog.getByTestId('scan-colour-reason')).toBeVisible();
  await page.getByRole('button', { name: 'Připravit konverzi' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Barevná konverze' })).toHaveText(
    'Barevná konverze potřebuje důvod (barva nese informaci — např. barevná mapa).',
  );
  expect(await storedConversions(page)).toHaveLength(0);
  expect(await seriousViolations(page)).toEqual([]);
  // Escape with arranged pages asks first; going on keeps every page as it was.
  await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: 'Zavřít bez konverze?' });
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Pokračovat v konverzi' }).click();
  await expect(discard).toBeHidden();
  await expect(tiles).toHaveCount(4);
  await expect(tiles.nth(0)).toContainText('otočeno o 90°');
  await dialog.getByTestId('scan-colour-reason').fill('Červené razítko prodávajícího');
  await page.getByRole('button', { name: 'Připravit konverzi' }).click();
  // The dialog then shows only the outcome (its form is gone).
  const prepared = page.getByRole('dialog').filter({ has: page.getByTestId('scan-prepared') });
  await expect(prepared.getByTestId('scan-prepared')).toContainText('Konverze je připravena', {
    timeout: 30_000,
  });
  await prepared.locator('footer').getByRole('button', { name: 'Zavřít' }).click();
  await expect(prepared).toBeHidden();

  // Konverze: it waits for its number, the register being unreachable; no clause, no signing.
  const [conversion] = await storedConversions(page);
  if (!conversion) throw new Error('no conversion was written');
  await openConversions(page);
  const row = conversionRow(page, conversion.id);
  await expect(row).toContainText('čeká na číslo');
  await expect(row).toHaveAttribute('data-state', 'waitingForNumber');
  const detail = await openConversion(page, conversion.id);
  const status = detail.getByTestId('conversion-register-status');
  await expect(status).toHaveAttribute('data-state', 'waitingForNumber');
  await expect(status).toContainText('Evidence nedostupná — zkusíme znovu automaticky.');
  await expect(detail.getByTestId('conversion-action-retryNow')).toBeVisible();
  await expect(detail.getByTestId('conversion-action-sign')).toHaveCount(0);
  await expect(detail.getByTestId('conversion-number')).toHaveText('čeká na číslo');
  await expect(detail).toContainText('Červené razítko prodávajícího');
  expect(await conversionBlobKinds(page)).toEqual([`${conversion.id}:prepared`]);
  expect(await registerRecords(app)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);

  // Still down: "Zkusit hned" says so and changes nothing.
  await detail.getByTestId('conversion-action-retryNow').click();
  await expect(notices(page)).toContainText('Evidence konverzí je stále nedostupná');
  await expect(detail.getByTestId('conversion-action-sign')).toHaveCount(0);
  expect(await registerRecords(app)).toEqual([]);

  // The register is back: the number comes, the clause is made, and it waits for the signature.
  await registerMode(app, 'up');
  await detail.getByTestId('conversion-action-retryNow').click();
  await expect(status).toHaveAttribute('data-state', 'awaitingSignature', { timeout: 30_000 });
  const records = await registerRecords(app);
  expect(records).toHaveLength(1);
  const number = records[0]?.number ?? '';
  expect(records[0]?.request).toMatchObject({
    requestId: conversion.requestId,
    direction: 'paperToElectronic',
    sheets: 2,
  });
  await expect(detail.getByTestId('conversion-number')).toHaveText(number);
  await expect(row).toContainText(number);

  // Signed with the mayor's certificate file: done, and the signed PDF is the document's.
  await detail.getByTestId('conversion-action-sign').click();
  const sign = await chooseCertificateFile(page, pki.qualified.p12, TEST_P12_PASSWORD);
  await expect(sign.getByTestId('sign-certificate')).toContainText(pki.qualified.commonName);
  await sign.getByTestId('sign-confirm').click();
  await expect(page.getByTestId('sign-outcome')).toHaveAttribute('data-level', 'B-T');
  await closeSignOutcome(page);
  await expect(status).toHaveAttribute('data-state', 'done');
  await expect(detail.getByTestId('conversion-state')).toHaveText('Dokončeno');
  await expect(detail.getByTestId('conversion-preview')).toHaveAttribute('data-kind', 'output');
  expect(await seriousViolations(page)).toEqual([]);

  const outputs = (await componentsOf(page, pid)).filter(
    (component) => component.role === 'conversionOutput',
  );
  expect(outputs).toHaveLength(1);
  const output = outputs[0];
  if (!output) throw new Error('no output component');
  const signed = await componentBytes(page, output.id);
  const poppler = await pdfsig(signed);
  expect(poppler.stdout.match(/Signature is Valid\./g)).toHaveLength(1);
  await assertPdfA([{ name: output.name, pdf: signed }]);
  const text = flat(await pdfText(signed));
  expect(text).toContain('Ověřovací doložka konverze z listinné do elektronické podoby dokumentu');
  expect(text).toContain(`Pořadové číslo / Číslo ověřovací doložky: ${number}`);
  expect(text).toContain('Počet listů vstupu: 2');
  // Four scan pages and the clause; page 1 turned, and its colour JPEG carried over unchanged.
  const pdf = await PDFDocument.load(signed);
  expect(pdf.getPageCount()).toBe(5);
  expect(pdf.getPage(0).getRotation().angle).toBe(90);
  expect(signed.includes(Buffer.from(scanData(first)))).toBe(true);
  expect(signed.includes(Buffer.from(scanData(second)))).toBe(false);

  // The journal's detail of the document shows the signed output with its badge.
  await detail.getByTestId('conversion-open-document').click();
  await expect(journalDetail(page).getByRole('heading', { level: 2 })).toHaveText(reference);
  const file = journalDetail(page).locator('.journal-file').filter({ hasText: output.name });
  await expect(file.getByTestId('conversion-badges')).toHaveText('Výstup autorizované konverze');
});

test('the register refuses with its Czech reason: no number, no clause; asked again once it is up, the number comes', async ({
  openApp,
  app,
}) => {
  test.setTimeout(90_000);
  const scan = await scannedPageJpeg('Plna moc');
  const page = await openIntake(openApp);
  await fillIncoming(page, { sender: 'Josef Kučera', subject: 'Plná moc k zastupování' });
  const reference = await saveAndRead(page);
  const pid = ((await page.getByTestId('saved-pid').textContent()) ?? '').trim();
  await openDocumentInJournal(page, pid, reference);

  const reason = 'Evidence konverzí je do 14:00 uzavřena kvůli údržbě.';
  await registerMode(app, 'error', reason);
  await journalDetail(page).getByTestId('conversion-from-paper').click();
  const dialog = scanDialog(page);
  await addScans(dialog, [{ name: 'plna-moc.jpg', mimeType: 'image/jpeg', buffer: scan }]);
  await expect(dialog.getByTestId('scan-page')).toHaveCount(1);
  await page.getByRole('button', { name: 'Připravit konverzi' }).click();
  const prepared = page.getByRole('dialog').filter({ has: page.getByTestId('scan-prepared') });
  await expect(prepared.getByTestId('scan-prepared')).toBeVisible({ timeout: 30_000 });
  await prepared.locator('footer').getByRole('button', { name: 'Zavřít' }).click();

  const [conversion] = await storedConversions(page);
  if (!conversion) throw new Error('no conversion was written');
  await openConversions(page);
  const row = conversionRow(page, conversion.id);
  await expect(row).toHaveAttribute('data-state', 'refused', { timeout: 30_000 });
  await expect(row).toContainText('Evidence odmítla');
  await expect(row).toContainText('bez čísla');
  const detail = await openConversion(page, conversion.id);
  const status = detail.getByTestId('conversion-register-status');
  await expect(status).toHaveAttribute('data-state', 'refused');
  const refusal = `Evidence konverzí žádost odmítla. Důvod: ${reason}`;
  await expect(detail.getByTestId('conversion-refusal')).toHaveText(refusal);
  await expect(detail.getByTestId('conversion-number')).toHaveText('bez čísla');
  await expect(detail.getByTestId('conversion-action-sign')).toHaveCount(0);
  await expect(detail.getByTestId('conversion-preview')).toHaveAttribute('data-kind', 'prepared');
  expect(await conversionBlobKinds(page)).toEqual([`${conversion.id}:prepared`]);
  expect(await registerRecords(app)).toEqual([]);
  const [refused] = await storedConversions(page);
  expect(refused).toMatchObject({ state: 'refused', number: null, refusal: { message: refusal } });

  // The register is up again: "Požádat znovu" gets the number and the clause follows.
  await registerMode(app, 'up');
  await detail.getByTestId('conversion-action-askAgain').click();
  await expect(status).toHaveAttribute('data-state', 'awaitingSignature', { timeout: 30_000 });
  const records = await registerRecords(app);
  expect(records).toHaveLength(1);
  // Asked again under a new request id: the refused request stays refused.
  const [numbered] = await storedConversions(page);
  expect(numbered?.requestId).not.toBe(conversion.requestId);
  expect(records[0]?.request.requestId).toBe(numbered?.requestId);
  expect(numbered?.number).toBe(records[0]?.number);
  await expect(detail.getByTestId('conversion-number')).toHaveText(records[0]?.number ?? '');
  await expect(detail.getByTestId('conversion-action-sign')).toBeVisible();
  await expect(detail.getByTestId('conversion-preview')).toHaveAttribute('data-kind', 'withClause');
  expect(await conversionBlobKinds(page)).toEqual([
    `${conversion.id}:prepared`,
    `${conversion.id}:withClause`,
  ]);
});

test('closing a case file lists the file not in PDF/A; the format change converts it, keeps the original, and the file closes', async ({
  openApp,
}) => {
  test.setTimeout(90_000);
  const original = await writtenElsewherePdf('Smlouva o nájmu hrobového místa');
  const page = await openIntake(openApp);
  await fillIncoming(page, {
    sender: 'Božena Čermáková',
    subject: 'Smlouva o nájmu hrobového místa',
    fileMark: '5.1',
  });
  await chooseFiles(page, [{ name: 'smlouva.pdf', mimeType: 'application/pdf', buffer: original }]);
  const reference = await saveAndRead(page);
  const pid = ((await page.getByTestId('saved-pid').textContent()) ?? '').trim();
  const [stored] = await componentsOf(page, pid);
  if (!stored) throw new Error('the intake kept no file');
  expect(claimsPdfA(await componentBytes(page, stored.id))).toBe(false);

  // A case file made from the document, which is then taken note of (settled).
  await openDocumentInJournal(page, pid, reference);
  await caseSection(page).getByRole('button', { name: 'Založit spis z dokumentu' }).click();
  const create = dialog(page, `Založit spis z dokumentu ${reference}`);
  await create.getByRole('button', { name: 'Založit spis' }).click();
  await expect(create).toBeHidden();
  const link = caseSection(page).getByTestId('document-case-file');
  await expect(link).toHaveText(/^SZ OUHL \d+\/\d{4}$/);
  const caseReference = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: caseReference })).toBeVisible();
  await page.getByRole('radio', { name: `Vybrat dokument ${reference}` }).check();
  await documentActions(page, reference).getByRole('button', { name: 'Vyřídit' }).click();
  const settle = dialog(page, `Vyřídit dokument ${reference}`);
  await control(settle, 'Způsob vyřízení').selectOption({ label: 'vzetí na vědomí' });
  await settle.getByRole('button', { name: 'Vyřídit' }).click();
  await expect(settle).toBeHidden();

  // Closing lists the file; closing without converting or confirming is refused.
  const close = caseActions(page).getByRole('button', { name: 'Uzavřít spis' });
  await expect(close).toBeEnabled();
  await close.click();
  const closing = dialog(page, `Uzavřít spis ${caseReference}`);
  const formats = closing.getByTestId('case-close-formats');
  await expect(formats.getByRole('listitem')).toHaveText([`smlouva.pdf — dokument ${reference}`]);
  expect(await seriousViolations(page)).toEqual([]);
  await closing.getByRole('button', { name: 'Uzavřít i tak' }).click();
  await expect(formats.getByRole('alert')).toHaveText(
    'Spis obsahuje soubory, které nejsou ve výstupním formátu. Převeďte je do PDF/A, nebo potvrďte, že chcete spis uzavřít i tak.',
  );
  expect((await storedCaseFile(page, caseReference)).state).toBe('inProgress');

  // "Převést do PDF/A": the format change dialog converts it with the § 24 clause.
  await formats.getByTestId('case-close-convert').click();
  const change = dialog(page, 'Změna formátu do PDF/A');
  const row = change.getByTestId(`format-change-row-${stored.id}`);
  await expect(row).toContainText('Není ve výstupním formátu');
  await change.getByRole('button', { name: 'Převést do PDF/A' }).click();
  await expect(row).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(change.getByTestId('format-change-summary')).toHaveText('Převedeno 1 z 1 souborů.');
  await change.locator('footer').getByRole('button', { name: 'Zavřít' }).click();
  await expect(change).toBeHidden();

  // Nothing left to convert: the file closes without "close anyway".
  await expect(formats).toHaveCount(0);
  await closing.getByRole('button', { name: 'Uzavřít spis' }).click();
  await expect(closing).toBeHidden();
  await expect(notices(page)).toContainText(`Spis ${caseReference} byl uzavřen.`);
  expect((await storedCaseFile(page, caseReference)).state).toBe('closed');

  // The original stays as it came; beside it the PDF/A with the clause.
  const files = await componentsOf(page, pid);
  expect(files).toHaveLength(2);
  const made = files.find((file) => file.role === 'formatChanged');
  if (!made) throw new Error('no PDF/A was made');
  expect(made.derivedFrom).toBe(stored.id);
  expect(await componentBytes(page, stored.id)).toEqual(original);
  const pdfA = await componentBytes(page, made.id);
  await assertPdfA([{ name: made.name, pdf: pdfA }]);
  const text = flat(await pdfText(pdfA));
  expect(text).toContain('Smlouva o nájmu hrobového místa');
  expect(text).toContain('Doložka o změně datového formátu');
  expect(text).toContain('Převedený soubor: smlouva.pdf');

  // The journal's detail shows both, each with its badge.
  await openDocumentInJournal(page, pid, reference);
  const fileItems = journalDetail(page).locator('.journal-file');
  await expect(fileItems).toHaveCount(2);
  await expect(
    fileItems.filter({ hasText: made.name }).getByTestId('conversion-badges'),
  ).toHaveText('Změna formátu — PDF/A s doložkou');
  await expect(
    fileItems.filter({ hasText: 'smlouva.pdf' }).first().getByTestId('conversion-badges'),
  ).toHaveText('převedeno do PDF/A');
});

test('a signed PDF from a data message goes to paper: verified, numbered, printed with the clause and kept; an altered one needs confirming', async ({
  openApp,
  app,
}) => {
  test.setTimeout(120_000);
  const pki = await trustTestCa(app);
  const signer = pki.qualified;
  const valid = await signedPdf(signer, 'Žádost o vydání územně plánovací informace');
  const altered = tampered(await signedPdf(signer, 'Situační výkres k žádosti'));
  const subject = 'Žádost o vydání územně plánovací informace';
  const { dmID } = await citizenSends(app, {
    subject,
    files: [
      { name: 'zadost.pdf', pdf: valid },
      { name: 'situace.pdf', pdf: altered },
    ],
  });

  // Downloaded from the box: the message is registered in the journal with both files.
  const page = await openDatabox(openApp);
  await receiveAll(page);
  const message = await openMessage(page, `received:${dmID}`, dmID);
  const open = message.getByTestId('databox-document').getByRole('button');
  await expect(open).toHaveText(/^Otevřít v podacím deníku: OUHL \d+\/\d{4}$/);
  const reference = ((await open.textContent()) ?? '').replace('Otevřít v podacím deníku: ', '');
  await open.click();
  await expect(journalDetail(page).getByRole('heading', { level: 2 })).toHaveText(reference);
  const [stored] = await readStore<{ documentPid: string | null }>(page, 'isdsMessages', {
    key: `received:${dmID}`,
  });
  const pid = stored?.documentPid ?? '';
  const files = await componentsOf(page, pid);
  const validFile = files.find((file) => file.name === 'zadost.pdf');
  const alteredFile = files.find((file) => file.name === 'situace.pdf');
  if (!validFile || !alteredFile) throw new Error('the message files are not on the document');

  // The altered file: its signature does not hold, and preparing needs the clerk's confirmation.
  await journalDetail(page).getByTestId('conversion-to-paper').click();
  const toPaper = electronicDialog(page);
  await expect(toPaper.getByTestId('conversion-from-message')).toContainText(dmID);
  await toPaper.getByTestId(`conversion-component-${alteredFile.id}`).check();
  const examination = toPaper.getByTestId('conversion-examination');
  await expect(examination).toHaveAttribute('data-valid', 'false', { timeout: 30_000 });
  await expect(examination).toContainText('Podpis nebyl ověřen jako platný.');
  await toPaper.getByRole('button', { name: 'Připravit konverzi' }).click();
  await expect(toPaper.getByRole('alert').filter({ hasText: 'Potvrďte' })).toHaveText(
    'Potvrďte, že soubor chcete převést, přestože jeho podpis nebyl ověřen jako platný.',
  );
  expect(await storedConversions(page)).toHaveLength(0);
  expect(await seriousViolations(page)).toEqual([]);
  await toPaper.getByTestId('conversion-confirm-invalid').check();
  await toPaper.getByRole('button', { name: 'Připravit konverzi' }).click();
  await expect(toPaper).toBeHidden({ timeout: 30_000 });

  // The valid one: signed, valid, with the certificate's serial, its provider and the signer.
  await journalDetail(page).getByTestId('conversion-to-paper').click();
  await toPaper.getByTestId(`conversion-component-${validFile.id}`).check();
  await expect(examination).toHaveAttribute('data-valid', 'true', { timeout: 30_000 });
  await expect(examination).toContainText(
    'Soubor je podepsán elektronickým podpisem. Podpis byl ověřen jako platný.',
  );
  const provider = organizationOf(pki.ca.certPem);
  await expect(examination.locator('dd')).toHaveText([
    signer.commonName,
    serialOf(signer.certPem),
    `${provider} — Certifikát je kvalifikovaný.`,
    'Vstup nemá časové razítko.',
  ]);
  await expect(toPaper.getByTestId('conversion-confirm-invalid')).toHaveCount(0);
  await toPaper.getByRole('button', { name: 'Připravit konverzi' }).click();
  await expect(toPaper).toBeHidden({ timeout: 30_000 });

  // Both are numbered by the register and ready to print.
  const conversions = await storedConversions(page);
  const forValid = conversions.find((item) => item.input.componentId === validFile.id);
  const forAltered = conversions.find((item) => item.input.componentId === alteredFile.id);
  if (!forValid || !forAltered) throw new Error('the conversions were not written');
  expect(forAltered.confirmedInvalid).toBe(true);
  await openConversions(page);
  await expect(conversionRow(page, forValid.id)).toHaveAttribute('data-state', 'readyToPrint', {
    timeout: 30_000,
  });
  await expect(conversionRow(page, forAltered.id)).toHaveAttribute('data-state', 'readyToPrint');
  const records = await registerRecords(app);
  const number = records.find((record) => record.request.requestId === forValid.requestId)?.number;
  if (!number) throw new Error('the register has no number for the conversion');
  const detail = await openConversion(page, forValid.id);
  await expect(detail.getByTestId('conversion-number')).toHaveText(number);
  await expect(detail.getByTestId('conversion-examination')).toHaveAttribute(
    'data-verdict',
    'valid',
  );

  // "Tisknout": saved for printing, then confirmed as printed — kept as conversionPrint.
  await detail.getByTestId('conversion-action-print').click();
  const print = page
    .getByRole('dialog')
    .filter({ has: page.getByTestId('conversion-print-dialog') });
  const download = page.waitForEvent('download');
  await print.getByTestId('conversion-print-save').click();
  const saved = await downloadedBytes(await download);
  await print.getByTestId('conversion-print-confirm').click();
  await expect(print).toBeHidden();
  await expect(notices(page)).toContainText(`Konverze ${number} je zapsána jako vytištěná.`);
  await expect(detail.getByTestId('conversion-register-status')).toHaveAttribute(
    'data-state',
    'done',
  );
  const printout = (await componentsOf(page, pid)).filter(
    (file) => file.role === 'conversionPrint',
  );
  expect(printout).toHaveLength(1);
  const printed = await componentBytes(page, printout[0]?.id ?? '');
  expect(printed).toEqual(saved.bytes);
  await assertPdfA([{ name: printout[0]?.name ?? 'tisk.pdf', pdf: printed }]);
  const text = flat(await pdfText(printed));
  expect(text).toContain('Žádost o vydání územně plánovací informace');
  expect(text).toContain('Ověřovací doložka konverze z elektronické do listinné podoby dokumentu');
  expect(text).toContain(`Pořadové číslo / Číslo ověřovací doložky: ${number}`);
  expect(text).toContain('Počet listů výstupu: 2');
  expect(text).toContain(`Podepisující osoba: ${signer.commonName}`);
  expect(text).toContain(`Sériové číslo certifikátu: ${serialOf(signer.certPem)}`);
  expect(text).toContain(provider);

  // The altered one's clause says the verification failed and the clerk converted anyway.
  const alteredDetail = await openConversion(page, forAltered.id);
  await expect(alteredDetail.getByTestId('conversion-examination')).toHaveAttribute(
    'data-verdict',
    'invalid',
  );
  await expect(alteredDetail).toContainText(
    'Úředník převedl vstup přesto, že podpis nebyl ověřen jako platný; ověřovací doložka to uvádí.',
  );
  expect(await seriousViolations(page)).toEqual([]);
  const alteredText = flat(
    await pdfText(await conversionBlobBytes(page, forAltered.id, 'withClause')),
  );
  expect(alteredText).toMatch(/Ověření dne \d{1,2}\. \d{1,2}\. \d{4} nebylo úspěšné:/);
  expect(alteredText).toContain('Konverze byla provedena, přestože ověření nebylo úspěšné.');
});
