import { el, type XmlElement, type XmlNode } from '../../nsesss/xml';
import type { Authorization, EsslEvent, EsslEventType, EventOutcome } from '../model';
import { readSettlement, writeSettlement } from './classification';
import { readDocumentUpdate, writeDocumentUpdate } from './documentProfile';
import { readFileExtension, writeFileExtension } from './fileExtension';
import { readFile, readFileLink, writeFile, writeFileLink } from './files';
import {
  readAuth,
  readIdWrapper,
  readStatus,
  writeAuth,
  writeIdWrapper,
  writeOptionalText,
  writeStatus,
} from './identifiers';
import { boundedText, Children, InvalidMessage, requiredAttribute } from './reader';
import {
  limits,
  readBigInteger,
  readDateTime,
  readInteger,
  writeBigInteger,
  writeDateTime,
  writeInteger,
} from './values';

/**
 * The events of gUdalost the app sends (EsslEvent of model.ts), and Zprava, the outcome
 * of one. Each event element carries UdalostId and its own Autorizace.
 */

const EVENT_TYPES: ReadonlyArray<EsslEventType> = [
  'DokumentUprava',
  'DokumentVlozeniDoSpisu',
  'DokumentVyjmutiZeSpisu',
  'DokumentVyrizeni',
  'DokumentZruseni',
  'SpisUzavreni',
  'SpisOtevreni',
  'SouborZalozeni',
  'SouborNovaVerze',
  'SouborVlozitKDokumentu',
];

/** Every element of gUdalost's choice; the ones the model has no event for are refused when read. */
export const ALL_EVENT_ELEMENTS = [
  'DokumentZalozeni',
  'DokumentUprava',
  'DokumentZruseni',
  'SpisZalozeni',
  'SpisUprava',
  'DokumentVlozeniDoSpisu',
  'DokumentVyjmutiZeSpisu',
  'SpisVyrizeni',
  'SpisOtevreni',
  'SpisZruseni',
  'DoruceniUprava',
  'VypraveniZalozeni',
  'VypraveniUprava',
  'VypraveniVypraveno',
  'VypraveniDoruceno',
  'VypraveniZruseni',
  'VypraveniPredatVypravne',
  'SouborZalozeni',
  'SouborNovaVerze',
  'SouborZruseni',
  'SouborVlozitKDokumentu',
  'SouborVyjmoutZDokumentu',
  'SouborVlozitKVypraveni',
  'SouborVyjmoutZVypraveni',
  'DokumentZmenaZpracovatele',
  'SpisZmenaZpracovatele',
  'DokumentVraceni',
  'SpisVraceni',
  'DokumentVyrizeni',
  'SpisUzavreni',
  'DokumentOtevreni',
  'DokumentPostoupeni',
  'SpisPostoupeni',
  'DokumentExterniSpousteciUdalost',
  'SpisExterniSpousteciUdalost',
  'DokumentSkartovano',
  'SpisSkartovano',
  'SouborOdemkniFinal',
  'SpisVlozeniDoTypovehoSpisu',
  'SpisVyjmutiZTypovehoSpisu',
  'OdkazVytvoreni',
  'OdkazZruseni',
  'DokumentSkartacniNavrh',
  'SpisSkartacniNavrh',
  'Ostatni',
] as const;

/** The event's own elements, then Autorizace (and the optional DoplnujiciData). */
function event(
  type: EsslEventType,
  eventId: string,
  auth: Authorization,
  content: Array<XmlNode | null>,
): XmlNode {
  return el(type, [...content, writeAuth(auth)], {
    UdalostId: writeBigInteger(eventId, `${type}/@UdalostId`),
  });
}

