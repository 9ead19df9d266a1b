import { officeDayEnd, officeDayStart } from '../common/domain/time';
import { seriousViolations } from './axe';
import {
  E2E_DEMO_DOCUMENTS,
  columnTexts,
  count,
  dataRows,
  detail,
  expect,
  expectedSearch,
  filters,
  foundText,
  grid,
  openJournal,
  searchBox,
  settled,
  storedDocuments,
  test,
  type StoredDocument,
} from './journalSupport';

const newestFirst = (docs: StoredDocument[]) =>
  [...docs].sort((a, b) => b.journalOrder - a.journalOrder);

test('the seeded journal lists its documents, the newest reference number first', async ({
  openApp,
}) => {
  const page = await openJournal(openApp);
  const docs = await storedDocuments(page);
  expect(docs).toHaveLength(E2E_DEMO_DOCUMENTS);
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(E2E_DEMO_DOCUMENTS + 1));
  const expected = newestFirst(docs)
    .slice(0, 5)
    .map((doc) => doc.referenceNumber);
  expect(await columnTexts(page, 'referenceNumber', 5)).toEqual(expected);
  await expect(
    grid(page).getByRole('columnheader', { name: 'Č. j.', exact: true }),
  ).toHaveAttribute('aria-sort', 'descending');
  // Only the rows in view exist: the list is virtualised.
  expect(await grid(page).getByRole('row').count()).toBeLessThan(80);
  expect(await seriousViolations(page)).toEqual([]);
});

