import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import type { IsdsBoxSettings } from '../common/contract/isds';
import { formatOfficeDate } from '../common/domain/time';
import { repoRoot } from '../webhost/paths';
import type { AppFixture } from './fixtures';
import { expect } from './fixtures';

/** The real ZFOs from the ISDS test environment, read where they lie (never copied into the repo). */
export const ISDS_FIXTURES = resolve(repoRoot, '..', 'shared', 'fixtures', 'isds');

export function fixtureBytes(file: string): Promise<Buffer> {
  return readFile(resolve(ISDS_FIXTURES, file));
}

/** A box of the simulated ISDS as `GET /isds-admin/boxes` lists it. */
export interface AdminBox {
  dbID: string;
  role: string;
  name: string;
  dbState: number;
  received: number;
  waiting: number;
  sent: number;
}

/** A message as the simulator keeps it (in-process look, times in epoch ms). */
export interface SimMessageView {
  dmID: string;
  sender: string;
  recipient: string;
  annotation: string | null;
  state: number;
  submittedAt: number;
  deliveredAt: number | null;
  acceptedAt: number | null;
}

/**
 * The simulator's ISDS admin door (loopback only): what a test changes in the world
 * outside the app — a letter arriving, days passing — and what it looks at afterwards.
 */
export function simAdmin(app: AppFixture) {
  const base = app.launched.simUrl;
  const sim = app.launched.sim;
  if (!base || !sim) throw new Error('the demo host has no simulator');
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(new URL(path, base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    async deliver(spec: {
      to?: string;
      from?: string;
      count?: number;
      subject?: string;
      attachments?: number;
    }): Promise<string[]> {
      return (await post<{ dmIDs: string[] }>('/isds-admin/deliver', spec)).dmIDs;
    },
    async advanceDays(days: number): Promise<string> {
      return (await post<{ now: string }>('/isds-admin/clock', { advanceDays: days })).now;
    },
    async boxes(): Promise<AdminBox[]> {
      const response = await fetch(new URL('/isds-admin/boxes', base));
      return ((await response.json()) as { boxes: AdminBox[] }).boxes;
    },
    async box(match: (box: AdminBox) => boolean): Promise<AdminBox> {
      const found = (await this.boxes()).find(match);
      if (!found) throw new Error('no such box in the simulator');
      return found;
    },
    messages(): SimMessageView[] {
      return sim.isds.messages().map((message) => ({
        dmID: message.dmID,
        sender: message.sender,
        recipient: message.recipient,
        annotation: message.envelope.dmAnnotation ?? null,
        state: message.state,
        submittedAt: message.submittedAt,
        deliveredAt: message.deliveredAt,
        acceptedAt: message.acceptedAt,
      }));
    },
  };
}

/**
 * Adds boxes to the host's configuration the way Nastavení → Datové schránky saves
 * them (the same contract method), before the page opens. The box ID is one ISDS would
 * tell at the first login; the ZFO import needs it to know the messages are ours.
 */
export async function addBoxes(
  app: AppFixture,
  boxes: ReadonlyArray<Pick<IsdsBoxSettings, 'key' | 'label' | 'dbID'>>,
): Promise<void> {
  for (const box of boxes)
    await app.launched.host.handlers['isds.saveBox']({
      box: {
        ...box,
        login: 'password',
        url: 'https://ws1.datovka-test.gov.cz',
        certUrl: null,
        username: null,
        viaGateway: false,
        autoPoll: false,
        pollMinutes: 15,
      },
    });
}

export const databoxHeading = (page: Page): Locator =>
  page.getByRole('heading', { level: 1, name: 'Datové schránky' });
export const messageRow = (page: Page, id: string): Locator =>
  page.locator(`[data-testid="databox-row"][data-message-id="${id}"]`);
export const messageDetail = (page: Page): Locator => page.getByTestId('databox-detail');

/** The data-box screen of a freshly seeded demo office. */
export async function openDatabox(openApp: (hash?: string) => Promise<Page>): Promise<Page> {
  const page = await openApp('#/databox');
  await expect(databoxHeading(page)).toBeVisible();
  await expect(page.getByTestId('databox-receive-all')).toBeEnabled();
  return page;
}

/** "Stáhnout zprávy" and its result line (the engine also follows sent messages then). */
export async function receiveAll(page: Page): Promise<string> {
  const button = page.getByTestId('databox-receive-all');
  await button.click();
  const result = page.getByTestId('databox-receive-result');
  await expect(button).toHaveText('Stáhnout zprávy', { timeout: 30_000 });
  await expect(result).toBeVisible();
  return (await result.textContent()) ?? '';
}

/** Opens a message's detail from its row (searching first, so the row is surely drawn). */
export async function openMessage(page: Page, id: string, search: string): Promise<Locator> {
  await page.getByTestId('databox-search').fill(search);
  await expect(messageRow(page, id)).toBeVisible();
  await messageRow(page, id).dblclick();
  const detail = messageDetail(page);
  await expect(detail).toBeVisible();
  return detail;
}

/** A `<dl>` row's value by its label (exact), inside a detail pane. */
export const fieldValue = (scope: Locator, label: string): Locator =>
  scope
    .locator('.journal-fields__row')
    .filter({ has: scope.page().locator('dt', { hasText: new RegExp(`^${escape(label)}$`) }) })
    .locator('dd');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The bytes a download gave, with their SHA-256 (hex). */
export async function downloadedBytes(
  download: Download,
): Promise<{ bytes: Buffer; sha256: string }> {
  const path = await download.path();
  const bytes = await readFile(path);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** `D. M. YYYY` of the Prague calendar day `days` after the Prague day of `at`. */
export function pragueDayPlus(at: number, days: number): string {
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Prague',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(at));
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // Noon UTC of the target day is that same day in Prague, whatever the season.
  return formatOfficeDate(new Date(Date.UTC(y, m - 1, d + days, 12)).toISOString());
}
