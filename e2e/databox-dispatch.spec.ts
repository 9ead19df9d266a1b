import type { Locator, Page, Route } from '@playwright/test';
import { formatOfficeDateTime } from '../common/domain/time';
import { seriousViolations } from './axe';
import { openDocumentInJournal } from './caseFilesSupport';
import {
  fieldValue,
  openMessage,
  pragueDayPlus,
  receiveAll,
  simAdmin,
  type AdminBox,
} from './databoxSupport';
import { expect, test } from './fixtures';
import { readStore } from './indexedDb';
import {
  bigPdf,
  chooseFiles,
  field,
  openIntake,
  saveAndRead,
  scanPdf,
  type FileSpec,
} from './intakeSupport';
import { detail as journalDetail } from './journalSupport';

/**
 * Sending an own document by data box from its journal detail: the recipient found in
 * ISDS, the message queued while ISDS cannot be reached and sent when the line is back
 * — once — then followed to its delivery by fiction ten days later.
 */

const RECIPIENT = 'Stavby Kovář s.r.o.';

interface Registered {
  pid: string;
  reference: string;
}

/** A reply the office writes, with its files, registered at the intake. */
async function registerOwnDocument(
  page: Page,
  subject: string,
  files: FileSpec[],
): Promise<Registered> {
  await page.getByText('Vlastní dokument', { exact: true }).click();
  await field(page, 'Jméno a příjmení').fill(RECIPIENT);
  await field(page, 'Věc').fill(subject);
  await field(page, 'Spisový znak').selectOption('5.1');
  await chooseFiles(page, files);
  const pdfs = files.filter((file) => file.name.endsWith('.pdf'));
  await expect(
    page.getByRole('list', { name: 'Připojené soubory' }).getByRole('listitem'),
  ).toHaveCount(pdfs.length);
  for (const other of files.filter((file) => !pdfs.includes(file)))
    await expect(
      page.getByRole('alert').filter({ hasText: 'Tyto soubory nebyly připojeny' }),
    ).toContainText(`Soubor „${other.name}“ má nepodporovaný formát.`);
  const reference = await saveAndRead(page);
  const pid = ((await page.getByTestId('saved-pid').textContent()) ?? '').trim();
  return { pid, reference };
}

const dispatchDialog = (page: Page, reference: string): Locator =>
  page.getByRole('dialog', { name: `Odeslat datovou schránkou — ${reference}` });

