import type { Locator, Page } from '@playwright/test';
import { foldText } from '../common/domain/search';
import { E2E_DEMO_DOCUMENTS, expect, test } from './fixtures';
import { readStore } from './indexedDb';

export { expect, test, E2E_DEMO_DOCUMENTS };

/** The fields of a stored document the specs check the screen against. */
export interface StoredDocument {
  pid: string;
  year: number;
  sequence: number;
  journalOrder: number;
  referenceNumber: string;
  direction: 'incoming' | 'own';
  channel: string | null;
  documentDate: string;
  registeredAt: string;
  counterparty: string;
  subject: string;
  subjectSort: string;
  handler: string;
  state: string;
  words: string[];
}

/** Every document, read straight from IndexedDB (not through the app), in journal order. */
export async function storedDocuments(page: Page): Promise<StoredDocument[]> {
  const rows = await readStore<StoredDocument>(page, 'documents');
  return rows
    .map((row) => ({
      pid: row.pid,
      year: row.year,
      sequence: row.sequence,
      journalOrder: row.journalOrder,
      referenceNumber: row.referenceNumber,
      direction: row.direction,
      channel: row.channel,
      documentDate: row.documentDate,
      registeredAt: row.registeredAt,
      counterparty: row.counterparty,
      subject: row.subject,
      subjectSort: row.subjectSort,
      handler: row.handler,
      state: row.state,
      words: row.words,
    }))
    .sort((a, b) => a.journalOrder - b.journalOrder);
}

/** The journal screen on a freshly seeded demo municipality, with its rows on screen. */
export async function openJournal(openApp: (hash?: string) => Promise<Page>): Promise<Page> {
  const page = await openApp('#/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Podací deník' })).toBeVisible();
  await expect(count(page)).toHaveText(`Celkem ${E2E_DEMO_DOCUMENTS} dokumentů`);
  await expect(dataRows(page).first()).toHaveAttribute('data-pid', /.+/);
  return page;
}

export const grid = (page: Page): Locator =>
  page.getByRole('grid', { name: 'Dokumenty podacího deníku' });
/** Rows with data (the header row and rows still loading excluded). */
export const dataRows = (page: Page): Locator => grid(page).locator('[role="row"][data-pid]');
export const count = (page: Page): Locator => page.getByTestId('journal-count');
export const searchBox = (page: Page): Locator =>
  page.getByRole('searchbox', { name: 'Hledat v deníku' });
export const filters = (page: Page): Locator => page.getByRole('search', { name: 'Filtry deníku' });
export const detail = (page: Page): Locator => page.getByRole('complementary');

/** The cells' texts of a column for the first `limit` data rows, in screen order. */
export async function columnTexts(page: Page, column: string, limit = 20): Promise<string[]> {
  const rows = await dataRows(page).evaluateAll(
    (elements, name) =>
      elements
        .map((element) => ({
          index: Number(element.getAttribute('aria-rowindex')),
          text: element.querySelector(`.journal-cell--${name}`)?.textContent ?? '',
        }))
        .sort((a, b) => a.index - b.index),
    column,
  );
  return rows.slice(0, limit).map((row) => row.text);
}

/** The count line as the journal shows it for `n` documents found by a filter. */
export function foundText(n: number): string {
  const formatted = new Intl.NumberFormat('cs-CZ').format(n);
  if (n === 0) return 'Nenalezen žádný dokument';
  if (n === 1) return `Nalezen ${formatted} dokument`;
  if (n >= 2 && n <= 4) return `Nalezeny ${formatted} dokumenty`;
  return `Nalezeno ${formatted} dokumentů`;
}

/**
 * What the app's search must find for words: each a prefix of a document's word (from
 * three letters; shorter ones whole), the abbreviation that is in every number skipped.
 */
export function expectedSearch(docs: StoredDocument[], query: string): StoredDocument[] {
  const terms = foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term && term !== 'ouhl');
  return docs.filter((doc) =>
    terms.every((term) =>
      term.length >= 3 ? doc.words.some((word) => word.startsWith(term)) : doc.words.includes(term),
    ),
  );
}

/** Waits until the count no longer says the search is running. */
export async function settled(page: Page): Promise<void> {
  await expect(count(page)).not.toContainText('Hledám');
}
