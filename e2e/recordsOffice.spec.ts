import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import type { OrganizationProfile } from '../common/contract/types';
import type { CaseFileRecord } from '../common/domain/caseFile';
import type { DisposalProposal } from '../common/domain/disposal';
import type { DocumentRecord } from '../common/domain/document';
import { officeDateString, officeYear } from '../common/domain/time';
import { parseDecisionXml, writeDecisionXml } from '../common/nsesss/daXml';
import { DATABASE_NAME } from '../renderer/db/schema';
import { seriousViolations } from './axe';
import { E2E_DEMO_DOCUMENTS, expect, test } from './fixtures';
import { countStore, readStore } from './indexedDb';

const thisYear = officeYear(new Date());

/**
 * Writes rows straight into the app's IndexedDB — how these tests put records where a
 * long life cycle would have brought them (settled, in the records office for years).
 * The app reads them after a reload.
 */
async function putRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  await page.evaluate(
    async ({ name, store, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      } finally {
        db.close();
      }
    },
    { name: DATABASE_NAME, store, rows },
  );
}

async function openRecordsOffice(openApp: (hash?: string) => Promise<Page>): Promise<Page> {
  const page = await openApp('#/recordsOffice');
  await expect(page.getByRole('heading', { level: 1, name: 'Spisovna' })).toBeVisible();
  await expect
    .poll(() => countStore(page, 'documents'), { timeout: 30_000 })
    .toBe(E2E_DEMO_DOCUMENTS);
  return page;
}

async function documents(page: Page): Promise<DocumentRecord[]> {
  return readStore<DocumentRecord>(page, 'documents');
}

async function documentState(page: Page, pid: string): Promise<DocumentRecord> {
  const [doc] = await readStore<DocumentRecord>(page, 'documents', { key: pid });
  return doc!;
}

function settled(doc: DocumentRecord, triggerYear: number): DocumentRecord {
  return {
    ...doc,
    state: 'settled',
    settlement: {
      date: `${triggerYear}-03-01`,
      method: 'noted',
      content: null,
      reason: null,
      settlingPid: null,
      settledBy: doc.handler,
      recordedAt: `${triggerYear}-03-01T09:00:00.000Z`,
    },
    triggerYear,
    disposalYear: triggerYear + doc.retention.period + 1,
  };
}

/** A stand-alone document the records office took over years ago, its retention now run out. */
function keptSince(doc: DocumentRecord, disposalYear: number): DocumentRecord {
  const triggerYear = disposalYear - doc.retention.period - 1;
  return {
    ...settled(doc, triggerYear),
    state: 'inRecordsOffice',
    disposalYear,
    custody: {
      handedOverAt: `${triggerYear + 1}-01-10T09:00:00.000Z`,
      takenOverAt: `${triggerYear + 1}-01-11T09:00:00.000Z`,
      location: 'Regál 2',
      loan: null,
      disposalProposalId: null,
    },
  };
}

/** Stand-alone documents of the demo journal still at the office, `count` of one retention mark. */
function pickDocuments(docs: DocumentRecord[], mark: 'A' | 'S', count: number): DocumentRecord[] {
  const found = docs
    .filter(
      (doc) =>
        doc.caseFileId === null &&
        doc.retention.mark === mark &&
        ['registered', 'inProgress', 'settled'].includes(doc.state),
    )
    .slice(0, count);
  expect(found).toHaveLength(count);
  return found;
}

const tab = (page: Page, name: RegExp) => page.getByRole('tab', { name });

/** `2 záznamy`, `5 záznamů`: the Czech plural the screen uses. */
function records(n: number): string {
  if (n === 1) return '1 záznam';
  return n >= 2 && n <= 4 ? `${n} záznamy` : `${n} záznamů`;
}

/**
 * What a proposal for `year` must hold, read straight from IndexedDB: case files and
 * stand-alone documents in the records office whose disposal year has come.
 */
