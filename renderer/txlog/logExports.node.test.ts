import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../../common/nsesss/xml';
import { validateXml } from '../../scripts/testing/xmllint';
import type { UradovnaDatabase } from '../db/schema';
import { configureOffice, openTestDatabase } from '../db/testing/fixtures';
import { appendTxLog, type TxLogDraft } from '../db/txlog/append';
import { prepareEntityXml, preparePeriodXml } from './logExports';

/**
 * The transaction log as the screen exports it — read from the database, through the
 * NSESSS writer — validated against the official nsesss-TrP.xsd with xmllint.
 */

let db: UradovnaDatabase;
const now = new Date('2026-03-10T09:00:00Z');

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
  const drafts: TxLogDraft[] = [
    { event: 'Zalozeni', entityType: 'document', entityId: 'OUHLd1', actor: 'Marie' },
    { event: 'Zalozeni', entityType: 'caseFile', entityId: 'OUHLs1', actor: 'Marie' },
    { event: 'VlozeniDoSpisu', entityType: 'document', entityId: 'OUHLd1', actor: 'Jan' },
    { event: 'Export', entityType: 'journal', entityId: 'journal', actor: 'Jan' },
    { event: 'Vyrizeni', entityType: 'document', entityId: 'OUHLd1', actor: 'Jan' },
    { event: 'Uzavreni', entityType: 'caseFile', entityId: 'OUHLs1', actor: 'Marie' },
  ].map((draft, index) => ({
    ...draft,
    // Two days of March (office time), then one in April outside the period.
    at:
      index < 5
        ? `2026-03-0${2 + (index % 2)}T${String(8 + index).padStart(2, '0')}:00:00.000Z`
        : '2026-04-01T08:00:00Z',
    detail: { referenceNumber: 'OUHL 1/2026', poznámka: 'příliš <dlouhá> & "ošemetná"' },
  })) as TxLogDraft[];
  await db.transaction('rw', db.txlog, () => appendTxLog(db, drafts, now));
});

afterEach(async () => {
  await db.delete();
});

function root(xml: string): XmlElement {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error.detail);
  return parsed.root;
}

const child = (element: XmlElement | undefined, name: string) =>
  element?.children.find((node) => node.name === name);

const poradi = (udalosti: XmlElement | undefined) =>
  (udalosti?.children ?? []).map((event) => Number(child(event, 'Poradi')?.text));

describe('the exported transaction log', () => {
  it('of a period is a valid TransakcniLogSystemu with every entry of the period', async () => {
    const prepared = await preparePeriodXml(db, '2026-03-02', '2026-03-03', now);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.count).toBe(5);
    expect(prepared.value.fileName).toBe('transakcni-protokol-2026-03-02-2026-03-03.xml');
    const result = await validateXml(prepared.value.xml, 'nsesss-TrP.xsd');
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    const log = root(prepared.value.xml);
    expect(log.name).toBe('TransakcniLogSystemu');
    expect(log.namespace).toBe('http://www.mvcr.cz/nsesss/2023/log');
    expect(poradi(child(log, 'Udalosti'))).toEqual([1, 2, 3, 4, 5]);
  });

  it('of one day leaves out the other days', async () => {
    const prepared = await preparePeriodXml(db, '2026-03-03', '2026-03-03', now);
    expect(prepared.ok && poradi(child(root(prepared.value.xml), 'Udalosti'))).toEqual([2, 4]);
    if (prepared.ok)
      expect((await validateXml(prepared.value.xml, 'nsesss-TrP.xsd')).valid).toBe(true);
  });

  it('of an empty period is still a valid log', async () => {
    const prepared = await preparePeriodXml(db, '2026-05-01', '2026-05-31', now);
    expect(prepared.ok && prepared.count).toBe(0);
    if (prepared.ok) {
      const result = await validateXml(prepared.value.xml, 'nsesss-TrP.xsd');
      expect(result.errors).toEqual([]);
    }
  });

  it('of one object is a valid TransakcniLogObjektu with that object only', async () => {
    const prepared = await prepareEntityXml(db, 'caseFile', 'OUHLs1', now);
    expect(prepared.count).toBe(2);
    expect(prepared.value.fileName).toBe('transakcni-protokol-spis-OUHLs1.xml');
    const result = await validateXml(prepared.value.xml, 'nsesss-TrP.xsd');
    expect(result.errors).toEqual([]);
    const log = root(prepared.value.xml);
    expect(log.name).toBe('TransakcniLogObjektu');
    const objekt = child(child(log, 'TransLogInfo'), 'Objekt');
    expect(child(child(objekt, 'TypObjektu'), 'TypObjektuId')?.text).toBe('Spis');
    expect(child(child(objekt, 'Identifikator'), 'HodnotaID')?.text).toBe('OUHLs1');
    expect(poradi(child(log, 'Udalosti'))).toEqual([2, 6]);
  });
});
