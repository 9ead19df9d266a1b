import { describe, expect, it } from 'vitest';
import { validateXml } from '../../scripts/testing/xmllint';
import { chainEntries } from './testing/txEntries';
import { HASH_PARAMETER, PREV_HASH_PARAMETER, TRP_NAMESPACE } from './trpElements';
import { writeObjectLogXml, writeSystemLogXml, type TrpContext } from './trpXml';
import { parseXml, type XmlElement } from './xml';

const context: TrpContext = {
  organization: { name: 'Obec Horní Lhota', ico: '00064581', pidPrefix: 'OUHL' },
  systemName: 'Úřadovna',
  createdAt: new Date('2026-07-01T10:00:00.000Z'),
};

const entries = chainEntries([
  {
    at: '2026-01-31T23:30:00.000Z',
    event: 'Zalozeni',
    entityType: 'document',
    entityId: 'OUHL2345ABC',
    detail: { referenceNumber: 'OUHL 1/2026', sheets: 2, paper: true, note: null },
  },
  {
    at: '2026-03-02T08:00:00.000Z',
    event: 'Zalozeni',
    entityType: 'caseFile',
    entityId: 'OUHLSPIS001',
  },
  {
    at: '2026-03-02T08:01:00.000Z',
    event: 'VlozeniDoSpisu',
    entityType: 'document',
    entityId: 'OUHL2345ABC',
    detail: { caseFileId: 'OUHLSPIS001', order: 1 },
  },
  {
    at: '2026-06-30T12:00:00.000Z',
    event: 'Vyrizeni',
    entityType: 'document',
    entityId: 'OUHL2345ABC',
    actor: 'Petr <Starosta> & syn',
    detail: { method: 'vzetí na vědomí', content: 'Řádek 1\nŘádek 2\u0007' },
  },
  {
    at: '2026-07-01T09:00:00.000Z',
    event: 'Uzavreni',
    entityType: 'caseFile',
    entityId: 'OUHLSPIS001',
  },
]);

function parse(xml: string): XmlElement {
  const result = parseXml(xml);
  if (!result.ok) throw new Error(result.error.detail);
  return result.root;
}