async function dueRecords(page: Page, year: number) {
  const isDue = (row: { state: string; disposalYear: number | null }) =>
    row.state === 'inRecordsOffice' && row.disposalYear !== null && row.disposalYear <= year;
  const docs = (await documents(page)).filter((doc) => doc.caseFileId === null && isDue(doc));
  const files = (await readStore<CaseFileRecord>(page, 'caseFiles')).filter(isDue);
  return [
    ...docs.map((doc) => ({ id: doc.pid, mark: doc.retention.mark })),
    ...files.map((file) => ({ id: file.id, mark: file.retention.mark })),
  ];
}

/** The proposal's count line: `A (archiválie): 2 záznamy · S (ke zničení): 3 záznamy`. */
function markCounts(due: Array<{ mark: string }>): string {
  const labels = { A: 'A (archiválie)', S: 'S (ke zničení)', V: 'V (k výběru)' } as const;
  return (['A', 'S', 'V'] as const)
    .map((mark) => [mark, due.filter((item) => item.mark === mark).length] as const)
    .filter(([, n]) => n > 0)
    .map(([mark, n]) => `${labels[mark]}: ${records(n)}`)
    .join(' · ');
}

async function pickFile(page: Page, button: Locator, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (
    await chooser
  ).setFiles({
    name,
    mimeType: 'application/xml',
    buffer: Buffer.from(text, 'utf8'),
  });
}

test('a settled document is handed over, taken over with its location, lent and returned', async ({
  openApp,
}) => {
  // The handover list holds most of the demo journal (every settled document); the
  // accessibility check over it takes a while on a busy machine.
  test.slow();
  const page = await openRecordsOffice(openApp);
  const [doc] = pickDocuments(await documents(page), 'S', 1);
  await putRows(page, 'documents', [settled(doc!, thisYear)]);
  await page.reload();

  await tab(page, /Předání a převzetí/).click();
  const handOverRegion = page.getByRole('region', { name: /Lze předat do spisovny/ });
  await handOverRegion
    .getByRole('button', { name: `Předat do spisovny ${doc!.referenceNumber}` })
    .click();
  await expect.poll(async () => (await documentState(page, doc!.pid)).state).toBe('handedOver');

  const takeOverRegion = page.getByRole('region', { name: /K převzetí/ });
  await takeOverRegion.getByRole('button', { name: `Převzít ${doc!.referenceNumber}` }).click();
  const dialog = page.getByRole('dialog', { name: /Převzetí do spisovny/ });
  await dialog.getByRole('textbox', { name: 'Místo uložení' }).fill('Regál 3, krabice 12');
  await dialog.getByRole('button', { name: 'Převzít do spisovny' }).click();
  await expect(dialog).toBeHidden();
  const taken = await documentState(page, doc!.pid);
  expect(taken.state).toBe('inRecordsOffice');
  expect(taken.custody?.location).toBe('Regál 3, krabice 12');
  expect(await seriousViolations(page)).toEqual([]);

  await tab(page, /Ve spisovně/).click();
  const row = page.locator(`tr[data-id="${doc!.pid}"]`);
  await expect(row).toContainText('Regál 3, krabice 12');
  await expect(row).toContainText(`od roku ${thisYear + doc!.retention.period + 1}`);
  await expect(row).toContainText(`S/${doc!.retention.period}`);

  // A loan needs to say to whom; a missing name is refused at the field.
  await row.getByRole('button', { name: `Vypůjčit ${doc!.referenceNumber}` }).click();
  const lend = page.getByRole('dialog', { name: /Výpůjčka/ });
  await lend.getByRole('button', { name: 'Zapůjčit' }).click();
  await expect(lend.getByText('Uveďte, komu se zapůjčuje.')).toBeVisible();
  expect((await documentState(page, doc!.pid)).state).toBe('inRecordsOffice');
  await lend.getByRole('textbox', { name: /Komu se zapůjčuje/ }).fill('Jan Novák, stavební úřad');
  await lend.getByLabel('Vrátit do').fill(`${thisYear + 1}-01-31`);
  await lend.getByRole('button', { name: 'Zapůjčit' }).click();
  await expect(lend).toBeHidden();
  await expect(row).toContainText('vypůjčeno: Jan Novák, stavební úřad, vrátit do 31. 1.');
  expect((await documentState(page, doc!.pid)).custody?.loan?.borrower).toBe(
    'Jan Novák, stavební úřad',
  );

  await row.getByRole('button', { name: `Vrátit výpůjčku ${doc!.referenceNumber}` }).click();
  await expect(row).toContainText('ve spisovně');
  const back = await documentState(page, doc!.pid);
  expect(back.state).toBe('inRecordsOffice');
  expect(back.custody?.loan).toBeNull();
  expect(await seriousViolations(page)).toEqual([]);
});

