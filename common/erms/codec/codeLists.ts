import { el, type XmlElement, type XmlNode } from '../../nsesss/xml';
import type { CodeListInfo, CodeListItem, ReservationRequest, ReservedNumber } from '../model';
import { writeOptionalText } from './identifiers';
import { boundedText, Children, InvalidMessage, textOf } from './reader';
import { ERMS_EXT_NAMESPACE } from './types';
import {
  cut,
  exact,
  limits,
  readDate,
  readDateTime,
  readEnum,
  readInteger,
  readYear,
  writeDate,
  writeDateTime,
  writeInteger,
  writeYear,
} from './values';

/**
 * tCiselnik, tPolozkaCiselniku and the number-reservation extension
 * (docs/essl-interface.md, "Reserved numbers"): the request's DoplnujiciData/Rezervace
 * and, on each item that is a reserved number, DoplnujiciData with Rok, Poradi, Denik,
 * Registr — all in ERMS_EXT_NAMESPACE, bound to the prefix `ext` where they stand.
 */

const EXT = 'ext';
const EXT_DECLARATION = { [`xmlns:${EXT}`]: ERMS_EXT_NAMESPACE };
const ITEM_SEQUENCE = [
  'IdPolozky',
  'Text',
  'Popis',
  'StavPolozky',
  'PlatnaOd',
  'PlatnaDo',
  'DoplnujiciData',
];
const REGISTERS = { documents: 'dokumenty', caseFiles: 'spisy' } as const;
const REGISTER_VALUES = ['dokumenty', 'spisy'] as const;

function registerOf(value: string, where: string): ReservedNumber['register'] {
  return readEnum(value, REGISTER_VALUES, where) === 'dokumenty' ? 'documents' : 'caseFiles';
}

/* ---------------------------------------------------------------------- tCiselnik */

export function writeCodeList(list: CodeListInfo): XmlNode {
  return el('Ciselnik', [
    el('IdCiselniku', exact(list.id, 1, limits.codeListId, 'IdCiselniku')),
    el('NazevCiselniku', list.name),
    list.itemCount === null
      ? null
      : el('PocetPrvkuCiselniku', writeInteger(list.itemCount, 'PocetPrvkuCiselniku')),
    list.changedAt === null
      ? null
      : el('CasPosledniZmeny', writeDateTime(list.changedAt, 'CasPosledniZmeny')),
  ]);
}

export function readCodeList(element: XmlElement): CodeListInfo {
  const c = new Children(element, [
    'IdCiselniku',
    'NazevCiselniku',
    'PocetPrvkuCiselniku',
    'CasPosledniZmeny',
  ]);
  const count = c.opt('PocetPrvkuCiselniku');
  const changed = c.opt('CasPosledniZmeny');
  return {
    id: boundedText(c.one('IdCiselniku'), limits.codeListId, 1),
    name: c.text('NazevCiselniku'),
    itemCount: count ? readInteger(textOf(count), count.path) : null,
    changedAt: changed ? readDateTime(textOf(changed), changed.path) : null,
  };
}

/* -------------------------------------------------------------- tPolozkaCiselniku */

export function writeItem(item: CodeListItem): XmlNode {
  return el('Polozka', [
    writeOptionalText('IdPolozky', item.id, limits.codeListId),
    el('Text', cut(item.text, limits.description)),
    writeOptionalText('Popis', item.description, limits.description),
    el('StavPolozky', item.active ? 'Aktivni' : 'Neaktivni'),
    item.validFrom === null ? null : el('PlatnaOd', writeDate(item.validFrom, 'PlatnaOd')),
    item.validTo === null ? null : el('PlatnaDo', writeDate(item.validTo, 'PlatnaDo')),
  ]);
}

/** One reserved number as an item: IdPolozky `rok/poradi`, Text = the reference. */
export function writeReservedItem(number: ReservedNumber): XmlNode {
  const ext = (name: string, text: string) => el(`${EXT}:${name}`, text);
  return el('Polozka', [
    el(
      'IdPolozky',
      `${writeYear(number.year, 'Rok')}/${writeInteger(number.sequence, 'Poradi', 1)}`,
    ),
    el('Text', cut(number.reference, limits.description)),
    el('StavPolozky', 'Aktivni'),
    el(
      'DoplnujiciData',
      [
        ext('Rok', writeYear(number.year, 'Rok')),
        ext('Poradi', writeInteger(number.sequence, 'Poradi', 1)),
        ext('Denik', number.journal),
        ext('Registr', REGISTERS[number.register]),
      ],
      EXT_DECLARATION,
    ),
  ]);
}