const child = (element: XmlElement, name: string): XmlElement => {
  const found = element.children.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${element.path} has no ${name}`);
  return found;
};
const children = (element: XmlElement, name: string) =>
  element.children.filter((candidate) => candidate.name === name);
const textAt = (element: XmlElement, ...path: string[]) =>
  path.reduce((current, name) => child(current, name), element).text;

function parameters(event: XmlElement): Record<string, string> {
  return Object.fromEntries(
    children(child(event, 'ParametryUdalosti'), 'ParametrUdalosti').map((parameter) => [
      textAt(parameter, 'NazevParametru'),
      textAt(parameter, 'HodnotaParametru'),
    ]),
  );
}

describe('writeSystemLogXml', () => {
  it('writes the events of a period, valid against nsesss-TrP.xsd', async () => {
    const xml = writeSystemLogXml(
      [...entries].reverse(),
      { from: '2026-03-01', to: '2026-06-30' },
      context,
    );
    expect(await validateXml(xml, 'nsesss-TrP.xsd')).toEqual({ valid: true, errors: [] });

    const root = parse(xml);
    expect(root.name).toBe('TransakcniLogSystemu');
    expect(root.namespace).toBe(TRP_NAMESPACE);
    const events = children(child(root, 'Udalosti'), 'Udalost');
    // In order of Poradi, whatever order they were handed in; only the period's events.
    expect(events.map((event) => textAt(event, 'Poradi'))).toEqual(['2', '3', '4']);
    expect(events.map((event) => textAt(event, 'TypUdalosti', 'TypUdalostiId'))).toEqual([
      'Zalozeni',
      'VlozeniDoSpisu',
      'Vyrizeni',
    ]);
    expect(events.map((event) => textAt(event, 'PopisUdalosti'))).toEqual([
      'Založení',
      'Vložení do spisu',
      'Vyřízení',
    ]);
    expect(events.map((event) => textAt(event, 'Objekt', 'TypObjektu', 'TypObjektuId'))).toEqual([
      'Spis',
      'Dokument',
      'Dokument',
    ]);
    expect(textAt(events[1]!, 'Objekt', 'Identifikator', 'HodnotaID')).toBe('OUHL2345ABC');
    expect(textAt(events[1]!, 'Objekt', 'Identifikator', 'ZdrojID')).toBe('OUHL');
    expect(textAt(events[2]!, 'provedlKdo')).toBe('Petr <Starosta> & syn');
    expect(parameters(events[2]!)).toEqual({
      method: 'vzetí na vědomí',
      // The bell character cannot be carried by XML and is dropped, not the export.
      content: 'Řádek 1\nŘádek 2',
      [HASH_PARAMETER]: entries[3]!.hash,
      [PREV_HASH_PARAMETER]: entries[2]!.hash,
    });

    const info = child(root, 'TransLogInfo');
    // The period in office time: 1 March starts at 00:00 CET, 30 June ends in CEST.
    expect(textAt(info, 'DatumCasOd')).toBe('2026-03-01T00:00:00+01:00');
    expect(textAt(info, 'DatumCasDo')).toBe('2026-06-30T23:59:59+02:00');
    expect(textAt(info, 'DatumVzniku')).toBe('2026-07-01T12:00:00+02:00');
    expect(textAt(info, 'Software')).toBe('Úřadovna');
    expect(textAt(info, 'Identifikator', 'ZdrojID')).toBe('OUHL');
  });

  it('writes a detail of every kind as parameter values', () => {
    const root = parse(
      writeSystemLogXml(entries, { from: '2026-01-01', to: '2026-12-31' }, context),
    );
    const first = children(child(root, 'Udalosti'), 'Udalost')[0]!;
    expect(textAt(first, 'DatumVzniku')).toBe('2026-02-01T00:30:00+01:00');
    expect(parameters(first)).toMatchObject({
      referenceNumber: 'OUHL 1/2026',
      sheets: '2',
      paper: 'true',
      note: '',
    });
  });

  it('writes an empty period as a valid log without events', async () => {
    const xml = writeSystemLogXml(entries, { from: '2025-01-01', to: '2025-12-31' }, context);
    expect(await validateXml(xml, 'nsesss-TrP.xsd')).toEqual({ valid: true, errors: [] });
    expect(child(parse(xml), 'Udalosti').children).toEqual([]);
  });

  it('refuses a bound that is neither a day nor an instant', () => {
    expect(() => writeSystemLogXml(entries, { from: 'včera', to: '2026-12-31' }, context)).toThrow(
      RangeError,
    );
  });
});

describe('writeObjectLogXml', () => {
  it("writes one record's events, valid against nsesss-TrP.xsd", async () => {
    const xml = writeObjectLogXml(entries, { type: 'caseFile', id: 'OUHLSPIS001' }, context);
    expect(await validateXml(xml, 'nsesss-TrP.xsd')).toEqual({ valid: true, errors: [] });

    const root = parse(xml);
    expect(root.name).toBe('TransakcniLogObjektu');
    const object = child(child(root, 'TransLogInfo'), 'Objekt');
    expect(textAt(object, 'TypObjektu', 'TypObjektuId')).toBe('Spis');
    expect(textAt(object, 'Identifikator', 'HodnotaID')).toBe('OUHLSPIS001');
    const events = children(child(root, 'Udalosti'), 'Udalost');
    expect(events.map((event) => textAt(event, 'Poradi'))).toEqual(['2', '5']);
    expect(events.map((event) => textAt(event, 'TypUdalosti', 'TypUdalostiId'))).toEqual([
      'Zalozeni',
      'Uzavreni',
    ]);
    expect(textAt(child(root, 'TransLogInfo'), 'DatumCasOd')).toBe('2026-03-02T09:00:00+01:00');
  });

  it('gives logs of different records different identifiers', () => {
    const identifier = (xml: string) =>
      textAt(parse(xml), 'TransLogInfo', 'Identifikator', 'HodnotaID');
    const one = writeObjectLogXml(entries, { type: 'document', id: 'OUHL2345ABC' }, context);
    const other = writeObjectLogXml([], { type: 'document', id: 'OUHL9999XYZ' }, context);
    const empty = writeObjectLogXml([], { type: 'document', id: 'OUHL8888XYZ' }, context);
    expect(new Set([identifier(one), identifier(other), identifier(empty)]).size).toBe(3);
    expect(identifier(one).length).toBeLessThanOrEqual(50);
  });

  it('writes a record without events and clips an over-long actor, still valid', async () => {
    const long = chainEntries([
      {
        at: '2026-05-05T05:05:05.000Z',
        event: 'Uprava',
        entityType: 'document',
        entityId: 'OUHL2345ABC',
        actor: 'x'.repeat(150),
      },
      {
        at: '2026-05-05T05:06:05.000Z',
        event: 'Uprava',
        entityType: 'document',
        entityId: 'OUHL2345ABC',
        actor: ' ',
      },
    ]);
    const xml = writeObjectLogXml(long, { type: 'document', id: 'OUHL2345ABC' }, context);
    expect(await validateXml(xml, 'nsesss-TrP.xsd')).toEqual({ valid: true, errors: [] });
    const actors = children(child(parse(xml), 'Udalosti'), 'Udalost').map((event) =>
      textAt(event, 'provedlKdo'),
    );
    expect(actors).toEqual(['x'.repeat(100), 'neznámý uživatel']);

    const none = writeObjectLogXml([], { type: 'component', id: 'k-1' }, context);
    expect(await validateXml(none, 'nsesss-TrP.xsd')).toEqual({ valid: true, errors: [] });
  });
});