test('sorting by subject toggles between ascending and descending', async ({ openApp }) => {
  const page = await openJournal(openApp);
  const docs = await storedDocuments(page);
  const bySubject = [...docs].sort((a, b) =>
    a.subjectSort < b.subjectSort
      ? -1
      : a.subjectSort > b.subjectSort
        ? 1
        : a.journalOrder - b.journalOrder,
  );
  const header = grid(page).getByRole('columnheader', { name: 'Věc' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect
    .poll(() => columnTexts(page, 'subject', 12))
    .toEqual(bySubject.slice(0, 12).map((doc) => doc.subject));

  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const descending = [...bySubject].reverse();
  await expect
    .poll(() => columnTexts(page, 'subject', 12))
    .toEqual(descending.slice(0, 12).map((doc) => doc.subject));
  await expect(
    grid(page).getByRole('columnheader', { name: 'Č. j.', exact: true }),
  ).not.toHaveAttribute('aria-sort', /.+/);
});

test('each filter narrows the journal to the matching documents', async ({ openApp }) => {
  const page = await openJournal(openApp);
  const docs = await storedDocuments(page);
  const bar = filters(page);
  const clear = bar.getByRole('button', { name: 'Zrušit filtry' });
  const expectCount = async (n: number) => {
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(docs.length);
    await expect(count(page)).toHaveText(foundText(n));
  };

  const year = Math.max(...docs.map((doc) => doc.year));
  await bar.getByLabel('Rok').selectOption(String(year));
  await expectCount(docs.filter((doc) => doc.year === year).length);
  expect(
    (await columnTexts(page, 'referenceNumber')).every((text) => text.endsWith(`/${year}`)),
  ).toBe(true);
  await clear.click();
  await expect(count(page)).toHaveText(`Celkem ${docs.length} dokumentů`);

  await bar.getByLabel('Směr').selectOption({ label: 'Vlastní' });
  await expectCount(docs.filter((doc) => doc.direction === 'own').length);
  expect(new Set(await columnTexts(page, 'direction'))).toEqual(new Set(['Vlastní']));

  // A second filter narrows further.
  await bar.getByLabel('Zpracovatel').selectOption('Petr Novák');
  await expectCount(
    docs.filter((doc) => doc.direction === 'own' && doc.handler === 'Petr Novák').length,
  );
  expect(new Set(await columnTexts(page, 'handler'))).toEqual(new Set(['Petr Novák']));
  await clear.click();

  await bar.getByLabel('Způsob doručení').selectOption({ label: 'Datová schránka' });
  await expectCount(docs.filter((doc) => doc.channel === 'databox').length);
  await clear.click();

  await bar.getByLabel('Stav').selectOption({ label: 'Vyřízen' });
  await expectCount(docs.filter((doc) => doc.state === 'settled').length);
  expect(new Set(await columnTexts(page, 'state'))).toEqual(new Set(['Vyřízen']));
  await clear.click();

  await bar.getByLabel('Zpracovatel').selectOption('Marie Svobodová');
  await expectCount(docs.filter((doc) => doc.handler === 'Marie Svobodová').length);
  await clear.click();

  // The period of the middle third of the journal, by document date in office time.
  const dates = docs.map((doc) => doc.documentDate).sort();
  const from = officeDate(dates[Math.floor(dates.length / 3)]!);
  const to = officeDate(dates[Math.floor((2 * dates.length) / 3)]!);
  await bar.getByLabel('Období od').fill(from);
  await bar.getByLabel('do', { exact: true }).fill(to);
  const lower = officeDayStart(from).toISOString();
  const upper = officeDayEnd(to).toISOString();
  await expectCount(
    docs.filter((doc) => doc.documentDate >= lower && doc.documentDate <= upper).length,
  );
  await clear.click();
  await expect(count(page)).toHaveText(`Celkem ${docs.length} dokumentů`);
});

test('search finds documents as you type, with and without diacritics, by number, PID and sender', async ({
  openApp,
}) => {
  const page = await openJournal(openApp);
  const docs = await storedDocuments(page);

  // "řízení" is in the subjects of the seeded building and administrative proceedings.
  const withDiacritics = expectedSearch(docs, 'řízení');
  expect(withDiacritics.length).toBeGreaterThan(0);
  // Every text the count shows while typing is recorded, so that the short "Hledám…"
  // is seen however busy the machine is (polling the element could miss it).
  await count(page).evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { countTexts: string[] }).countTexts = seen;
    new MutationObserver(() => seen.push(element.textContent ?? '')).observe(element, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  await searchBox(page).pressSequentially('rizeni', { delay: 30 });
  await expect(count(page)).toHaveText(foundText(withDiacritics.length));
  const texts = await page.evaluate(
    () => (window as unknown as { countTexts: string[] }).countTexts,
  );
  expect(texts.some((text) => text.includes('Hledám…'))).toBe(true);
  const shown = await dataRows(page).evaluateAll((rows) =>
    rows.map((row) => row.getAttribute('data-pid')),
  );
  expect(shown.every((pid) => withDiacritics.some((doc) => doc.pid === pid))).toBe(true);
  await searchBox(page).fill('řízení');
  await expect(count(page)).toHaveText(foundText(withDiacritics.length));

  // The count follows each keystroke.
  await searchBox(page).fill('');
  await expect(count(page)).toHaveText(`Celkem ${docs.length} dokumentů`);
  const seen: string[] = [];
  for (const prefix of ['žád', 'žádost pro', 'žádost pronájem']) {
    await searchBox(page).fill(prefix);
    await settled(page);
    await expect(count(page)).toHaveText(foundText(expectedSearch(docs, prefix).length));
    seen.push((await count(page).textContent()) ?? '');
  }
  expect(new Set(seen).size).toBeGreaterThan(1);

  // A reference number typed in full finds exactly its document.
  const target = docs.find((doc) => doc.sequence === 12)!;
  await searchBox(page).fill(target.referenceNumber);
  await expect(count(page)).toHaveText(foundText(1));
  await expect(dataRows(page).first()).toHaveAttribute('data-pid', target.pid);
  // Without the abbreviation it could be a sender's number too: the document is among those found.
  await searchBox(page).fill(`${target.sequence}/${target.year}`);
  await settled(page);
  await expect(dataRows(page).filter({ hasText: target.referenceNumber })).toHaveAttribute(
    'data-pid',
    target.pid,
  );

  const byPid = docs[42]!;
  await searchBox(page).fill(byPid.pid.toLowerCase());
  await expect(count(page)).toHaveText(foundText(1));
  await expect(dataRows(page).first()).toContainText(byPid.referenceNumber);

  const sender = docs.find(
    (doc) => doc.direction === 'incoming' && doc.counterparty.split(' ').length === 2,
  )!;
  await searchBox(page).fill(sender.counterparty);
  await expect(count(page)).toHaveText(foundText(expectedSearch(docs, sender.counterparty).length));
  expect(
    (await columnTexts(page, 'counterparty')).every((name) => name.includes(sender.counterparty)),
  ).toBe(true);
});

test('the journal survives a reload: data from IndexedDB, the screen from the address', async ({
  openApp,
}) => {
  const page = await openJournal(openApp);
  const first = await columnTexts(page, 'referenceNumber', 3);
  await page.reload();
  await expect(page).toHaveURL(/#\/journal$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Podací deník' })).toBeVisible();
  await expect(count(page)).toHaveText(`Celkem ${E2E_DEMO_DOCUMENTS} dokumentů`);
  await expect.poll(() => columnTexts(page, 'referenceNumber', 3)).toEqual(first);
});

test('keyboard: Ctrl+F and "/" focus the search, arrows move the selection, Enter opens, Escape closes', async ({
  openApp,
}) => {
  const page = await openJournal(openApp);
  const docs = newestFirst(await storedDocuments(page));
  await page.keyboard.press('Control+f');
  await expect(searchBox(page)).toBeFocused();

  await grid(page).focus();
  await page.keyboard.press('ArrowDown');
  const firstRow = grid(page).locator('[aria-rowindex="2"]');
  await expect(firstRow).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = grid(page).locator('[aria-rowindex="4"]');
  await expect(third).toHaveAttribute('aria-selected', 'true');
  await expect(firstRow).toHaveAttribute('aria-selected', 'false');
  await expect(grid(page)).toHaveAttribute(
    'aria-activedescendant',
    (await third.getAttribute('id'))!,
  );

  await page.keyboard.press('Enter');
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    docs[2]!.referenceNumber,
  );
  // The selection moves on while the detail follows it.
  await page.keyboard.press('ArrowUp');
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    docs[1]!.referenceNumber,
  );
  await page.keyboard.press('Escape');
  await expect(detail(page)).toBeHidden();
  await expect(grid(page)).toBeFocused();

  // End goes to the oldest document (scrolled into view), Home back to the newest.
  await page.keyboard.press('End');
  const last = grid(page).locator(`[aria-rowindex="${docs.length + 1}"]`);
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(last).toBeInViewport();
  await expect(last).toContainText(docs[docs.length - 1]!.referenceNumber);
  await page.keyboard.press('Home');
  await expect(firstRow).toHaveAttribute('aria-selected', 'true');
  await expect(firstRow).toBeInViewport();
  await page.keyboard.press('PageDown');
  await expect(grid(page).locator('[aria-selected="true"]')).not.toHaveAttribute(
    'aria-rowindex',
    '2',
  );

  // "/" outside a text box goes to the search as well.
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
});

function officeDate(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Prague',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}
