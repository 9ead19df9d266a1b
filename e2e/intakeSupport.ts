import type { Locator, Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { officeDateTimeLocal as officeDateTimeLocalOf, officeYear } from '../common/domain/time';
import { expect, test } from './fixtures';
import { countStore, readStore } from './indexedDb';

export { expect, test };

export interface FileSpec {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A real one-page PDF, as a scanner would hand it over (small). */
export async function scanPdf(text = 'Naskenovaný dopis'): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  page.drawText(text, { x: 72, y: 760, size: 14, font });
  return Buffer.from(await pdf.save());
}

/** A valid PDF grown to `bytes` by data after its end (readers ignore it; it does not compress). */
export async function bigPdf(bytes: number): Promise<Buffer> {
  const head = await scanPdf('Velký sken');
  const padding = Buffer.alloc(Math.max(0, bytes - head.length));
  for (let i = 0; i + 4 <= padding.length; i += 4)
    padding.writeUInt32LE((Math.imul(i, 2654435761) ^ (i >>> 7)) >>> 0, i);
  return Buffer.concat([head, padding]);
}

/** What the database holds, read straight from IndexedDB (not through the app). */
export interface DbSnapshot {
  documents: number;
  components: number;
  outbox: number;
  txlog: number;
  /** Highest sequence number given in each year. */
  sequences: Record<string, number>;
}

export async function dbSnapshot(page: Page): Promise<DbSnapshot> {
  const [documents, components, outbox, txlog, sequences] = await Promise.all([
    countStore(page, 'documents'),
    countStore(page, 'components'),
    countStore(page, 'outbox'),
    countStore(page, 'txlog'),
    readStore<{ year: number; last: number }>(page, 'sequences'),
  ]);
  return {
    documents,
    components,
    outbox,
    txlog,
    sequences: Object.fromEntries(sequences.map((row) => [String(row.year), row.last])),
  };
}

/** The evidence period (year) of a registration made now, in office time. */
export function officeYearNow(): number {
  return officeYear(new Date());
}

/** `YYYY-MM-DDTHH:mm:ss` in office time, `offsetMs` from now. */
export function officeDateTimeLocal(offsetMs = 0): string {
  return officeDateTimeLocalOf(new Date(Date.now() + offsetMs));
}

/** The intake screen, opened on a freshly seeded demo municipality. */
export async function openIntake(openApp: (hash?: string) => Promise<Page>): Promise<Page> {
  const page = await openApp('#/intake');
  await expect(page.getByRole('heading', { level: 1, name: 'Podatelna' })).toBeVisible();
  await expect(form(page).getByLabel('Spisový znak')).toBeVisible();
  return page;
}

export const form = (page: Page): Locator => page.locator('form.intake-form');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A control by its label; required fields' labels end in " *" (hidden from screen readers). */
export const labelled = (scope: Locator, label: string): Locator =>
  scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
export const field = (page: Page, label: string): Locator => labelled(form(page), label);
export const saveButton = (page: Page): Locator =>
  page.getByRole('button', { name: 'Zaevidovat', exact: true });
export const summary = (page: Page): Locator =>
  page.getByRole('region', { name: 'Dokument nebyl uložen' });
export const confirmation = (page: Page): Locator =>
  page.getByRole('status').filter({ hasText: 'Dokument je zaevidován' });

/** Picks files through the app's "Vybrat soubory…" (files.open answered by a file input). */
export async function chooseFiles(page: Page, files: FileSpec[] | string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Vybrat soubory…' }).click();
  await (await chooser).setFiles(files);
}

/** Fills what an incoming letter needs to be saved. */
export async function fillIncoming(
  page: Page,
  values: { sender?: string; subject?: string; fileMark?: string } = {},
): Promise<void> {
  await field(page, 'Jméno a příjmení').fill(values.sender ?? 'Jan Novák');
  await field(page, 'Věc').fill(values.subject ?? 'Žádost o vydání potvrzení o trvalém pobytu');
  await field(page, 'Spisový znak').selectOption(values.fileMark ?? '5.1');
}

/** Saves and returns the reference number from the confirmation. */
export async function saveAndRead(page: Page): Promise<string> {
  await saveButton(page).click();
  await expect(confirmation(page)).toBeVisible();
  return (await page.getByTestId('saved-reference').textContent()) ?? '';
}

/** Sequence part of `OUHL 124/2026`. */
export function sequenceOf(referenceNumber: string): number {
  const match = /(\d+)\/\d{4}$/.exec(referenceNumber);
  if (!match) throw new Error(`not a reference number: ${referenceNumber}`);
  return Number(match[1]);
}
