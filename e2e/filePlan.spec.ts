import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { compareMarks } from '../common/domain/fileMarks';
import type { FilePlanGroup, FilePlanVersion } from '../common/domain/filePlan';
import { foldText } from '../common/domain/search';
import { officeDateString } from '../common/domain/time';
import { parsePlanXml } from '../common/nsesss/planXml';
import { formatCalendarDate } from '../renderer/journal/format';
import { DEMO_PLAN_FILE } from '../sim/demoPlan';
import { validateXml } from '../scripts/testing/xmllint';
import { seriousViolations } from './axe';
import { E2E_DEMO_DOCUMENTS, expect, test } from './fixtures';
import { countStore, readStore } from './indexedDb';

const tree = (page: Page) => page.getByRole('tree', { name: 'Věcné skupiny' });
const searchBox = (page: Page) =>
  page.getByRole('searchbox', { name: 'Hledat skupinu (spisový znak nebo název)' });

/** The file plan screen once the demo municipality is seeded (its plan came from the XML file). */
async function openFilePlan(openApp: (hash?: string) => Promise<Page>): Promise<Page> {
  const page = await openApp('#/filePlan');
  await expect(page.getByRole('heading', { level: 1, name: 'Spisový plán' })).toBeVisible();
  await expect
    .poll(() => countStore(page, 'documents'), { timeout: 30_000 })
    .toBe(E2E_DEMO_DOCUMENTS);
  await expect(tree(page)).toBeVisible();
  return page;
}