export function writeEvent(value: EsslEvent, auth: Authorization): XmlNode {
  const { eventId } = value;
  switch (value.type) {
    case 'DokumentUprava':
      return event(value.type, eventId, auth, [
        writeDocumentUpdate('ProfilDokumentuUprava', value.document),
      ]);
    case 'DokumentVlozeniDoSpisu':
      return event(value.type, eventId, auth, [
        writeIdWrapper('SpisId', value.caseFileId),
        el('DokumentyVlozene', [
          el('DokumentIdVlozeny', [
            writeIdWrapper('IdDokument', value.documentId),
            el('PoradiVeSpisu', writeInteger(value.order, 'PoradiVeSpisu', 1)),
            el('StavZarazeniDoSpisu', 'Vlozen'),
          ]),
        ]),
      ]);
    case 'DokumentVyjmutiZeSpisu':
      return event(value.type, eventId, auth, [
        writeIdWrapper('SpisId', value.caseFileId),
        el('DokumentyVlozene', [
          el('DokumentIdVlozeny', [writeIdWrapper('IdDokument', value.documentId)]),
        ]),
      ]);
    case 'DokumentVyrizeni':
      return event(value.type, eventId, auth, [
        writeIdWrapper('IdDokument', value.documentId),
        writeSettlement(value.settlement),
      ]);
    case 'DokumentZruseni':
      return event(value.type, eventId, auth, [
        writeIdWrapper('DokumentZruseni', value.documentId),
      ]);
    case 'SpisUzavreni':
      return event(value.type, eventId, auth, [
        writeIdWrapper('SpisId', value.caseFileId),
        el('DatumCasUzavreni', writeDateTime(value.closedAt, 'DatumCasUzavreni')),
      ]);
    case 'SpisOtevreni':
      return event(value.type, eventId, auth, [
        writeIdWrapper('SpisId', value.caseFileId),
        // sDuvod is 50 characters; a longer reason is cut.
        writeOptionalText('Duvod', value.reason, limits.reason),
      ]);
    case 'SouborZalozeni':
      return event(value.type, eventId, auth, [
        el('ZalozeniSouboru', [
          writeFileExtension(value.extension),
          writeFile('Soubor', value.file),
        ]),
      ]);
    case 'SouborNovaVerze':
      return event(value.type, eventId, auth, [
        el('NovaVerzeSouboru', [writeFile('Soubor', value.file)]),
        writeOptionalText('Duvod', value.reason, limits.reason),
      ]);
    case 'SouborVlozitKDokumentu':
      return event(value.type, eventId, auth, [
        el('DokumentZaevidovaniSouboru', [
          writeIdWrapper('IdDokument', value.documentId),
          writeFileLink('Soubor', value.file),
        ]),
      ]);
  }
}

/** tUdalostiSyn (UdalostiPredchazejici, Udalosti): one event or more. */
export function writeEvents(
  name: string,
  events: ReadonlyArray<EsslEvent>,
  auth: Authorization,
): XmlNode {
  if (events.length === 0) throw new RangeError(`${name}: the schema requires at least one event`);
  return el(
    name,
    events.map((value) => writeEvent(value, auth)),
  );
}

export interface ReadEvent {
  event: EsslEvent;
  auth: Authorization;
}

export function readEvents(element: XmlElement): ReadEvent[] {
  new Children(element, [ALL_EVENT_ELEMENTS]);
  if (element.children.length === 0) throw new InvalidMessage(`${element.path}: no event`);
  return element.children.map(readEvent);
}

function readEvent(element: XmlElement): ReadEvent {
  const type = EVENT_TYPES.find((known) => known === element.name);
  if (!type)
    throw new InvalidMessage(`${element.path}: the event ${element.name} is not supported`);
  const eventId = readBigInteger(
    requiredAttribute(element, 'UdalostId'),
    `${element.path}/@UdalostId`,
  );
  const sequence = [...(EVENT_SEQUENCES[type] ?? []), 'Autorizace', 'DoplnujiciData'];
  const c = new Children(element, sequence);
  const auth = readAuth(c.one('Autorizace'));
  return { event: readContent(type, eventId, c, auth), auth };
}

const EVENT_SEQUENCES: Readonly<Record<EsslEventType, ReadonlyArray<string>>> = {
  DokumentUprava: ['ProfilDokumentuUprava'],
  DokumentVlozeniDoSpisu: ['SpisId', 'DokumentyVlozene'],
  DokumentVyjmutiZeSpisu: ['SpisId', 'DokumentyVlozene'],
  DokumentVyrizeni: ['IdDokument', 'Vyrizeni'],
  DokumentZruseni: ['DokumentZruseni'],
  SpisUzavreni: ['SpisId', 'DatumCasUzavreni'],
  SpisOtevreni: ['SpisId', 'Duvod'],
  SouborZalozeni: ['ZalozeniSouboru'],
  SouborNovaVerze: ['NovaVerzeSouboru', 'Duvod'],
  SouborVlozitKDokumentu: ['DokumentZaevidovaniSouboru'],
};

