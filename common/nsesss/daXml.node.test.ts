import { describe, expect, it } from 'vitest';
import { resources } from '../../renderer/i18n/resources';
import { validateXml } from '../../scripts/testing/xmllint';
import type { ParsedDecisionList } from '../domain/disposal';
import type { ValidationIssue } from '../domain/validation';
import { parseDecisionXml, writeDecisionXml } from './daXml';

const list: ParsedDecisionList = {
  listId: 'SR-2026-7',
  archiveId: 'SOA-Praha',
  originatorId: '00064581',
  procedureId: 'SR 7/2026',
  takeoverId: null,
  createdAt: '2026-09-15T08:30:00.000Z',
  entries: [
    { identifier: 'OUHLSPIS001', source: 'OUHL', operation: 'archive', archiveIdentifier: null },
    { identifier: 'OUHL2345ABC', source: 'OUHL', operation: 'destroy', archiveIdentifier: null },
    { identifier: 'OUHL3456BCD', source: 'OUHL', operation: 'inspect', archiveIdentifier: null },
    { identifier: 'OUHL4567CDE', source: 'OUHL', operation: 'exclude', archiveIdentifier: null },
  ],
};

const NS = 'http://www.mvcr.cz/nsesss/v4';
const seznam = (entities: string, attributes = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<Seznam xmlns="${NS}" ID="s1" identifikatorArchivu="SOA" identifikatorPuvodce="00064581" datumVytvoreni="2026-09-15T10:30:00+02:00"${attributes}>${entities}</Seznam>`;
const entity = (id: string, action = '<Operace>zničit</Operace>') =>
  `<EntitaSeznamu><Identifikator zdroj="OUHL">${id}</Identifikator>${action}</EntitaSeznamu>`;

function refused(text: string): ValidationIssue[] {
  const result = parseDecisionXml(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.issues;
}

const messages = (issues: ValidationIssue[]) => issues.map((item) => item.message);

function catalogText(language: 'cs' | 'en', key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      resources[language].translation,
    );
}

describe('writeDecisionXml', () => {
  it('writes a decision list valid against nsesss-DA.xsd that reads back the same', async () => {
    const xml = writeDecisionXml(list);
    expect(await validateXml(xml, 'nsesss-DA.xsd')).toEqual({ valid: true, errors: [] });
    expect(xml).toContain('datumVytvoreni="2026-09-15T10:30:00+02:00"');
    expect(xml).toContain('<Operace>vybrat za archiválii</Operace>');
    expect(parseDecisionXml(xml)).toEqual({ ok: true, value: list });
  });

  it('writes a takeover confirmation with digital archive identifiers', async () => {
    const takeover: ParsedDecisionList = {
      ...list,
      procedureId: null,
      takeoverId: 'PR-12',
      entries: [
        { identifier: 'OUHLSPIS001', source: 'OUHL', operation: null, archiveIdentifier: 'DA-77' },
      ],
    };
    const xml = writeDecisionXml(takeover);
    expect(await validateXml(xml, 'nsesss-DA.xsd')).toEqual({ valid: true, errors: [] });
    expect(parseDecisionXml(xml)).toEqual({ ok: true, value: takeover });
  });

  it('makes an xs:ID of a list id that is not one', async () => {
    const xml = writeDecisionXml({ ...list, listId: '2026/7 návrh' });
    expect(await validateXml(xml, 'nsesss-DA.xsd')).toEqual({ valid: true, errors: [] });
  });

  it('refuses to write a list without entities', () => {
    expect(() => writeDecisionXml({ ...list, entries: [] })).toThrow(RangeError);
  });
});

describe('parseDecisionXml', () => {
  it('reads a file written by hand with a prefix, references and whitespace', async () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<da:Seznam xmlns:da="${NS}" ID="x" identifikatorArchivu=" SOA " identifikatorPuvodce="00064581"
    identifikatorPrejimky="P&amp;1" datumVytvoreni="2026-01-05T07:00:00Z">
  <da:EntitaSeznamu>
    <da:Identifikator zdroj="OUHL"> OUHL2345ABC </da:Identifikator>
    <da:Operace>vybrat za archiv&#225;lii</da:Operace>
  </da:EntitaSeznamu>
</da:Seznam>`;
    expect(await validateXml(text, 'nsesss-DA.xsd')).toEqual({ valid: true, errors: [] });
    expect(parseDecisionXml(text)).toEqual({
      ok: true,
      value: {
        listId: 'x',
        archiveId: 'SOA',
        originatorId: '00064581',
        procedureId: null,
        takeoverId: 'P&1',
        createdAt: '2026-01-05T07:00:00.000Z',
        entries: [
          {
            identifier: 'OUHL2345ABC',
            source: 'OUHL',
            operation: 'archive',
            archiveIdentifier: null,
          },
        ],
      },
    });
  });

  it('refuses text that is not XML', () => {
    expect(messages(refused('Vážení, archiv rozhodl…'))).toEqual(['recordsOffice.decision.notXml']);
    expect(messages(refused(seznam(entity('A')).replace('</Seznam>', '')))).toEqual([
      'recordsOffice.decision.notXml',
    ]);
  });

  it('refuses a DTD rather than expanding its entities', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE Seznam [<!ENTITY a "aaaaaaaaaa">]>${seznam(entity('&a;')).replace(/^<\?xml[^>]*>/, '')}`;
    expect(messages(refused(bomb))).toEqual(['recordsOffice.decision.notXml']);
  });

  it('refuses XML that is not an archive list', () => {
    const plan = `<SpisovyPlan xmlns="${NS}" ID="p"/>`;
    expect(refused(plan)).toEqual([
      expect.objectContaining({
        message: 'recordsOffice.decision.notList',
        params: { element: 'SpisovyPlan' },
      }),
    ]);
    // The right name in another namespace is another thing.
    const foreign = seznam(entity('A')).replace(NS, 'http://www.mvcr.cz/nsesss/v3');
    expect(messages(refused(foreign))).toEqual(['recordsOffice.decision.notList']);
  });

  it('refuses a list without its identifiers, naming each missing one', () => {
    const text = `<Seznam xmlns="${NS}" identifikatorPuvodce="  " datumVytvoreni="2026-09-15T10:30:00+02:00">${entity('A')}</Seznam>`;
    const issues = refused(text);
    expect(issues.map((item) => item.params?.name)).toEqual([
      'ID',
      'identifikatorArchivu',
      'identifikatorPuvodce',
    ]);
    expect(new Set(messages(issues))).toEqual(
      new Set(['recordsOffice.decision.missingIdentifier']),
    );
  });

  it('refuses a creation date that is not a date', () => {
    const text = seznam(entity('A')).replace('2026-09-15T10:30:00+02:00', '15. 9. 2026');
    expect(refused(text)).toEqual([
      expect.objectContaining({ message: 'recordsOffice.decision.badDate' }),
    ]);
  });

  it('refuses an entity without an identifier', () => {
    const text = seznam('<EntitaSeznamu><Operace>zničit</Operace></EntitaSeznamu>');
    expect(messages(refused(text))).toEqual(['recordsOffice.decision.entityWithoutIdentifier']);
    const noSource = seznam(
      '<EntitaSeznamu><Identifikator>A</Identifikator><Operace>zničit</Operace></EntitaSeznamu>',
    );
    expect(refused(noSource)).toEqual([
      expect.objectContaining({
        message: 'recordsOffice.decision.missingIdentifier',
        params: { name: 'zdroj' },
      }),
    ]);
  });

  it('refuses an unknown operation, naming it and the entity', () => {
    const text = seznam(entity('A') + entity('B', '<Operace>spálit</Operace>'));
    expect(refused(text)).toEqual([
      expect.objectContaining({
        message: 'recordsOffice.decision.unknownOperation',
        params: { operation: 'spálit', identifier: 'B' },
      }),
    ]);
  });

  it('refuses an entity with neither an operation nor an archive identifier', () => {
    expect(messages(refused(seznam(entity('A', ''))))).toEqual([
      'recordsOffice.decision.missingOperation',
    ]);
  });

  it('refuses an empty list', async () => {
    const text = seznam('');
    // The schema refuses it too: a list names at least one entity.
    expect((await validateXml(text, 'nsesss-DA.xsd')).valid).toBe(false);
    expect(messages(refused(text))).toEqual(['recordsOffice.decision.emptyList']);
  });

  it('refuses a list that names an entity twice', () => {
    const text = seznam(
      entity('A') + entity('B') + entity('A', '<Operace>vybrat za archiválii</Operace>'),
    );
    expect(refused(text)).toEqual([
      expect.objectContaining({
        message: 'recordsOffice.decision.duplicateEntity',
        params: { identifier: 'A' },
      }),
    ]);
  });

  it('refuses elements the list does not allow', () => {
    const text = seznam(entity('A') + '<Poznamka>navíc</Poznamka>');
    expect(messages(refused(text))).toEqual(['recordsOffice.decision.unexpectedElement']);
    const both = seznam(
      entity('A', '<Operace>zničit</Operace><IdentifikatorDA zdroj="DA">1</IdentifikatorDA>'),
    );
    expect(messages(refused(both))).toEqual(['recordsOffice.decision.unexpectedElement']);
  });

  it('has a Czech and an English text for every message it gives', () => {
    const bad = [
      'ne',
      `<x xmlns="${NS}"/>`,
      `<Seznam xmlns="${NS}">${entity('A')}</Seznam>`,
      seznam(entity('A')).replace('2026-09-15T10:30:00+02:00', 'včera'),
      seznam(''),
      seznam('<Jiny/>'),
      seznam('<EntitaSeznamu/>'),
      seznam(entity('A', '<Operace>x</Operace>')),
      seznam(entity('A', '')),
      seznam(entity('A') + entity('A')),
    ];
    const given = new Set(bad.flatMap((text) => messages(refused(text))));
    expect(given.size).toBe(bad.length);
    for (const key of given) {
      expect(typeof catalogText('cs', key), key).toBe('string');
      expect(typeof catalogText('en', key), key).toBe('string');
    }
  });
});