async function demoPlan() {
  const parsed = parsePlanXml(await readFile(DEMO_PLAN_FILE, 'utf8'));
  if (!parsed.ok) throw new Error(`the demo plan does not parse: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

/** What the database holds of the plan, read straight from IndexedDB. */
async function storedPlan(page: Page) {
  return {
    versions: await readStore<FilePlanVersion>(page, 'filePlanVersions'),
    groups: await readStore<FilePlanGroup>(page, 'planGroups'),
    log: await countStore(page, 'txlog'),
  };
}

/** The count line for `n` groups found, in Czech plural forms. */
function foundGroups(n: number): string {
  if (n === 1) return 'Nalezena 1 skupina';
  if (n >= 2 && n <= 4) return `Nalezeny ${n} skupiny`;
  return `Nalezeno ${n} skupin`;
}

/** Where the element of a lowest-level group (no groups inside) is in the plan's XML text. */
function leafSpan(xml: string, fileMark: string): [number, number] {
  const at = xml.indexOf(`>${fileMark}</PlneUrcenySpisovyZnak>`);
  if (at < 0) throw new Error(`mark ${fileMark} is not in the plan file`);
  const end = '</PlanVecnaSkupina>';
  return [xml.lastIndexOf('<PlanVecnaSkupina', at), xml.indexOf(end, at) + end.length];
}

/** Picks `text` as the XML file the import button asks for. */
async function importFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Načíst spisový plán (XML)' }).click();
  await (
    await chooser
  ).setFiles({
    name,
    mimeType: 'application/xml',
    buffer: Buffer.from(text, 'utf8'),
  });
}

test('the demo plan shows as a tree with its header, retention rules and keyboard navigation', async ({
  openApp,
}) => {
  const page = await openFilePlan(openApp);
  const plan = await demoPlan();

  const header = page.getByRole('region', { name: plan.version.title });
  await expect(header).toContainText(plan.version.identifier);
  await expect(header).toContainText(plan.version.issuer);
  await expect(header).toContainText(formatCalendarDate(plan.version.validFrom));

  // Top-level groups open by default: their children are on screen.
  const top = plan.groups
    .filter((group) => group.parentMark === null)
    .sort((a, b) => compareMarks(a.fileMark, b.fileMark));
  for (const group of top) {
    await expect(tree(page).locator(`[data-mark="${group.fileMark}"]`)).toBeVisible();
  }
  const leaf = plan.groups.find(
    (group) =>
      group.retention !== null &&
      group.parentMark !== null &&
      top.some((t) => t.fileMark === group.parentMark),
  )!;
  const leafItem = tree(page).locator(`[role="treeitem"][data-mark="${leaf.fileMark}"]`);
  await expect(leafItem).toContainText(`${leaf.retention!.mark}/${leaf.retention!.period}`);
  await expect(leafItem).toContainText(leaf.retention!.triggerEvent);
  await expect(leafItem).toContainText(
    leaf.caseFileMode === 'collectionSheet' ? 'sběrný arch' : 'spojování',
  );

  // One Tab stop; arrows walk the rows, Left closes the group, Right opens it again.
  const first = tree(page).getByRole('treeitem').first();
  await first.focus();
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  const firstChild = plan.groups
    .filter((group) => group.parentMark === top[0]!.fileMark)
    .sort((a, b) => compareMarks(a.fileMark, b.fileMark))[0]!;
  await expect(page.locator(':focus')).toHaveAttribute('data-mark', firstChild.fileMark);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(':focus')).toHaveAttribute('data-mark', top[0]!.fileMark);

  expect(await seriousViolations(page)).toEqual([]);
});

test('search finds a group by folded title and by mark, with the path to it', async ({
  openApp,
}) => {
  const page = await openFilePlan(openApp);
  const plan = await demoPlan();
  const target = plan.groups.find(
    (group) => group.retention !== null && group.fileMark.split('.').length === 3,
  )!;
  // Typed without diacritics and in lower case, as clerks do.
  const word = foldText(target.title)
    .split(' ')
    .find((part) => part.length >= 5)!;
  const expected = plan.groups.filter((group) => foldText(group.title).includes(word));

  await searchBox(page).fill(word);
  await expect(page.getByRole('status').filter({ hasText: /Nalezen/ })).toHaveText(
    foundGroups(expected.length),
  );
  const item = tree(page).locator(`[data-mark="${target.fileMark}"]`);
  await expect(item).toBeVisible();
  // Its parent stays in view so the clerk sees where the group belongs.
  await expect(tree(page).locator(`[data-mark="${target.parentMark}"]`)).toBeVisible();
  const within = (mark: string, top: string) => mark === top || mark.startsWith(`${top}.`);
  const unrelated = plan.groups.find(
    (group) =>
      group.parentMark === null &&
      !expected.some((found) => within(found.fileMark, group.fileMark)),
  );
  if (unrelated) {
    await expect(tree(page).locator(`[data-mark="${unrelated.fileMark}"]`)).toHaveCount(0);
  }

  await searchBox(page).fill(target.fileMark);
  await expect(item).toBeVisible();

  await searchBox(page).fill('zzzz nic takoveho');
  await expect(page.getByText('Hledání neodpovídá žádná skupina.')).toBeVisible();
});

test('export saves the current plan as XML valid against nsesss-plan.xsd', async ({ openApp }) => {
  const page = await openFilePlan(openApp);
  const stored = await storedPlan(page);
  const current = stored.versions.find((version) => version.validTo === null)!;
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Uložit jako XML' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`spisovy-plan-${officeDateString(new Date())}.xml`);
  const xml = await readFile((await file.path())!, 'utf8');

  const validation = await validateXml(xml, 'nsesss-plan.xsd');
  expect(validation.errors).toEqual([]);
  const parsed = parsePlanXml(xml);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.value.version.identifier).toBe(current.identifier);
  const marks = stored.groups
    .filter((group) => group.planId === current.id)
    .map((group) => group.fileMark)
    .sort();
  expect(parsed.value.groups.map((group) => group.fileMark).sort()).toEqual(marks);
});

test('a file that is not a valid plan is refused in Czech and changes nothing', async ({
  openApp,
}) => {
  const page = await openFilePlan(openApp);
  const before = await storedPlan(page);
  const dialog = page.getByRole('dialog', { name: 'Spisový plán nelze načíst' });

  await importFile(page, 'plan.xml', '<SpisovyPlan><nedokonceny');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('Soubor není platný XML dokument');
  await expect(dialog.getByRole('alert')).toContainText('nic se nezměnilo');
  await dialog.getByRole('button', { name: 'Zavřít' }).first().click();
  await expect(dialog).toBeHidden();

  // The demo plan with one group written twice: refused, naming the mark.
  const xml = await readFile(DEMO_PLAN_FILE, 'utf8');
  const plan = await demoPlan();
  const leaf = plan.groups.find((group) => group.retention !== null)!;
  const [groupStart, groupEnd] = leafSpan(xml, leaf.fileMark);
  const copy = xml.slice(groupStart, groupEnd).replace(/ID="([^"]+)"/, 'ID="$1-kopie"');
  const duplicated = xml.slice(0, groupEnd) + copy + xml.slice(groupEnd);
  await importFile(page, 'plan-dvakrat.xml', duplicated);
  await expect(dialog.getByRole('alert')).toContainText(
    `Spisový znak ${leaf.fileMark} je v plánu dvakrát`,
  );
  await dialog.getByRole('button', { name: 'Zavřít' }).first().click();

  expect(await storedPlan(page)).toEqual(before);
});

test('a new plan version imports after the summary is confirmed; the old one is kept as history', async ({
  openApp,
}) => {
  const page = await openFilePlan(openApp);
  const before = await storedPlan(page);
  const plan = await demoPlan();
  const today = officeDateString(new Date());
  // A leaf with a sibling, so that its parent keeps a child and stays a heading.
  const dropped = plan.groups.find(
    (group) =>
      group.retention !== null &&
      group.parentMark !== null &&
      plan.groups.filter((other) => other.parentMark === group.parentMark).length > 1,
  )!;
  // The demo plan as next year's edition: in force from today, one leaf group left out.
  let xml = (await readFile(DEMO_PLAN_FILE, 'utf8'))
    .replaceAll(/<DatumOtevreni>[^<]+<\/DatumOtevreni>/g, `<DatumOtevreni>${today}</DatumOtevreni>`)
    .replace(`>${plan.version.identifier}<`, '>OUHL-SSP-NOVY<');
  const [groupStart, groupEnd] = leafSpan(xml, dropped.fileMark);
  xml = xml.slice(0, groupStart) + xml.slice(groupEnd);
  const newGroups = plan.groups.length - 1;
  const open = before.groups.filter((group) => group.validTo === null || group.validTo >= today);

  await importFile(page, 'novy-plan.xml', xml);
  const dialog = page.getByRole('dialog', { name: 'Načíst nový spisový plán?' });
  await expect(dialog).toContainText(`${newGroups} skupin`);
  await expect(dialog).toContainText(`${open.length} dosud platných skupin`);
  await dialog.getByRole('button', { name: 'Načíst plán' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('region', { name: plan.version.title })).toContainText(
    'OUHL-SSP-NOVY',
  );
  const versions = page.getByRole('region', { name: 'Starší verze plánu' });
  await expect(versions.getByRole('cell', { name: plan.version.identifier })).toBeVisible();

  const after = await storedPlan(page);
  expect(after.versions).toHaveLength(before.versions.length + 1);
  expect(after.groups).toHaveLength(before.groups.length + newGroups);
  expect(after.log).toBe(before.log + 1);

  // The group the new plan leaves out is retired: hidden unless asked for, then muted.
  const retired = tree(page).locator(`[data-mark="${dropped.fileMark}"]`);
  await searchBox(page).fill(dropped.fileMark);
  await expect(retired).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Zobrazit i ukončené skupiny' }).check();
  await expect(retired).toContainText('platnost skončila');
  expect(await seriousViolations(page)).toEqual([]);
});
