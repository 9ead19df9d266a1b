import { formatOfficeDate, officeDateString } from '../common/domain/time';
import { seriousViolations } from './axe';
import { openDocumentInJournal } from './caseFilesSupport';
import { downloadedBytes, simAdmin } from './databoxSupport';
import { expect, test } from './fixtures';
import { readStore } from './indexedDb';
import { openIntake, scanPdf } from './intakeSupport';
import { detail as journalDetail } from './journalSupport';
import {
  chooseCertificateFile,
  closeSignOutcome,
  expectPreviewDrawn,
  handOver,
  importLetterPdf,
  KOVAR,
  MAYOR,
  openLetterEditor,
  openQueued,
  openSigning,
  registerOwnDocument,
  saveAndHandOver,
  signDialog,
  signingRows,
  TEST_P12_PASSWORD,
  trustTestCa,
  tsaMode,
  writeLetter,
  writtenElsewherePdf,
  WRONG_PASSWORD,
} from './lettersSupport';

test('a clerk writes a letter, the mayor signs it with a timestamp, and it leaves by data box', async ({
  openApp,
  app,
}) => {
  test.setTimeout(120_000);
  const pki = await trustTestCa(app);
  const admin = simAdmin(app);
  const recipient = await admin.box((box) => box.name === KOVAR.name);
  const page = await openIntake(openApp);
  const subject = 'Vyjádření ke stavbě garáže na pozemku p. č. 1234/5';
  const doc = await registerOwnDocument(page, subject);

  // The clerk writes the letter: template, the mayor as signer, a body with bold and a bullet.
  const editor = await writeLetter(page, doc, {
    body: 'Obec **nemá námitky** ke stavbě garáže.\n\nPodmínky:\n- stavba nepřesáhne hranici pozemku',
  });
  await expect(editor.getByTestId('letter-addressee-name')).toHaveValue(KOVAR.name);
  await expect(editor.getByTestId('letter-our-ref')).toHaveValue(doc.reference);
  await editor.getByTestId('letter-save').click();
  await expect(page.locator('.notices')).toContainText('Koncept dopisu je uložený.');
  await handOver(page, editor.getByTestId('letter-request-signature'), 'Prosím o podpis do pátku.');
  await expect(page.locator('.notices')).toContainText(`Dopis ${doc.reference} čeká na podpis.`);

  // The mayor's queue lists it with the note; the mayor signs with a certificate file.
  await openSigning(page);
  await expect(signingRows(page)).toHaveCount(1);
  await expect(signingRows(page).first()).toContainText('Prosím o podpis do pátku.');
  const detail = await openQueued(page, doc.reference);
  await expect(detail.getByRole('img', { name: /^Strana 1 z 1/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The keychain's list (the demo offers the simulator's mayor) answers only after the
  // mayor has picked a file: the picked file must stay the key that signs.
  let releaseStored = () => {};
  const storedHeld = new Promise<void>((resolve) => (releaseStored = resolve));
  await page.route('**/api/signing.storedSigners', async (route) => {
    await storedHeld;
    await route.continue();
  });
  await detail.getByTestId('letter-sign').click();
  const dialog = await chooseCertificateFile(page, pki.qualified.p12, TEST_P12_PASSWORD);
  await expect(dialog.getByTestId('sign-certificate')).toContainText(pki.qualified.commonName);
  const storedAnswer = page.waitForResponse('**/api/signing.storedSigners');
  releaseStored();
  await storedAnswer;
  await expect(dialog.getByTestId('sign-source-pkcs12')).toBeChecked();
  await expect(dialog.getByTestId('sign-certificate')).toContainText(pki.qualified.commonName);
  await expect(dialog.getByTestId('sign-blocking')).toHaveCount(0);
  await expect(dialog.getByTestId('sign-timestamp')).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByTestId('sign-confirm').click();
  const outcome = page.getByTestId('sign-outcome');
  await expect(outcome).toHaveAttribute('data-level', 'B-T');
  await expect(outcome).toContainText('Dopis je podepsán s časovým razítkem (B-T).');
  await expect(outcome).toContainText(`Podepsal(a): ${pki.qualified.commonName}`);
  await closeSignOutcome(page);

  // The signature panel verifies the signed PDF at once: valid, trusted, with its timestamp.
  const report = detail.getByTestId('signature-report');
  await expect(report).toHaveAttribute('data-verdict', 'valid', { timeout: 20_000 });
  const signature = report.getByTestId('signature-item');
  await expect(signature).toHaveCount(1);
  await expect(signature).toHaveAttribute('data-verdict', 'valid');
  await expect(signature).toHaveAttribute('data-kind', 'signature');
  await expect(signature.getByTestId('signature-signer')).toHaveText(pki.qualified.commonName);
  await expect(signature.getByTestId('signature-chain')).toHaveAttribute('data-chain', 'trusted');
  await expect(signature.getByTestId('signature-timestamp')).toContainText(
    /^\d{1,2}\. \d{1,2}\. \d{4} \d{2}:\d{2}:\d{2}, Simulátor ISDS — časové razítko \(razítko je platné\)$/,
  );
  await expect(detail.getByTestId('letter-level')).toHaveText('B-T (s časovým razítkem)');
  await expect(signingRows(page)).toHaveCount(0);

  // Dispatched by data box: the signed PDF goes first, to Kovář's box in the simulator.
  await page.getByTestId('signing-tab-signed').click();
  const signed = await openQueued(page, doc.reference);
  await signed.getByTestId('letter-send-databox').click();
  const dispatch = page.getByRole('dialog', {
    name: `Odeslat datovou schránkou — ${doc.reference}`,
  });
  await expect(dispatch.getByTestId('dispatch-file').first()).toContainText('podepsano.pdf');
  await expect(dispatch.getByTestId('dispatch-file').first()).toContainText('hlavní dokument');
  const search = dispatch.getByTestId('dispatch-recipient-search');
  await search.fill('Kovář');
  await search.press('Enter');
  const hit = dispatch.getByRole('listitem').filter({ hasText: recipient.dbID });
  await hit.getByRole('button', { name: 'Vybrat' }).click();
  await expect(dispatch.getByTestId('dispatch-recipient')).toContainText(recipient.dbID);
  await dispatch.getByRole('button', { name: 'Odeslat' }).click();
  await expect(dispatch).toBeHidden();
  await expect(signingRows(page)).toHaveCount(0);

  // The journal's detail: the letter is dispatched and the message went out once.
  await signed.getByTestId('letter-open-document').click();
  await expect(journalDetail(page).getByRole('heading', { level: 2 })).toHaveText(doc.reference);
  await expect(journalDetail(page).getByTestId('letter-signing-state')).toHaveAttribute(
    'data-state',
    'dispatched',
  );
  const sent = journalDetail(page).getByTestId('dispatch-message');
  await expect(sent.getByTestId('databox-delivery').locator('li').first()).toHaveText(
    /^Odesláno, ID zprávy \d+$/,
    { timeout: 30_000 },
  );
  const inSim = admin
    .messages()
    .filter((message) => message.recipient === recipient.dbID && message.annotation === subject);
  expect(inSim).toHaveLength(1);
  const [letter] = await readStore<{ state: string; signatureLevel: string }>(page, 'letters', {
    index: 'pid',
    key: doc.pid,
  });
  expect(letter).toMatchObject({ state: 'dispatched', signatureLevel: 'B-T' });
});

test('bad inputs: a character the font lacks, a wrong certificate password, a letter returned with a comment', async ({
  openApp,
  app,
}) => {
  test.setTimeout(120_000);
  const pki = await trustTestCa(app);
  const page = await openIntake(openApp);
  const older = await registerOwnDocument(page, 'Oznámení o zahájení řízení');
  await page.getByRole('button', { name: 'Zaevidovat další' }).click();
  const newer = await registerOwnDocument(page, 'Odpověď na žádost o kácení dřevin');

  // A CJK character in the subject: the preview names the field and the character, in Czech.
  const editor = await writeLetter(page, older, { body: 'Oznamujeme zahájení řízení.' });
  await editor.getByTestId('letter-subject').fill('Oznámení o zahájení řízení 漢');
  const missingGlyph =
    'Znak „漢“ (U+6F22) v poli Věc nelze vysázet — písmo dopisu ho neobsahuje. Nahraďte ho jiným znakem nebo ho vynechte.';
  await expect(editor.getByTestId('letter-preview-error')).toHaveText(missingGlyph);
  await editor.getByTestId('letter-save').click();
  await expect(editor.getByTestId('letter-failure')).toHaveText(missingGlyph);
  expect(await readStore(page, 'letters')).toHaveLength(0);
  await editor.getByTestId('letter-subject').fill('Oznámení o zahájení řízení');
  await expectPreviewDrawn(editor);
  await saveAndHandOver(page, editor, 'Běžné oznámení.');

  const second = await writeLetter(page, newer, { body: 'Žádosti se vyhovuje.' });
  await saveAndHandOver(page, second, 'Spěchá.');

  // The queue lists the older letter first.
  await openSigning(page);
  await expect(signingRows(page)).toHaveCount(2);
  await expect(signingRows(page).nth(0)).toContainText(older.reference);
  await expect(signingRows(page).nth(1)).toContainText(newer.reference);
  await expect(page.getByTestId('signing-tab-awaiting')).toHaveText('Čeká na podpis (2)');

  // A wrong password: said in Czech in the dialog, and nothing is signed or stored.
  const detail = await openQueued(page, older.reference);
  await detail.getByTestId('letter-sign').click();
  const dialog = await chooseCertificateFile(page, pki.qualified.p12, 'spatne-heslo');
  await expect(dialog.getByRole('alert')).toHaveText(WRONG_PASSWORD);
  await expect(dialog.getByTestId('sign-certificate')).toHaveCount(0);
  await expect(dialog.getByTestId('sign-confirm')).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Zrušit' }).click();
  await expect(dialog).toBeHidden();
  await expect(signingRows(page)).toHaveCount(2);
  const components = await readStore<{ role?: string }>(page, 'components');
  expect(components.filter((component) => component.role === 'signedLetter')).toHaveLength(0);

  // The mayor returns the newer letter with a comment: it leaves the queue.
  await page
    .getByTestId('signing-detail')
    .getByRole('button', { name: 'Zavřít náhled dopisu' })
    .click();
  const returning = await openQueued(page, newer.reference);
  await returning.getByTestId('letter-return').click();
  const returnForm = page.getByTestId('return-dialog');
  await returnForm.getByTestId('return-comment').fill('Doplňte prosím číslo parcely.');
  await page
    .getByRole('dialog')
    .filter({ has: returnForm })
    .getByRole('button', { name: 'Vrátit k úpravě' })
    .click();
  await expect(returnForm).toBeHidden();
  await expect(signingRows(page)).toHaveCount(1);
  await expect(signingRows(page).first()).toContainText(older.reference);
  await page.getByTestId('signing-tab-returned').click();
  await expect(signingRows(page)).toHaveCount(1);
  await expect(signingRows(page).first()).toContainText('Doplňte prosím číslo parcely.');

  // The clerk opens the letter again: the editor shows the mayor's comment.
  const reopened = await openLetterEditor(page, newer);
  await expect(reopened.getByTestId('letter-returned')).toHaveText(
    'Starosta dopis vrátil s připomínkou: Doplňte prosím číslo parcely.',
  );
  await expect(reopened.getByTestId('letter-body')).toHaveValue('Žádosti se vyhovuje.');
  await reopened
    .getByTestId('letter-body')
    .fill('Žádosti o kácení dřevin na pozemku p. č. 1234/5 se vyhovuje.');
  await expectPreviewDrawn(reopened);
  await saveAndHandOver(page, reopened, 'Opraveno.');
  await page.keyboard.press('Alt+7');
  await page.getByTestId('signing-tab-awaiting').click();
  await expect(signingRows(page)).toHaveCount(2);
  await expect(signingRows(page).nth(1)).toContainText(newer.reference);
});

test('an imported PDF, signed while the timestamp authority is down and stamped when it is back, goes by registered post with a return receipt', async ({
  openApp,
  app,
}) => {
  test.setTimeout(120_000);
  const page = await openIntake(openApp);
  const doc = await registerOwnDocument(page, 'Výzva k odstranění nedostatků');
  await openDocumentInJournal(page, doc.pid, doc.reference);

  // A PDF whose font is not embedded cannot become a PDF/A letter; one with its font can.
  await importLetterPdf(page, { name: 'vyzva-helvetica.pdf', buffer: await scanPdf('Vyzva') });
  await expect(page.locator('.notices')).toContainText(
    'PDF nelze použít jako dopis: používá písmo „Helvetica“, které v něm není vložené. Vytvořte PDF znovu s vloženými písmy.',
  );
  expect(await readStore(page, 'letters')).toHaveLength(0);
  await importLetterPdf(page, {
    name: 'vyzva.pdf',
    buffer: await writtenElsewherePdf('Výzva k odstranění nedostatků'),
  });
  await expect(page.locator('.notices')).toContainText(
    `PDF je uložené jako dopis k dokumentu ${doc.reference}.`,
  );
  await expect(journalDetail(page).getByTestId('letter-state')).toHaveText(
    'Dopis: rozpracovaný (načtený z PDF)',
  );

  // Handed over from the document's detail: an imported letter names no signer, the clerk does.
  await journalDetail(page).getByTestId('letter-request-signature-detail').click();
  const request = page.getByTestId('request-signature-dialog');
  await expect(request.getByTestId('request-signer')).toHaveValue('');
  await request.getByTestId('request-signer').fill(MAYOR);
  await page
    .getByRole('dialog')
    .filter({ has: request })
    .getByRole('button', { name: 'Předat k podpisu' })
    .click();
  await expect(request).toBeHidden();
  await expect(journalDetail(page).getByTestId('letter-signing-state')).toHaveAttribute(
    'data-state',
    'awaitingSignature',
  );

  // The authority is down: the demo mayor's stored certificate signs B-B, and says why.
  await tsaMode(app, 'down');
  await openSigning(page);
  const detail = await openQueued(page, doc.reference);
  await detail.getByTestId('letter-sign').click();
  const dialog = signDialog(page);
  await expect(dialog.getByTestId('sign-source-stored')).toBeChecked();
  await dialog.getByTestId('sign-stored-item').check();
  await expect(dialog.getByTestId('sign-certificate')).toContainText(MAYOR);
  await dialog.getByTestId('sign-confirm').click();
  const outcome = page.getByTestId('sign-outcome');
  await expect(outcome).toHaveAttribute('data-level', 'B-B');
  await expect(outcome).toContainText(
    'Časové razítko nebylo dostupné, dokument je podepsán bez něj (B-B); razítko lze doplnit před odesláním.',
  );
  await closeSignOutcome(page);
  await page.getByTestId('signing-tab-signed').click();
  const signed = await openQueued(page, doc.reference);
  await expect(signingRows(page).first()).toHaveAttribute('data-level', 'B-B');
  await expect(signed.getByTestId('letter-level')).toHaveText('B-B (bez časového razítka)');
  const report = signed.getByTestId('signature-report');
  await expect(report).toHaveAttribute('data-verdict', 'valid', { timeout: 20_000 });
  await expect(report.getByTestId('signature-item')).toHaveCount(1);
  await expect(report.getByTestId('signature-item').getByTestId('signature-timestamp')).toHaveCount(
    0,
  );

  // Still down: adding the timestamp fails in Czech and changes nothing.
  await signed.getByTestId('letter-add-timestamp').click();
  await expect(page.locator('.notices')).toContainText(
    'Autorita časových razítek není dostupná; dokument zůstal beze změny. Zkuste to prosím později.',
  );
  await expect(signed.getByTestId('letter-level')).toHaveText('B-B (bez časového razítka)');

  // Back up: "Přidat časové razítko" makes it B-T.
  await tsaMode(app, 'ok');
  await signed.getByTestId('letter-add-timestamp').click();
  await expect(page.locator('.notices')).toContainText(
    `K podpisu dopisu ${doc.reference} bylo přidáno časové razítko.`,
  );
  await expect(signed.getByTestId('letter-level')).toHaveText('B-T (s časovým razítkem)');
  await expect(signed.getByTestId('letter-add-timestamp')).toHaveCount(0);
  const items = signed.getByTestId('signature-report').getByTestId('signature-item');
  await expect(items).toHaveCount(2, { timeout: 20_000 });
  await expect(items.nth(1)).toHaveAttribute('data-kind', 'documentTimestamp');
  await expect(items.nth(1)).toHaveAttribute('data-verdict', 'valid');

  // By post, registered with a return receipt: the envelope is printed (saved) and the letter dispatched.
  await signed.getByTestId('letter-send-post').click();
  const post = page.getByTestId('post-dialog');
  await post.getByTestId('post-kind-doporuceneDodejka').check();
  await post.getByTestId('post-format').selectOption('dl-envelope');
  const download = page.waitForEvent('download');
  await post.getByTestId('post-print').click();
  const envelope = await download;
  expect(envelope.suggestedFilename()).toMatch(/\.pdf$/);
  const { bytes } = await downloadedBytes(envelope);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page
    .getByRole('dialog')
    .filter({ has: post })
    .getByRole('button', { name: 'Zapsat jako odeslané' })
    .click();
  await expect(post).toBeHidden();
  await expect(page.locator('.notices')).toContainText(
    `Dopis ${doc.reference} je zapsán jako odeslaný poštou.`,
  );
  await expect(signingRows(page)).toHaveCount(0);
  await expect(signed.getByTestId('letter-signing-state')).toHaveAttribute(
    'data-state',
    'dispatched',
  );
  await expect(signed.getByTestId('letter-post')).toContainText('Doporučeně s dodejkou');

  // The dodejka comes back: recorded from the document's detail.
  await signed.getByTestId('letter-open-document').click();
  const panel = journalDetail(page).getByTestId('letter-panel');
  await panel.getByTestId('letter-return-receipt').click();
  const receipt = page.getByTestId('receipt-dialog');
  const today = officeDateString(new Date());
  await receipt.getByTestId('receipt-received-on').fill(today);
  await page
    .getByRole('dialog')
    .filter({ has: receipt })
    .getByRole('button', { name: 'Zapsat doručenku' })
    .click();
  await expect(receipt).toBeHidden();
  await expect(panel.getByTestId('letter-post')).toContainText(
    `Doručenka: ${formatOfficeDate(today)}`,
  );
  await expect(panel.getByTestId('letter-return-receipt')).toHaveCount(0);
});
