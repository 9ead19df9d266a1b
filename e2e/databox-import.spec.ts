import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { addBoxes, fieldValue, fixtureBytes, messageDetail } from './databoxSupport';
import { expect, test } from './fixtures';
import { readStore } from './indexedDb';
import { scanPdf, type FileSpec } from './intakeSupport';

/**
 * ZFO files from disk: the four real ones from the ISDS test environment import with
 * their envelopes and files, their seals intact but not trusted here (the test
 * environment's certificates are not the production ISDS's); files that are no ZFO are
 * refused in Czech, and one changed byte makes the seal INVALID.
 */

/** The fixtures' boxes: the test environment's testers, as the office would have set them up. */
const TESTER_BOXES = [
  { key: 'tester-tri', label: 'Tester tři', dbID: 'ga2dqwf' },
  { key: 'tester-dva', label: 'Tester dva', dbID: 'mw7dqvw' },
];

interface Expected {
  file: string;
  id: string;
  dmID: string;
  subject: string;
  sender: string;
  senderBox: string;
  recipientBox: string;
  files: string[];
  /** The sender's names of files saved under another. */
  renamedFrom: string[];
  outcome: RegExp;
}

const EXPECTED: Expected[] = [
  {
    file: 'received_message-330141.zfo',
    id: 'received:330141',
    dmID: '330141',
    subject: 'Vaše datová zpráva byla přijata',
    sender: 'Místní úřad Krempachy',
    senderBox: '9nqab6b',
    recipientBox: 'ga2dqwf',
    files: ['odpoved_OVM.pdf'],
    renamedFrom: [],
    // A seal not trusted here is not proof enough to register the letter.
    outcome: /importováno — uloženo, ale nezapsáno do deníku/,
  },
  {
    file: 'signed_sent_message-151874.zfo',
    id: 'sent:151874',
    dmID: '151874',
    subject: 'Test',
    sender: 'isds_tester_dva Testovič - Tester Testovič',
    senderBox: 'mw7dqvw',
    recipientBox: 'vqbab52',
    files: ['postsignum_qca_root.cer'],
    renamedFrom: [],
    outcome: /importováno — zpráva odeslaná naší schránkou/,
  },
  {
    file: 'signed_delivered-DD_170272.zfo',
    id: 'sent:170272',
    dmID: '170272',
    subject: 'a'.repeat(102),
    sender: 'isds_tester_dva Testovič - Tester Testovič',
    senderBox: 'mw7dqvw',
    recipientBox: 'vqbab52',
    files: [],
    renamedFrom: [],
    outcome: /importováno — doručenka uložena samostatně/,
  },
  {
    file: 'signed_sent_xml_message-376701.zfo',
    id: 'sent:376701',
    dmID: '376701',
    subject: 'XML documents',
    sender: 'isds_tester_tri Testovič - Tester Testovič',
    senderBox: 'ga2dqwf',
    recipientBox: 'nd3b9ka',
    // Six files of one name: each saved under its own, the sender's name kept beside it.
    files: ['in-line.xml', ...[2, 3, 4, 5, 6].map((n) => `in-line (${n}).xml`)],
    renamedFrom: Array.from({ length: 5 }, () => 'in-line.xml'),
    outcome: /importováno — zpráva odeslaná naší schránkou/,
  },
];

const NOT_ZFO =
  'Soubor není platná datová zpráva (ZFO) — je poškozený, zkrácený nebo jde o jiný typ souboru.';

const importRows = (page: Page): Locator => page.getByTestId('databox-import-row');
const importRow = (page: Page, name: string): Locator =>
  importRows(page).filter({
    has: page.locator('.databox-import__name', { hasText: new RegExp(`^${name}$`) }),
  });

async function zfoFile(file: string, name = file): Promise<FileSpec> {
  return { name, mimeType: 'application/octet-stream', buffer: await fixtureBytes(file) };
}

/** "Importovat ZFO…" and the browser's file dialog. */
async function pickZfo(page: Page, files: FileSpec[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('databox-import').click();
  await (await chooser).setFiles(files);
}

/** Files dragged from the file manager and dropped anywhere on the data-box screen. */
async function dropZfo(page: Page, files: FileSpec[]): Promise<void> {
  const transfer = await page.evaluateHandle(
    (specs) => {
      const data = new DataTransfer();
      for (const spec of specs) {
        const bytes = Uint8Array.from(atob(spec.base64), (char) => char.charCodeAt(0));
        data.items.add(new File([bytes], spec.name, { type: spec.mimeType }));
      }
      return data;
    },
    files.map((file) => ({
      name: file.name,
      mimeType: file.mimeType,
      base64: file.buffer.toString('base64'),
    })),
  );
  const screen = page.getByTestId('databox-screen');
  await screen.dispatchEvent('dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Pusťte soubory ZFO sem')).toBeVisible();
  await screen.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByText('Pusťte soubory ZFO sem')).toBeHidden();
}

