import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { Locator, Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { defaultAssetsDir } from '../webhost/paths';
import type { TsaMode } from '../sim/tsa';
import type { AppFixture } from './fixtures';
import { expect } from './fixtures';
import { openDocumentInJournal } from './caseFilesSupport';
import { field, saveAndRead } from './intakeSupport';
import { detail as journalDetail } from './journalSupport';
import {
  TEST_P12_PASSWORD,
  testPki,
  type TestPki,
} from '../main/services/signing/testing/testCertificates';

export { TEST_P12_PASSWORD };

/** An own document of the office, as the intake registered it. */
export interface OwnDocument {
  pid: string;
  reference: string;
  subject: string;
}

export interface Addressee {
  name: string;
  street: string;
  postalCode: string;
  city: string;
}

export const MAYOR = 'Ing. Jaroslav Novotný';

export const KOVAR: Addressee = {
  name: 'Stavby Kovář s.r.o.',
  street: 'Průmyslová 12',
  postalCode: '390 01',
  city: 'Tábor',
};

/** A reply the office writes (no files: its letter is written in the app), registered at the intake. */
export async function registerOwnDocument(
  page: Page,
  subject: string,
  addressee: Addressee = KOVAR,
): Promise<OwnDocument> {
  await page.getByText('Vlastní dokument', { exact: true }).click();
  await field(page, 'Jméno a příjmení').fill(addressee.name);
  await field(page, 'Ulice a číslo domu').fill(addressee.street);
  await field(page, 'PSČ').fill(addressee.postalCode);
  await field(page, 'Obec').fill(addressee.city);
  await field(page, 'Věc').fill(subject);
  await field(page, 'Spisový znak').selectOption('5.1');
  const reference = await saveAndRead(page);
  const pid = ((await page.getByTestId('saved-pid').textContent()) ?? '').trim();
  return { pid, reference, subject };
}

/** The test PKI (a CA and its signers, made with openssl), once per worker. */
let pki: Promise<TestPki> | null = null;
export function signingPki(): Promise<TestPki> {
  pki ??= testPki();
  return pki;
}

/** The office trusts the test CA for PDF signatures (what Nastavení → Podepisování saves). */
export async function trustTestCa(app: AppFixture): Promise<TestPki> {
  const made = await signingPki();
  await app.launched.host.handlers['config.update']({ signingTrustAnchorsPem: made.ca.certPem });
  return made;
}

/** Switches the simulator's timestamp authority through its admin door (`ok`, `down`, …). */
export async function tsaMode(app: AppFixture, mode: TsaMode): Promise<void> {
  const base = app.launched.simUrl;
  if (!base) throw new Error('the demo host has no simulator');
  const response = await fetch(new URL('/tsa-admin/mode', base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ mode }),
  });
  if (!response.ok) throw new Error(`tsa-admin/mode: HTTP ${response.status}`);
}

export const letterEditor = (page: Page): Locator =>
  page.getByRole('dialog').filter({ has: page.getByTestId('letter-editor') });

/** The journal detail of the document, and its "Napsat dopis" / "Upravit dopis". */
export async function openLetterEditor(page: Page, doc: OwnDocument): Promise<Locator> {
  await openDocumentInJournal(page, doc.pid, doc.reference);
  await journalDetail(page).getByTestId('letter-write').getByRole('button').click();
  const dialog = letterEditor(page);
  await expect(dialog.getByTestId('letter-editor')).toBeVisible();
  return dialog;
}

/** Opens the editor and writes the letter with the first template, signed by the mayor. */
export async function writeLetter(
  page: Page,
  doc: OwnDocument,
  values: { body: string; subject?: string },
): Promise<Locator> {
  const editor = await openLetterEditor(page, doc);
  await editor.getByTestId('letter-template').selectOption({ label: 'Dopis obce' });
  if (values.subject !== undefined) await editor.getByTestId('letter-subject').fill(values.subject);
  await editor.getByTestId('letter-signer-name').fill(MAYOR);
  await editor.getByTestId('letter-signer-function').fill('starosta obce');
  await editor.getByTestId('letter-body').fill(values.body);
  await expectPreviewDrawn(editor);
  return editor;
}

