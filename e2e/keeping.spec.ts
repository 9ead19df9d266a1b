import type { Locator, Page } from '@playwright/test';
import { portForSim } from '../renderer/sync/testing/liveEssl.node';
import type { RunningSim } from '../sim/server';
import { seriousViolations } from './axe';
import { readStore } from './indexedDb';
import { synchronize } from './syncSupport';
import {
  dataRows,
  detail,
  expect,
  grid,
  openJournal,
  searchBox,
  storedDocuments,
  test,
  type StoredDocument,
} from './journalSupport';

/**
 * The clerk takes a document from the eSSL into the app's exclusive keeping from the
 * journal detail, sees that it is edited here only, and gives it back — from the
 * keyboard. The eSSL (the host's own simulator) holds the lock meanwhile.
 */

interface KeptRow {
  pid: string;
  essl?: { keptHere: boolean };
}

const BADGE = 'Ve výhradní správě Úřadovny — upravuje se jen zde';

const badge = (page: Page) => detail(page).getByRole('note').filter({ hasText: BADGE });
const takeButton = (page: Page) =>
  detail(page).getByRole('button', { name: 'Převzít do výhradní správy' });
const giveBackButton = (page: Page) => detail(page).getByRole('button', { name: 'Vrátit do eSSL' });
const logEntries = (page: Page) =>
  detail(page).getByRole('list', { name: 'Transakční protokol' }).getByRole('listitem');

function simOf(launched: { sim: RunningSim | null }): RunningSim {
  if (!launched.sim) throw new Error('the demo host has no simulator');
  return launched.sim;
}

const keptBy = (sim: RunningSim, pid: string) =>
  sim.essl.documents().find((doc) => doc.id.value === pid)?.keptBy;

async function keptHere(page: Page, pid: string): Promise<boolean | undefined> {
  const [row] = await readStore<KeptRow>(page, 'documents', { key: pid });
  return row?.essl?.keptHere;
}

/** Presses Tab until `target` has the focus, as a keyboard user walks the page. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let step = 0; step < limit; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${limit} steps`);
}

/** The journal narrowed to one document and its detail opened, from the keyboard alone. */
async function openDetailByKeyboard(page: Page, doc: StoredDocument): Promise<void> {
  await page.keyboard.press('Control+f');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type(doc.pid);
  await expect(dataRows(page)).toHaveCount(1);
  await tabTo(page, grid(page));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(doc.referenceNumber);
}

/** Another user of the office, on another system's PC, takes the document first. */
async function takenByColleague(sim: RunningSim, pid: string): Promise<string> {
  const colleague = sim.essl.accounts()[1];
  if (!colleague) throw new Error('the simulator has only one account');
  const port = portForSim(sim.url, colleague);
  await port['essl.takeDocument']({ id: { value: pid, source: 'URADOVNA' } });
  return colleague.username;
}

test('a document is taken into exclusive keeping and given back from the journal detail, by keyboard', async ({
  openApp,
  app,
}) => {
  const sim = simOf(app.launched);
  const page = await openJournal(openApp);
  const doc = (await storedDocuments(page)).find((item) => item.state === 'registered')!;
  await openDetailByKeyboard(page, doc);
  await expect(badge(page)).toHaveCount(0);

  const take = takeButton(page);
  await expect(take).not.toHaveAttribute('aria-disabled', 'true');
  await tabTo(page, take);
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Dokument ${doc.referenceNumber} je ve výhradní správě Úřadovny` }),
  ).toBeVisible();
  await expect(badge(page)).toBeVisible();
  // The same place now gives it back, and keeps the keyboard's focus.
  const giveBack = giveBackButton(page);
  await expect(giveBack).toBeFocused();
  await expect(giveBack).not.toHaveAttribute('aria-disabled', 'true');
  expect(keptBy(sim, doc.pid)).toBe('URADOVNA');
  expect(await keptHere(page, doc.pid)).toBe(true);
  await expect(logEntries(page).last()).toContainText(
    'výhradní správa: převzato z eSSL do správy Úřadovny',
  );
  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Dokument ${doc.referenceNumber} je vrácen do eSSL.` }),
  ).toBeVisible();
  await expect(badge(page)).toHaveCount(0);
  await expect(take).toBeFocused();
  expect(keptBy(sim, doc.pid)).toBeNull();
  expect(await keptHere(page, doc.pid)).toBe(false);
  await expect(logEntries(page).last()).toContainText('výhradní správa: vráceno do správy eSSL');
});