async function openImported(page: Page, expected: Expected): Promise<Locator> {
  await importRow(page, expected.file).getByRole('button', { name: 'Zobrazit zprávu' }).click();
  const detail = messageDetail(page);
  await expect(fieldValue(detail.getByTestId('databox-envelope'), 'ID zprávy')).toHaveText(
    expected.dmID,
  );
  return detail;
}

async function expectEnvelope(detail: Locator, expected: Expected): Promise<void> {
  const envelope = detail.getByTestId('databox-envelope');
  await expect(detail.getByTestId('databox-subject')).toHaveText(expected.subject);
  await expect(fieldValue(envelope, 'Odesílatel')).toHaveText(expected.sender);
  await expect(fieldValue(envelope, 'Schránka odesílatele')).toHaveText(expected.senderBox);
  await expect(fieldValue(envelope, 'Schránka adresáta')).toHaveText(expected.recipientBox);
  const names = detail.getByTestId('databox-file').locator('.journal-file__name');
  if (expected.files.length === 0) await expect(detail).toContainText('Zpráva nemá přílohy.');
  else await expect(names).toHaveText(expected.files);
  const originals = detail.getByTestId('databox-file-original');
  await expect(originals).toHaveCount(expected.renamedFrom.length);
  if (expected.renamedFrom.length > 0)
    await expect(originals).toHaveText(
      expected.renamedFrom.map((name) => `Původní název: ${name}`),
    );
}

/** Intact but untrusted: said in words, never the green "platná". */
async function expectUntrusted(detail: Locator): Promise<void> {
  const seal = detail.getByTestId('databox-seal');
  await expect(seal).toHaveAttribute('data-verdict', 'untrusted');
  await expect(seal).toHaveText(/Pečeť je neporušená, ale její vydavatel není důvěryhodný/);
  await expect(seal).not.toHaveClass(/databox-verdict--ok/);
  await expect(detail.getByTestId('databox-certificate')).toContainText(
    'Informační systém datových schránek',
  );
  await expect(fieldValue(detail, 'Otisk zprávy')).toHaveText('souhlasí s razítkem');
}