function readContent(
  type: EsslEventType,
  eventId: string,
  c: Children,
  auth: Authorization,
): EsslEvent {
  const path = c.element.path;
  switch (type) {
    case 'DokumentUprava':
      return { type, eventId, document: readDocumentUpdate(c.one('ProfilDokumentuUprava'), auth) };
    case 'DokumentVlozeniDoSpisu': {
      const inserted = onlyInserted(c.one('DokumentyVlozene'));
      if (inserted.name !== 'DokumentIdVlozeny')
        throw new InvalidMessage(`${inserted.path}: only DokumentIdVlozeny is supported`);
      const d = new Children(inserted, ['IdDokument', 'PoradiVeSpisu', 'StavZarazeniDoSpisu']);
      const order = d.opt('PoradiVeSpisu');
      if (!order)
        throw new InvalidMessage(`${inserted.path}: PoradiVeSpisu is required by the model`);
      if (d.text('StavZarazeniDoSpisu').trim() !== 'Vlozen')
        throw new InvalidMessage(`${inserted.path}/StavZarazeniDoSpisu: must be Vlozen`);
      return {
        type,
        eventId,
        caseFileId: readIdWrapper(c.one('SpisId')),
        documentId: readIdWrapper(d.one('IdDokument')),
        order: readInteger(order.text, order.path, 1),
      };
    }
    case 'DokumentVyjmutiZeSpisu': {
      const inserted = onlyInserted(c.one('DokumentyVlozene'));
      const d = new Children(inserted, ['IdDokument']);
      return {
        type,
        eventId,
        caseFileId: readIdWrapper(c.one('SpisId')),
        documentId: readIdWrapper(d.one('IdDokument')),
      };
    }
    case 'DokumentVyrizeni':
      return {
        type,
        eventId,
        documentId: readIdWrapper(c.one('IdDokument')),
        settlement: readSettlement(c.one('Vyrizeni')),
      };
    case 'DokumentZruseni':
      return { type, eventId, documentId: readIdWrapper(c.one('DokumentZruseni')) };
    case 'SpisUzavreni':
      return {
        type,
        eventId,
        caseFileId: readIdWrapper(c.one('SpisId')),
        closedAt: readDateTime(c.text('DatumCasUzavreni'), `${path}/DatumCasUzavreni`),
      };
    case 'SpisOtevreni': {
      const reason = c.opt('Duvod');
      return {
        type,
        eventId,
        caseFileId: readIdWrapper(c.one('SpisId')),
        reason: reason ? boundedText(reason, limits.reason) : null,
      };
    }
    case 'SouborZalozeni': {
      const created = c.one('ZalozeniSouboru');
      const extension = readFileExtension(
        new Children(created, ['DoplnujiciData', ['Soubor', 'SouborOdkaz']]).opt('DoplnujiciData'),
      );
      return {
        type,
        eventId,
        file: readFile(fileOf(created)),
        ...(extension ? { extension } : {}),
      };
    }
    case 'SouborNovaVerze': {
      const reason = c.opt('Duvod');
      return {
        type,
        eventId,
        file: readFile(fileOf(c.one('NovaVerzeSouboru'))),
        reason: reason ? boundedText(reason, limits.reason) : null,
      };
    }
    case 'SouborVlozitKDokumentu': {
      const d = new Children(c.one('DokumentZaevidovaniSouboru'), [
        'IdDokument',
        'DoplnujiciData',
        'Soubor',
      ]);
      return {
        type,
        eventId,
        documentId: readIdWrapper(d.one('IdDokument')),
        file: readFileLink(d.one('Soubor')),
      };
    }
  }
}

/** DokumentyVlozene of an event holds exactly one document. */
function onlyInserted(element: XmlElement): XmlElement {
  new Children(element, [['DokumentUplnyVlozeny', 'DokumentIdVlozeny']]);
  const [first, second] = element.children;
  if (!first || second)
    throw new InvalidMessage(`${element.path}: exactly one document is required`);
  return first;
}

/** ZalozeniSouboru / NovaVerzeSouboru: the file's content (a SouborOdkaz is not supported). */
function fileOf(element: XmlElement): XmlElement {
  const c = new Children(element, ['DoplnujiciData', ['Soubor', 'SouborOdkaz']]);
  if (c.has('SouborOdkaz'))
    throw new InvalidMessage(`${element.path}: SouborOdkaz is not supported`);
  return c.one('Soubor');
}

/* -------------------------------------------------------------------------- Zprava */

export function writeOutcome(outcome: EventOutcome): XmlNode {
  const status = writeStatus(outcome.status, 'Zprava');
  return {
    ...status,
    attributes: {
      UdalostId: writeBigInteger(outcome.eventId, 'Zprava/@UdalostId'),
      Poradi: writeInteger(outcome.order, 'Zprava/@Poradi', 1),
    },
  };
}

export function readOutcome(element: XmlElement): EventOutcome {
  return {
    eventId: readBigInteger(requiredAttribute(element, 'UdalostId'), `${element.path}/@UdalostId`),
    order: readInteger(requiredAttribute(element, 'Poradi'), `${element.path}/@Poradi`),
    status: readStatus(element),
  };
}
