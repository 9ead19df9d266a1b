import type { Locator, Page } from '@playwright/test';
import { readStore } from './indexedDb';
import { dataRows, detail, expect, searchBox } from './journalSupport';

/** The fields of a stored case file the specs check. */
export interface StoredCaseFile {
  id: string;
  reference: string;
  title: string;
  fileMark: string;
  mode: string;
  state: string;
  handler: string;
  year: number;
  documentCount: number;
  triggerYear: number | null;
  disposalYear: number | null;
}

export interface StoredTxEntry {
  seq: number;
  event: string;
  entityType: string;
  entityId: string;
  detail: Record<string, unknown>;
}

/** Every case file, read straight from IndexedDB (not through the app). */
export function storedCaseFiles(page: Page): Promise<StoredCaseFile[]> {
  return readStore<StoredCaseFile>(page, 'caseFiles');
}

export async function storedCaseFile(page: Page, reference: string): Promise<StoredCaseFile> {
  const found = (await storedCaseFiles(page)).find((file) => file.reference === reference);
  if (!found) throw new Error(`no case file ${reference} in IndexedDB`);
  return found;
}

/** One document as stored, with what issue 3 added to it. */
export interface StoredLifecycleDocument {
  pid: string;
  referenceNumber: string;
  state: string;
  caseFileId: string | null;
  caseFileOrder: number | null;
  settlement: {
    method: string;
    date: string;
    reason: string | null;
    settlingPid: string | null;
  } | null;
  settles: string[];
}

export async function storedDocument(page: Page, pid: string): Promise<StoredLifecycleDocument> {
  const [doc] = await readStore<StoredLifecycleDocument>(page, 'documents', { key: pid });
  if (!doc) throw new Error(`no document ${pid} in IndexedDB`);
  return doc;
}

/** The transaction log of some entities, oldest first. */
export async function txlogOf(page: Page, ids: readonly string[]): Promise<StoredTxEntry[]> {
  const entries = await readStore<StoredTxEntry>(page, 'txlog');
  return entries.filter((entry) => ids.includes(entry.entityId)).sort((a, b) => a.seq - b.seq);
}

/** Opens a document's detail in the journal by searching its PID. */
export async function openDocumentInJournal(page: Page, pid: string, reference: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Podací deník' }).click();
  await searchBox(page).fill(pid);
  await expect(dataRows(page)).toHaveCount(1);
  // The previous search also found one row: wait for this document's.
  await expect(dataRows(page).first()).toHaveAttribute('data-pid', pid);
  await dataRows(page).first().dblclick();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(reference);
}

/** The journal detail's "Spis a vyřízení" section. */
export const caseSection = (page: Page): Locator =>
  detail(page).getByRole('region', { name: 'Spis a vyřízení' });

export const dialog = (page: Page, name: string | RegExp): Locator =>
  page.getByRole('dialog', { name });

/** A control by its label; required fields' labels end in " *" (hidden from screen readers). */
export const control = (scope: Locator, label: string): Locator =>
  scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));

export const caseActions = (page: Page): Locator =>
  page.getByRole('group', { name: 'Akce se spisem' });

export const documentActions = (page: Page, reference: string): Locator =>
  page.getByRole('group', { name: `Akce s dokumentem ${reference}` });

export const notices = (page: Page): Locator => page.locator('.notices');