test('the four ZFOs of the ISDS test environment import with their envelopes and files, seals untrusted; non-ZFOs are refused', async ({
  openApp,
  app,
}) => {
  await addBoxes(app, TESTER_BOXES);
  const page = await openApp('#/databox');
  await expect(page.getByRole('heading', { level: 1, name: 'Datové schránky' })).toBeVisible();
  const [received, sent, delivery, sentXml] = EXPECTED as [Expected, Expected, Expected, Expected];

  // Two real ZFOs and a PDF renamed .zfo through the file dialog.
  await pickZfo(page, [
    await zfoFile(received.file),
    await zfoFile(sent.file),
    { name: 'faktura.zfo', mimeType: 'application/pdf', buffer: await scanPdf('Faktura') },
  ]);
  await expect(importRows(page)).toHaveCount(3);
  await expect(importRow(page, received.file)).toHaveAttribute('data-outcome', 'imported');
  await expect(importRow(page, received.file)).toContainText(received.outcome);
  await expect(importRow(page, sent.file)).toHaveAttribute('data-outcome', 'imported');
  await expect(importRow(page, sent.file)).toContainText(sent.outcome);
  await expect(importRow(page, 'faktura.zfo')).toHaveAttribute('data-outcome', 'refused');
  await expect(importRow(page, 'faktura.zfo')).toContainText(`odmítnuto — ${NOT_ZFO}`);
  // Untrusted is not invalid: no "POZOR" on these rows.
  await expect(page.getByTestId('databox-import-seal-invalid')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  for (const expected of [received, sent]) {
    const detail = await openImported(page, expected);
    await expectEnvelope(detail, expected);
    await expectUntrusted(detail);
  }
  // The received one waits in Přijaté, flagged, and is not in the journal.
  await expect(messageDetail(page).getByTestId('databox-document')).toBeVisible();
  await page.getByRole('tab', { name: /Přijaté/ }).click();
  const receivedRow = page.locator(`[data-message-id="${received.id}"]`);
  await expect(receivedRow.getByTestId('databox-suspicious')).toContainText(
    'Pečeť nevydal známý certifikát ISDS.',
  );

  // The other two and a ZFO cut short, dropped on the screen.
  const whole = await fixtureBytes(sentXml.file);
  await dropZfo(page, [
    await zfoFile(delivery.file),
    await zfoFile(sentXml.file),
    {
      name: 'useknuta.zfo',
      mimeType: 'application/octet-stream',
      buffer: whole.subarray(0, Math.floor(whole.length / 2)),
    },
  ]);
  await expect(importRows(page)).toHaveCount(3);
  for (const expected of [delivery, sentXml]) {
    await expect(importRow(page, expected.file)).toHaveAttribute('data-outcome', 'imported');
    await expect(importRow(page, expected.file)).toContainText(expected.outcome);
  }
  await expect(importRow(page, 'useknuta.zfo')).toHaveAttribute('data-outcome', 'refused');
  await expect(importRow(page, 'useknuta.zfo')).toContainText(`odmítnuto — ${NOT_ZFO}`);
  for (const expected of [delivery, sentXml]) {
    const detail = await openImported(page, expected);
    await expectEnvelope(detail, expected);
    await expectUntrusted(detail);
  }

  // Every one is stored once, with its seal's verdict, and nothing else was stored.
  const stored = await readStore<{ id: string; seal: { valid: boolean; trusted: boolean } }>(
    page,
    'isdsMessages',
  );
  expect(stored.map((message) => message.id).sort()).toEqual(
    EXPECTED.map((expected) => expected.id).sort(),
  );
  for (const message of stored) expect(message.seal).toMatchObject({ valid: true, trusted: false });

  // Importing one again changes nothing.
  await pickZfo(page, [await zfoFile(received.file, 'znovu.zfo')]);
  await expect(importRow(page, 'znovu.zfo')).toHaveAttribute('data-outcome', 'duplicate');
  await expect(importRow(page, 'znovu.zfo')).toContainText('zpráva už je uložena');
  expect(await readStore(page, 'isdsMessages')).toHaveLength(EXPECTED.length);
});

test('a ZFO with one byte of its content changed shows the seal as INVALID', async ({
  openApp,
  app,
}) => {
  await addBoxes(app, TESTER_BOXES);
  const page = await openApp('#/databox');
  await expect(page.getByRole('heading', { level: 1, name: 'Datové schránky' })).toBeVisible();
  const [received] = EXPECTED as [Expected];
  const bytes = Buffer.from(await fixtureBytes(received.file));
  // "Vaše" → "Waše" inside the sealed XML: still a readable message, no longer what ISDS sealed.
  const tag = Buffer.from('<p:dmAnnotation>', 'utf8');
  const at = bytes.indexOf(tag) + tag.length;
  expect(at).toBeGreaterThan(tag.length);
  expect(String.fromCharCode(bytes[at] ?? 0)).toBe('V');
  bytes[at] = 'W'.charCodeAt(0);

  await pickZfo(page, [
    { name: 'zmenena.zfo', mimeType: 'application/octet-stream', buffer: bytes },
  ]);
  const row = importRow(page, 'zmenena.zfo');
  await expect(row).toHaveAttribute('data-outcome', 'imported');
  await expect(row.getByTestId('databox-import-seal-invalid')).toHaveText(
    /POZOR: pečeť je neplatná/,
  );
  await expect(row).toContainText('nezapsáno do deníku');

  await row.getByRole('button', { name: 'Zobrazit zprávu' }).click();
  const detail = messageDetail(page);
  await expect(detail.getByTestId('databox-subject')).toHaveText('Waše datová zpráva byla přijata');
  const seal = detail.getByTestId('databox-seal');
  await expect(seal).toHaveAttribute('data-verdict', 'invalid');
  await expect(seal).toHaveText(/Pečeť je NEPLATNÁ — obsah mohl být změněn/);
  await expect(seal).toHaveClass(/databox-verdict--error/);
  await expect(detail.getByTestId('databox-detail-suspicious')).toContainText(
    'Pečeť zprávy je neplatná — zpráva mohla být změněna.',
  );
  await expect(detail.getByTestId('databox-document')).toHaveText(
    'Zpráva zatím není zapsána v podacím deníku.',
  );
  await expect(page.getByText('Pečeť ISDS je platná')).toHaveCount(0);
  const [stored] = await readStore<{ seal: { valid: boolean } }>(page, 'isdsMessages', {
    key: received.id,
  });
  expect(stored?.seal.valid).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);
});