export type ReadItem =
  { kind: 'item'; item: CodeListItem } | { kind: 'reserved'; number: ReservedNumber };

/** An item whose DoplnujiciData holds the extension's Rok/Poradi is a reserved number. */
export function readItem(element: XmlElement): ReadItem {
  const c = new Children(element, ITEM_SEQUENCE);
  const id = c.opt('IdPolozky');
  const text = boundedText(c.one('Text'), limits.description);
  const description = c.opt('Popis');
  const state = readEnum(
    c.text('StavPolozky'),
    ['Aktivni', 'Neaktivni'] as const,
    `${element.path}/StavPolozky`,
  );
  const from = c.optText('PlatnaOd');
  const to = c.optText('PlatnaDo');
  const extra = c.opt('DoplnujiciData');
  const reserved = extra ? readReservedData(extra, text) : null;
  if (reserved) return { kind: 'reserved', number: reserved };
  return {
    kind: 'item',
    item: {
      id: id ? boundedText(id, limits.codeListId, 1) : null,
      text,
      description: description ? boundedText(description, limits.description) : null,
      active: state === 'Aktivni',
      validFrom: from === null ? null : readDate(from, `${element.path}/PlatnaOd`),
      validTo: to === null ? null : readDate(to, `${element.path}/PlatnaDo`),
    },
  };
}

function readReservedData(element: XmlElement, reference: string): ReservedNumber | null {
  const ours = element.children.filter((child) => child.namespace === ERMS_EXT_NAMESPACE);
  if (ours.length === 0) return null;
  const find = (name: string) => {
    const found = ours.filter((child) => child.name === name);
    if (found.length !== 1)
      throw new InvalidMessage(`${element.path}: exactly one ext:${name} is required`);
    return textOf(found[0] as XmlElement);
  };
  return {
    register: registerOf(find('Registr'), `${element.path}/Registr`),
    year: readYear(find('Rok'), `${element.path}/Rok`),
    sequence: readInteger(find('Poradi'), `${element.path}/Poradi`, 1),
    reference,
    journal: find('Denik'),
  };
}

/* ------------------------------------------------------------ Rezervace (request) */

export function writeReservation(reservation: ReservationRequest): XmlNode {
  const ext = (name: string, text: string) => el(`${EXT}:${name}`, text);
  return el('DoplnujiciData', [
    el(
      `${EXT}:Rezervace`,
      [
        ext('IdPozadavku', reservation.requestId),
        ext('Registr', REGISTERS[reservation.register]),
        ext('Rok', writeYear(reservation.year, 'Rok')),
        ext('Pocet', writeInteger(reservation.count, 'Pocet', 1)),
      ],
      EXT_DECLARATION,
    ),
  ]);
}

/** Rezervace inside a request's DoplnujiciData, or null when there is none. */
export function readReservation(element: XmlElement | null): ReservationRequest | null {
  if (!element) return null;
  const found = element.children.filter(
    (child) => child.namespace === ERMS_EXT_NAMESPACE && child.name === 'Rezervace',
  );
  const [rezervace, second] = found;
  if (!rezervace) return null;
  if (second) throw new InvalidMessage(`${second.path}: repeated`);
  const c = new Children(rezervace, ['IdPozadavku', 'Registr', 'Rok', 'Pocet'], ERMS_EXT_NAMESPACE);
  const requestId = c.text('IdPozadavku');
  if (requestId.trim() === '') throw new InvalidMessage(`${rezervace.path}/IdPozadavku: empty`);
  return {
    requestId,
    register: registerOf(c.text('Registr'), `${rezervace.path}/Registr`),
    year: readYear(c.text('Rok'), `${rezervace.path}/Rok`),
    count: readInteger(c.text('Pocet'), `${rezervace.path}/Pocet`, 1),
  };
}