test('an edit made while kept must reach the eSSL before the document is given back; the button says why', async ({
  openApp,
  app,
}) => {
  const sim = simOf(app.launched);
  const page = await openJournal(openApp);
  const doc = (await storedDocuments(page)).find(
    (item) => item.direction === 'incoming' && item.state === 'registered',
  )!;
  await openDetailByKeyboard(page, doc);
  await takeButton(page).click();
  await expect(badge(page)).toBeVisible();

  // The line drops; an edit waits in the outbox.
  const pattern = '**/api/essl.*';
  await page.route(pattern, (route) => route.abort('internetdisconnected'));
  await detail(page).getByRole('button', { name: 'Upravit' }).click();
  const dialog = page.getByRole('dialog', { name: `Upravit dokument ${doc.referenceNumber}` });
  await dialog.getByLabel('Poznámka').fill('Doplněno ve výhradní správě');
  await dialog.getByRole('button', { name: 'Uložit změny' }).click();
  await expect(dialog).toBeHidden();

  const giveBack = giveBackButton(page);
  await expect(giveBack).toHaveAttribute('aria-disabled', 'true');
  await expect(giveBack).toHaveAccessibleDescription(
    'U dokumentu čeká 1 změna na odeslání do eSSL (nebo ji eSSL odmítla). Před vrácením synchronizujte (Alt+5), aby eSSL dostala vše, co se tu změnilo.',
  );
  await giveBack.focus();
  await page.keyboard.press('Enter');
  expect(keptBy(sim, doc.pid)).toBe('URADOVNA');
  // The run the edit started has met the dead line.
  const indicator = page.getByTestId('sync-status');
  await expect(indicator).toHaveAttribute('data-phase', 'offline', { timeout: 30_000 });

  // Back online, the edit goes out; then the document can be given back.
  await page.unroute(pattern);
  await synchronize(page);
  await expect.poll(async () => (await readStore(page, 'outbox')).length).toBe(0);
  await page.keyboard.press('Alt+2');
  await expect(giveBack).not.toHaveAttribute('aria-disabled', 'true');
  expect(sim.essl.documents().find((row) => row.id.value === doc.pid)?.note).toBe(
    'Doplněno ve výhradní správě',
  );
  await giveBack.click();
  await expect(badge(page)).toHaveCount(0);
  expect(keptBy(sim, doc.pid)).toBeNull();
});

test('a document another user keeps is refused with the eSSL’s own words, and nothing changes here', async ({
  openApp,
  app,
}) => {
  const sim = simOf(app.launched);
  const page = await openJournal(openApp);
  const doc = (await storedDocuments(page)).find((item) => item.state === 'registered')!;
  const colleague = await takenByColleague(sim, doc.pid);
  await openDetailByKeyboard(page, doc);
  const txlogBefore = (await readStore(page, 'txlog')).length;

  await tabTo(page, takeButton(page));
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'eSSL operaci odmítla (kód 0003)' })
      .filter({
        hasText: `je ve výhradní správě systému URADOVNA, uživatel ${colleague}; změnit ho může jen on.`,
      }),
  ).toBeVisible();
  await expect(badge(page)).toHaveCount(0);
  await expect(takeButton(page)).not.toHaveAttribute('aria-disabled', 'true');
  expect(await keptHere(page, doc.pid)).toBe(false);
  expect((await readStore(page, 'txlog')).length).toBe(txlogBefore);
});