async function openDispatch(page: Page, doc: Registered): Promise<Locator> {
  await openDocumentInJournal(page, doc.pid, doc.reference);
  const panel = journalDetail(page).getByTestId('dispatch-panel');
  await expect(panel).toContainText('Dokument zatím nebyl odeslán datovou schránkou.');
  await panel.getByRole('button', { name: 'Odeslat datovou schránkou…' }).click();
  const dialog = dispatchDialog(page, doc.reference);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Types into the recipient search and presses Enter (Enter searches; it does not send). */
async function searchRecipient(dialog: Locator, text: string): Promise<void> {
  const input = dialog.getByTestId('dispatch-recipient-search');
  await input.fill(text);
  await input.press('Enter');
  await expect(dialog.getByTestId('dispatch-recipient-find')).toHaveText('Hledat');
}

async function chooseRecipient(dialog: Locator, box: AdminBox): Promise<void> {
  await searchRecipient(dialog, 'Kovář');
  const hit = dialog.getByRole('listitem').filter({ hasText: box.dbID });
  await expect(hit).toContainText(box.name);
  await hit.getByRole('button', { name: 'Vybrat' }).click();
  const chosen = dialog.getByTestId('dispatch-recipient');
  await expect(chosen).toContainText(box.name);
  await expect(chosen).toContainText(box.dbID);
  await expect(chosen.getByRole('button', { name: 'Změnit adresáta' })).toBeVisible();
}

const deliveryLines = (scope: Locator): Locator =>
  scope.getByTestId('databox-delivery').locator('li');

test('a reply sent offline waits, goes out once when the line is back, and is delivered by fiction after ten days', async ({
  openApp,
  app,
}) => {
  test.setTimeout(120_000);
  const admin = simAdmin(app);
  const recipient = await admin.box((box) => box.name === RECIPIENT);
  const sentBefore = recipient.received;
  const subject = 'Vyjádření obce ke stavbě garáže na pozemku p. č. 1234/5';

  const page = await openIntake(openApp);
  const doc = await registerOwnDocument(page, subject, [
    { name: 'vyjadreni.pdf', mimeType: 'application/pdf', buffer: await scanPdf('Vyjadreni obce') },
  ]);
  const dialog = await openDispatch(page, doc);
  await expect(dialog.getByTestId('dispatch-annotation')).toHaveValue(subject);
  await expect(dialog.getByTestId('dispatch-sender-ref')).toHaveValue(doc.reference);
  await expect(dialog.getByTestId('dispatch-file')).toHaveCount(1);
  await expect(dialog.getByTestId('dispatch-file')).toContainText('vyjadreni.pdf');
  await expect(dialog.getByTestId('dispatch-file')).toContainText('hlavní dokument');
  await chooseRecipient(dialog, recipient);
  expect(await seriousViolations(page)).toEqual([]);

  // ISDS cannot be reached: the message is queued and waits.
  let refused = 0;
  const blocked = '**/api/isds.*';
  await page.route(blocked, (route: Route) => {
    if (route.request().url().endsWith('/api/isds.send')) refused += 1;
    return route.abort('internetdisconnected');
  });
  await dialog.getByRole('button', { name: 'Odeslat' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.notices')).toContainText(
    `Dokument ${doc.reference} čeká na odeslání — odešle se po připojení.`,
  );
  const panel = journalDetail(page).getByTestId('dispatch-panel');
  const item = panel.getByTestId('dispatch-message');
  await expect(item).toContainText(`Pro ${RECIPIENT}, zařazeno`);
  await expect.poll(() => refused, { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(deliveryLines(item)).toHaveText(['Čeká na odeslání — odešle se po připojení']);
  expect((await admin.box((box) => box.dbID === recipient.dbID)).received).toBe(sentBefore);

  // The line is back: the browser says so and the waiting message goes out.
  await page.unroute(blocked);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(deliveryLines(item).first()).toHaveText(/^Odesláno, ID zprávy \d+$/, {
    timeout: 30_000,
  });
  const inSim = admin
    .messages()
    .filter((message) => message.recipient === recipient.dbID && message.annotation === subject);
  expect(inSim).toHaveLength(1);
  const message = inSim[0]!;
  expect(message.deliveredAt).not.toBeNull();
  const fictionDay = pragueDayPlus(message.deliveredAt!, 10);
  await expect(deliveryLines(item)).toHaveText(
    [
      `Odesláno, ID zprávy ${message.dmID}`,
      `Dodána do schránky adresáta ${formatOfficeDateTime(new Date(message.deliveredAt!).toISOString())}`,
      new RegExp(
        `^Doručení fikcí nastane ${fictionDay.replace(/\./g, '\\.')} \\(za \\d+ d\\S+\\), pokud se adresát dříve nepřihlásí$`,
      ),
    ],
    { timeout: 30_000 },
  );
  const outbox = await readStore<{ kind: string }>(page, 'outbox');
  expect(outbox.filter((entry) => entry.kind === 'isds.send')).toHaveLength(0);

  // Eleven days on, nobody logged in: the download also follows our sent messages.
  await admin.advanceDays(11);
  await page.keyboard.press('Alt+6');
  await receiveAll(page);
  await page.getByRole('tab', { name: 'Odeslané' }).click();
  const [record] = await readStore<{ id: string }>(page, 'isdsMessages', {
    index: 'dmID',
    key: message.dmID,
  });
  if (!record) throw new Error('the sent message is not stored');
  const sent = await openMessage(page, record.id, message.dmID);
  const [after] = admin.messages().filter((each) => each.dmID === message.dmID);
  expect(after?.state).toBe(5);
  await expect(deliveryLines(sent)).toContainText([
    `Doručena fikcí ${formatOfficeDateTime(new Date(after!.acceptedAt!).toISOString())}`,
  ]);
  await expect(fieldValue(sent.getByTestId('databox-envelope'), 'Schránka adresáta')).toHaveText(
    recipient.dbID,
  );
  await expect(fieldValue(sent.getByTestId('databox-envelope'), 'Č. j. odesílatele')).toHaveText(
    doc.reference,
  );
  expect(await seriousViolations(page)).toEqual([]);

  // ISDS holds it once, and the journal's detail says the same.
  expect((await admin.box((box) => box.dbID === recipient.dbID)).received).toBe(sentBefore + 1);
  await sent.getByTestId('databox-document').getByRole('button').click();
  await expect(deliveryLines(journalDetail(page).getByTestId('dispatch-message'))).toContainText([
    /^Doručena fikcí /,
  ]);
});

test('when the answer to the sending is lost, the next attempt finds the message in ISDS instead of sending it twice', async ({
  openApp,
  app,
}) => {
  const admin = simAdmin(app);
  const recipient = await admin.box((box) => box.name === RECIPIENT);
  const subject = 'Rozhodnutí o přidělení čísla popisného';
  const page = await openIntake(openApp);
  const doc = await registerOwnDocument(page, subject, [
    { name: 'rozhodnuti.pdf', mimeType: 'application/pdf', buffer: await scanPdf('Rozhodnutí') },
  ]);
  const dialog = await openDispatch(page, doc);
  await chooseRecipient(dialog, recipient);

  // The first CreateMessage reaches ISDS, but its answer never comes back to the app.
  let lost = 0;
  await page.route('**/api/isds.send', async (route) => {
    if (lost > 0) return route.continue();
    lost += 1;
    await route.fetch();
    return route.abort('connectionreset');
  });
  await dialog.getByRole('button', { name: 'Odeslat' }).click();
  await expect(dialog).toBeHidden();
  const item = journalDetail(page).getByTestId('dispatch-panel').getByTestId('dispatch-message');
  await expect.poll(() => lost, { timeout: 20_000 }).toBe(1);
  await expect(deliveryLines(item)).toHaveText(['Čeká na odeslání — odešle se po připojení']);
  const created = admin.messages().filter((message) => message.annotation === subject);
  expect(created).toHaveLength(1);

  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(deliveryLines(item).first()).toHaveText(`Odesláno, ID zprávy ${created[0]!.dmID}`, {
    timeout: 30_000,
  });
  expect(admin.messages().filter((message) => message.annotation === subject)).toHaveLength(1);
  expect(lost).toBe(1);
});

test('the dispatch dialog refuses what ISDS would: an unknown box ID, a closed box, more than 20 MB', async ({
  openApp,
  app,
}) => {
  test.setTimeout(90_000);
  const admin = simAdmin(app);
  const closed = await admin.box((box) => box.dbState !== 1);
  const page = await openIntake(openApp);
  const half = await bigPdf(10.5 * 1024 * 1024);
  const doc = await registerOwnDocument(page, 'Projektová dokumentace k územnímu řízení', [
    { name: 'situace.pdf', mimeType: 'application/pdf', buffer: half },
    { name: 'vykresy.pdf', mimeType: 'application/pdf', buffer: half },
    // A program never becomes a file of a document, so it cannot be sent either.
    {
      name: 'program.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ\x90\x00'),
    },
  ]);
  const dialog = await openDispatch(page, doc);

  // 21 MB of files: said at once, in Czech, and the limit goes when a file is left out.
  const limits = dialog.getByTestId('dispatch-limits');
  await expect(limits).toHaveText(
    'Písemnosti mají dohromady 21 MB; běžná datová zpráva smí mít nejvýše 20 MB.',
  );
  expect(await seriousViolations(page)).toEqual([]);

  // A box ID of eight characters is no box ID: the clerk is told so, nothing can be chosen.
  await searchRecipient(dialog, 'hl7q2abx');
  await expect(dialog).toContainText(
    'ID datové schránky adresáta má přesně 7 znaků (malá písmena a číslice): „hl7q2abx“.',
  );
  await expect(dialog.getByTestId('dispatch-recipient-option')).toHaveCount(0);
  // A box that cannot receive is refused with ISDS's reason.
  await searchRecipient(dialog, closed.dbID);
  await dialog.getByTestId('dispatch-recipient-option').click();
  await expect(dialog.getByTestId('dispatch-recipient-refused')).toHaveText(
    `Schránce ${closed.name} nelze poslat zprávu: Datová schránka je trvale znepřístupněna a čeká na smazání.`,
  );
  await expect(dialog.getByTestId('dispatch-recipient-search')).toBeVisible();

  await dialog.getByRole('button', { name: 'Odeslat' }).click();
  await expect(dialog.getByTestId('dispatch-recipient')).toContainText(
    'Vyhledejte a vyberte adresáta.',
  );
  await expect(dialog).toBeVisible();
  expect(await readStore(page, 'isdsMessages')).toHaveLength(0);
  const outbox = await readStore<{ kind: string }>(page, 'outbox');
  expect(outbox.filter((row) => row.kind === 'isds.send')).toHaveLength(0);

  await dialog.getByRole('checkbox', { name: 'vykresy.pdf' }).uncheck();
  await expect(limits).toHaveText('');
  await expect(dialog).toContainText('Celkem 11 MB (nejvýše 20 MB).');
});