/** The preview pane shows drawn pages (a canvas per page) and is not rendering. */
export async function expectPreviewDrawn(dialog: Locator): Promise<void> {
  const preview = dialog.getByTestId('letter-preview');
  await expect(preview.locator('canvas').first()).toBeVisible({ timeout: 20_000 });
  await expect(preview.getByTestId('letter-preview-error')).toHaveCount(0);
}

/** "Předat k podpisu": the letter's signer is offered; a note for the mayor is added. */
export async function handOver(page: Page, from: Locator, note: string): Promise<void> {
  await from.click();
  const form = page.getByTestId('request-signature-dialog');
  await expect(form.getByTestId('request-signer')).toHaveValue(MAYOR);
  await expect(form.getByTestId('request-function')).toHaveValue('starosta obce');
  await form.getByTestId('request-note').fill(note);
  await page
    .getByRole('dialog')
    .filter({ has: form })
    .getByRole('button', { name: 'Předat k podpisu' })
    .click();
  await expect(form).toBeHidden();
}

/** K podpisu (Alt+7). */
export async function openSigning(page: Page): Promise<Locator> {
  await page.keyboard.press('Alt+7');
  const screen = page.getByTestId('signing-screen');
  await expect(screen.getByRole('heading', { level: 1, name: 'K podpisu' })).toBeVisible();
  return screen;
}

export const signingRows = (page: Page): Locator =>
  page.getByTestId('signing-grid').getByTestId('signing-row');

/** Opens the letter of a document in the current section of K podpisu. */
export async function openQueued(page: Page, reference: string): Promise<Locator> {
  const row = signingRows(page).filter({ hasText: reference });
  await expect(row).toHaveCount(1);
  await row.dblclick();
  const detail = page.getByTestId('signing-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(reference);
  return detail;
}

export const signDialog = (page: Page): Locator =>
  page.getByRole('dialog').filter({ has: page.getByTestId('sign-dialog') });

/** "Podepsat" with a certificate file: picked, its password typed and the certificate checked. */
export async function chooseCertificateFile(
  page: Page,
  p12: Uint8Array,
  password: string,
): Promise<Locator> {
  const dialog = signDialog(page);
  await dialog.getByTestId('sign-source-pkcs12').check();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByTestId('sign-pick-file').click();
  await (
    await chooser
  ).setFiles({ name: 'starosta.p12', mimeType: 'application/x-pkcs12', buffer: Buffer.from(p12) });
  await expect(dialog.getByTestId('sign-file-name')).toHaveText('Vybraný soubor: starosta.p12');
  await dialog.getByTestId('sign-password').fill(password);
  await dialog.getByTestId('sign-inspect').click();
  return dialog;
}

/** Closes the sign dialog showing its outcome. */
export async function closeSignOutcome(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('sign-outcome') });
  await dialog.locator('footer').getByRole('button', { name: 'Zavřít' }).click();
  await expect(dialog).toBeHidden();
}

/** "Uložit koncept", then "Předat k podpisu" to the mayor with a note. */
export async function saveAndHandOver(page: Page, editor: Locator, note: string): Promise<void> {
  await editor.getByTestId('letter-save').click();
  const handOverButton = editor.getByTestId('letter-request-signature');
  await expect(handOverButton).toBeEnabled();
  await handOver(page, handOverButton, note);
}

export const WRONG_PASSWORD = 'Heslo k souboru s certifikátem není správné.';

/** A one-page letter written elsewhere, with its font embedded (PDF/A can take it). */
export async function writtenElsewherePdf(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(
    await readFile(join(defaultAssetsDir, 'fonts', 'DejaVuSans.ttf')),
    {
      subset: true,
    },
  );
  const page = pdf.addPage([595, 842]);
  page.drawText(text, { x: 72, y: 700, size: 12, font });
  return Buffer.from(await pdf.save());
}

/** "Načíst PDF jako dopis" in the journal detail, answered with `file`. */
export async function importLetterPdf(
  page: Page,
  file: { name: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await journalDetail(page).getByTestId('letter-import-pdf').getByRole('button').click();
  await (await chooser).setFiles({ ...file, mimeType: 'application/pdf' });
}
