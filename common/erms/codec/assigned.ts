import { el, type XmlElement, type XmlNode } from '../../nsesss/xml';
import type { AssignedEntry, AssignedQuery } from '../model';
import { readId, writeId } from './identifiers';
import { boundedText, Children, InvalidMessage, textOf } from './reader';
import { ERMS_EXT_NAMESPACE } from './types';
import {
  cut,
  limits,
  readDateTime,
  readEnum,
  readInteger,
  writeDateTime,
  writeInteger,
} from './values';

/**
 * PrideleneSeznam: the query's filters and the rows (tProfilDokumentuSeznam /
 * tProfilSpisuSeznam) with the change-time extension DoplnujiciData/CasPosledniZmeny
 * (docs/essl-interface.md, "Change time in PrideleneSeznam").
 */

export const QUERY_SEQUENCE = [
  'Identifikator',
  'Drzeni',
  'BarCode',
  'DruhEntity',
  'SpisovyZnak',
  'CisloJednaci',
  'SpisovaZnacka',
  'NazevObsahuje',
  'DatumCasVytvoreniOd',
  'DatumCasVytvoreniDo',
  'CasPosledniZmenyOd',
  'CasPosledniZmenyDo',
  'odZaznamu',
  'pocetZaznamu',
  'Autorizace',
  'DoplnujiciData',
];
const ROW_SEQUENCE = [
  'Identifikator',
  'BarCode',
  'Nazev',
  'CisloJednaci',
  'SpisovaZnacka',
  'DatumCasVytvoreni',
  'Poznamka',
  'SpisovyZnak',
  'DoplnujiciData',
];
const ENTITY_KINDS = ['Dokument', 'Spis', 'TypovySpis', 'SoucastTypovehoSpisu'] as const;
/** sPocetZaznamu is 1–100; a query that names no count is read as the largest page. */
const MAX_PAGE = 100;

/** The query's elements before Autorizace. */
export function writeQuery(query: AssignedQuery): XmlNode[] {
  return [
    query.kind === null ? null : el('DruhEntity', query.kind === 'document' ? 'Dokument' : 'Spis'),
    query.changedSince === null
      ? null
      : el('CasPosledniZmenyOd', writeDateTime(query.changedSince, 'CasPosledniZmenyOd')),
    el('odZaznamu', writeInteger(query.from, 'odZaznamu', 1)),
    el('pocetZaznamu', writeInteger(query.count, 'pocetZaznamu', 1, MAX_PAGE)),
  ].filter((node): node is XmlNode => node !== null);
}

/** Filters the app does not use (Identifikator, CisloJednaci, …) are not applied by it and read past. */
export function readQuery(c: Children): AssignedQuery {
  const kind = c.opt('DruhEntity');
  const since = c.opt('CasPosledniZmenyOd');
  const from = c.opt('odZaznamu');
  const count = c.opt('pocetZaznamu');
  const entity = kind ? readEnum(textOf(kind), ENTITY_KINDS, kind.path) : null;
  if (entity === 'TypovySpis' || entity === 'SoucastTypovehoSpisu')
    throw new InvalidMessage(`${kind?.path ?? 'DruhEntity'}: ${entity} is not supported`);
  return {
    kind: entity === null ? null : entity === 'Dokument' ? 'document' : 'caseFile',
    changedSince: since ? readDateTime(textOf(since), since.path) : null,
    from: from ? readInteger(textOf(from), from.path, 1) : 1,
    count: count ? readInteger(textOf(count), count.path, 1, MAX_PAGE) : MAX_PAGE,
  };
}

/** One row: Dokument (reference = CisloJednaci) or Spis (reference = SpisovaZnacka). */
export function writeEntry(entry: AssignedEntry): XmlNode {
  const document = entry.kind === 'document';
  const reference = entry.reference === null ? null : cut(entry.reference, limits.reference);
  return el(document ? 'Dokument' : 'Spis', [
    writeId('Identifikator', entry.id),
    el('Nazev', cut(entry.title, limits.title)),
    reference === null ? null : el(document ? 'CisloJednaci' : 'SpisovaZnacka', reference),
    el('DatumCasVytvoreni', writeDateTime(entry.createdAt, 'DatumCasVytvoreni')),
    el('SpisovyZnak', cut(entry.fileMark, limits.fileMark)),
    entry.changedAt === null
      ? null
      : el('DoplnujiciData', [
          el('ext:CasPosledniZmeny', writeDateTime(entry.changedAt, 'CasPosledniZmeny'), {
            'xmlns:ext': ERMS_EXT_NAMESPACE,
          }),
        ]),
  ]);
}

/** Rows of typový spis kinds have no place in the model and are skipped (null). */
export function readEntry(element: XmlElement): AssignedEntry | null {
  if (element.name === 'TypovySpis' || element.name === 'SoucastTypovehoSpisu') return null;
  const document = element.name === 'Dokument';
  const c = new Children(
    element,
    document ? ROW_SEQUENCE : ROW_SEQUENCE.filter((name) => name !== 'CisloJednaci'),
  );
  const reference = c.opt(document ? 'CisloJednaci' : 'SpisovaZnacka');
  const extra = c.opt('DoplnujiciData');
  return {
    kind: document ? 'document' : 'caseFile',
    id: readId(c.one('Identifikator')),
    title: boundedText(c.one('Nazev'), limits.title),
    reference: reference ? boundedText(reference, limits.reference) : null,
    createdAt: readDateTime(c.text('DatumCasVytvoreni'), `${element.path}/DatumCasVytvoreni`),
    fileMark: boundedText(c.one('SpisovyZnak'), limits.fileMark),
    changedAt: extra ? readChangedAt(extra) : null,
  };
}

function readChangedAt(element: XmlElement): string | null {
  const found = element.children.filter(
    (child) => child.namespace === ERMS_EXT_NAMESPACE && child.name === 'CasPosledniZmeny',
  );
  const [first, second] = found;
  if (!first) return null;
  if (second) throw new InvalidMessage(`${second.path}: repeated`);
  return readDateTime(textOf(first), first.path);
}