test('disposal procedure: future year refused, proposal split by A/S, SIP export, decision import', async ({
  openApp,
}) => {
  const page = await openRecordsOffice(openApp);
  const docs = await documents(page);
  const archival = pickDocuments(docs, 'A', 2).map((doc) => keptSince(doc, thisYear - 1));
  const shredded = pickDocuments(docs, 'S', 2).map((doc) => keptSince(doc, thisYear));
  // Kept too, but its retention runs on for years: not in this year's proposal.
  const [later] = pickDocuments(docs, 'S', 3)
    .slice(2)
    .map((doc) => keptSince(doc, thisYear + 3));
  await putRows(page, 'documents', [...archival, ...shredded, later]);
  await page.reload();
  const [setting] = await readStore<{ value: OrganizationProfile }>(page, 'settings', {
    key: 'organization',
  });
  const organization = setting!.value;
  const due = await dueRecords(page, thisYear);
  expect(due.map((item) => item.id)).toEqual(
    expect.arrayContaining([...archival, ...shredded].map((doc) => doc.pid)),
  );
  const destroyed = due.filter((item) => item.mark === 'S').length;

  await tab(page, /Skartační řízení/).click();
  const year = page.getByRole('textbox', { name: 'Rok skartačního návrhu' });
  await expect(year).toHaveValue(String(thisYear));
  const dueWord = due.length === 1 ? 'záznamu' : 'záznamů';
  await expect(page.getByText(`uplynula skartační lhůta u ${due.length} ${dueWord}`)).toBeVisible();

  // A year that has not come yet is refused, and nothing is written.
  const logBefore = await countStore(page, 'txlog');
  await year.fill(String(thisYear + 1));
  await page.getByRole('button', { name: 'Sestavit skartační návrh' }).click();
  await expect(page.getByText(`na rok ${thisYear + 1} — ten ještě nenastal`)).toBeVisible();
  expect(await countStore(page, 'disposalProposals')).toBe(0);
  expect(await countStore(page, 'txlog')).toBe(logBefore);

  await year.fill(String(thisYear));
  await page.getByRole('button', { name: 'Sestavit skartační návrh' }).click();
  const proposal = page.getByRole('region', { name: `Skartační návrh pro rok ${thisYear}` });
  await expect(proposal.getByTestId('proposal-counts')).toHaveText(markCounts(due));
  const markA = proposal.getByRole('region', { name: /Skartační znak A/ });
  const markS = proposal.getByRole('region', { name: /Skartační znak S/ });
  for (const doc of archival) await expect(markA).toContainText(doc.referenceNumber);
  for (const doc of shredded) await expect(markS).toContainText(doc.referenceNumber);
  await expect(proposal).not.toContainText(later!.referenceNumber);
  const [stored] = await readStore<DisposalProposal>(page, 'disposalProposals');
  expect(stored!.items.map((item) => item.id).sort()).toEqual(due.map((item) => item.id).sort());
  expect((await documentState(page, archival[0]!.pid)).state).toBe('inDisposal');
  expect(await seriousViolations(page)).toEqual([]);

  // The SIP package for the archive: a ZIP with METS and the records' metadata.
  const zip = page.waitForEvent('download');
  await proposal.getByRole('button', { name: 'Exportovat SIP balíček (ZIP)' }).click();
  const zipFile = await zip;
  expect(zipFile.suggestedFilename()).toMatch(/\.zip$/);
  const entries = unzipSync(new Uint8Array(await readFile((await zipFile.path())!)));
  expect(Object.keys(entries).some((name) => name.endsWith('mets.xml'))).toBe(true);
  await expect(proposal.getByRole('status')).toContainText(zipFile.suggestedFilename());
  await expect(proposal.getByRole('status')).toContainText(records(due.length));

  // A decision naming a record nobody knows: refused as a whole, nothing changes.
  const importButton = proposal.getByRole('button', { name: 'Načíst rozhodnutí archivu (XML)' });
  const decisionNaming = (identifier: string) =>
    writeDecisionXml({
      listId: `DA-${identifier}`,
      archiveId: 'SOA-TEST',
      originatorId: organization.ico,
      procedureId: null,
      takeoverId: null,
      createdAt: new Date().toISOString(),
      entries: [archival[0]!.pid, identifier].map((id) => ({
        identifier: id,
        source: organization.pidPrefix,
        operation: 'destroy' as const,
        archiveIdentifier: null,
      })),
    });
  const refused = page.getByRole('dialog', { name: 'Rozhodnutí archivu nelze použít' });
  const logBeforeDecision = await countStore(page, 'txlog');
  await pickFile(page, importButton, 'rozhodnuti-neznamy.xml', decisionNaming('OUHLNEZNAMY01'));
  await expect(refused.getByRole('alert')).toContainText('neznámé záznamy (OUHLNEZNAMY01)');
  await expect(refused.getByRole('alert')).toContainText('Nic nebylo změněno');
  await refused.getByRole('button', { name: 'Zavřít' }).first().click();
  // A record the office knows, but of no disposal proposal: refused the same way.
  await pickFile(page, importButton, 'rozhodnuti-jiny.xml', decisionNaming(later!.pid));
  await expect(refused.getByRole('alert')).toContainText(
    `nejsou v tomto skartačním návrhu (${later!.pid})`,
  );
  await refused.getByRole('button', { name: 'Zavřít' }).first().click();
  expect((await documentState(page, archival[0]!.pid)).state).toBe('inDisposal');
  expect((await documentState(page, later!.pid)).state).toBe('inRecordsOffice');
  expect((await readStore<DisposalProposal>(page, 'disposalProposals'))[0]!.state).toBe('open');
  expect(await countStore(page, 'txlog')).toBe(logBeforeDecision);

  // The demo aid writes the decision an archive would send: A archived, S destroyed.
  const sample = page.waitForEvent('download');
  await proposal.getByRole('button', { name: 'Uložit vzorové rozhodnutí archivu' }).click();
  const decisionXml = await readFile((await (await sample).path())!, 'utf8');
  const decision = parseDecisionXml(decisionXml);
  expect(decision.ok).toBe(true);

  await pickFile(page, importButton, 'rozhodnuti.xml', decisionXml);
  const confirm = page.getByRole('dialog', { name: 'Použít rozhodnutí archivu?' });
  await expect(confirm).toContainText(`Zničit: ${records(destroyed)}`);
  await expect(confirm).toContainText('Zničení nelze vrátit zpět');
  expect(await seriousViolations(page)).toEqual([]);
  await confirm
    .getByRole('button', { name: `Použít rozhodnutí a zničit ${records(destroyed)}` })
    .click();
  const done = page.getByRole('dialog', { name: 'Rozhodnutí archivu bylo použito' });
  await expect(done).toContainText(`Předáno archivu: ${records(due.length - destroyed)}`);
  await expect(done).toContainText(`Zničeno: ${records(destroyed)}`);
  await done.getByRole('button', { name: 'Zavřít' }).first().click();

  for (const doc of archival) expect((await documentState(page, doc.pid)).state).toBe('archived');
  for (const doc of shredded) expect((await documentState(page, doc.pid)).state).toBe('destroyed');
  expect((await documentState(page, later!.pid)).state).toBe('inRecordsOffice');
  const [decided] = await readStore<DisposalProposal>(page, 'disposalProposals');
  expect(decided!.state).toBe('decided');
  await expect(proposal).toContainText('Rozhodnuto');
  await expect(markS).toContainText('zničit');
  expect(officeDateString(new Date(decided!.decidedAt!))).toBe(officeDateString(new Date()));
});
