import { el, type XmlElement, type XmlNode } from '../../nsesss/xml';
import type { Delivery, Subject } from '../model';
import { writeOptionalText } from './identifiers';
import { boundedText, Children, InvalidMessage, textOf } from './reader';
import { cut, limits, readDateAndTime, readEnum, writeDateAndTime } from './values';

/**
 * tSubjekt, tAdresy, tAdresat and tDoruceni.
 *
 * Readings (docs/essl-interface.md, "Mapping of the model"):
 * - person → TypSubjektu `Fyzicka`, the name split at its last space: Prijmeni = the
 *   last word, Jmeno = the rest (omitted for a one-word name);
 * - organisation → `Pravnicka` + ObchodniNazev;
 * - authority → `Utvar` + ObchodniNazev and FunkceUtvarPopis, both the name: the
 *   schema's Utvar is "a Pravnicka with one unit of it named", which is how an office
 *   (a municipality or region acting through its úřad) is addressed, and the annotation
 *   expects FunkceUtvarPopis with it;
 * - unspecified → `Neurceno` + ObchodniNazev.
 * Read back: Fyzicka/Osvc → person, Pravnicka/Zamestnanec → organisation.
 */

const SUBJECT_SEQUENCE = [
  'Identifikator',
  'TypSubjektu',
  'ObchodniNazev',
  'IC',
  'DatumNarozeni',
  'MistoNarozeni',
  'Jmeno',
  'Prijmeni',
  'Osloveni',
  'TitulPred',
  'TitulZa',
  'FunkceUtvarPopis',
  'FunkceUtvarIdentifikator',
  'Poznamka',
  'Adresy',
  'DoplnujiciData',
];
const ADDRESSES_SEQUENCE = ['AdresaPostovni', 'AdresaDS', 'AdresaElektronicka'];
const POSTAL_SEQUENCE = [
  'Identifikator',
  'Obec',
  'CastObce',
  'MestskaCast',
  'Ulice',
  'EvidencniCislo',
  'OrientacniCislo',
  'PopisneCislo',
  'Psc',
  'Zeme',
  'RuianVazba',
  'Poznamka',
  'POBOX',
  'TypAdresy',
  'DodaciPosta',
  'Okres',
];
const SUBJECT_TYPES = ['Neurceno', 'Fyzicka', 'Osvc', 'Pravnicka', 'Zamestnanec', 'Utvar'] as const;

/** isds:tIdDb is exactly 7 characters; anything else cannot be written (and is dropped). */
const DATA_BOX_LENGTH = 7;

type Address = NonNullable<Subject['address']>;

export function writeSubject(name: string, subject: Subject): XmlNode {
  const words = subject.name.trim().split(/\s+/).filter(Boolean);
  const surname = words.at(-1) ?? '';
  const given = words.slice(0, -1).join(' ');
  const type = {
    person: 'Fyzicka',
    organization: 'Pravnicka',
    authority: 'Utvar',
    unspecified: 'Neurceno',
  }[subject.kind];
  const isPerson = subject.kind === 'person';
  // Cut names lose a trailing space, so that a name read back splits the same way.
  const fit = (value: string) => cut(value, limits.name).trim();
  return el(name, [
    el('TypSubjektu', type),
    isPerson ? null : writeOptionalText('ObchodniNazev', fit(subject.name), limits.name),
    writeOptionalText('IC', subject.ico, limits.ico),
    isPerson ? writeOptionalText('Jmeno', fit(given), limits.name) : null,
    isPerson ? writeOptionalText('Prijmeni', fit(surname), limits.name) : null,
    subject.kind === 'authority'
      ? writeOptionalText('FunkceUtvarPopis', fit(subject.name), limits.name)
      : null,
    writeAddresses(subject),
  ]);
}

function writeAddresses(subject: Subject): XmlNode | null {
  const postal = subject.address ? writePostal(subject.address) : null;
  const box = writeDataBox(subject.dataBoxId);
  if (!postal && !box) return null;
  return el('Adresy', [postal, box]);
}

function writePostal(address: Address): XmlNode {
  return el('AdresaPostovni', [
    writeOptionalText('Obec', address.city, limits.street),
    writeOptionalText('Ulice', address.street, limits.street),
    writeOptionalText('Psc', address.postalCode, limits.postalCode),
    writeOptionalText('Zeme', countryCode(address.country), 3),
  ]);
}

function writeDataBox(dataBoxId: string | null): XmlNode | null {
  if (dataBoxId === null || Array.from(dataBoxId).length !== DATA_BOX_LENGTH) return null;
  return el('AdresaDS', [el('IdDb', dataBoxId)]);
}

/** Countries the app's address form gets written in Czech, by sZeme code (ISO 3166 alpha-2). */
const COUNTRY_CODES: Readonly<Record<string, string>> = {
  cesko: 'CZ',
  'ceska republika': 'CZ',
  slovensko: 'SK',
  'slovenska republika': 'SK',
  nemecko: 'DE',
  'spolkova republika nemecko': 'DE',
  rakousko: 'AT',
  polsko: 'PL',
  madarsko: 'HU',
  ukrajina: 'UA',
};

/**
 * sZeme takes a 2–3 character code. No country (the form's default) and the Czech names
 * are `CZ`; a code is kept; a few neighbours are known by their Czech names. Any other
 * name cannot be written as a code and Zeme is left out (better no country than a
 * wrong one); it reads back as no country.
 */
export function countryCode(country: string | null): string | null {
  if (country === null) return 'CZ';
  const plain = country.trim();
  if (/^[A-Za-z]{2,3}$/.test(plain)) return plain.toUpperCase();
  const key = plain
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return COUNTRY_CODES[key] ?? null;
}

export function readSubject(element: XmlElement): Subject {
  const c = new Children(element, SUBJECT_SEQUENCE);
  const type = readEnum(textOf(c.one('TypSubjektu')), SUBJECT_TYPES, `${element.path}/TypSubjektu`);
  const business = c.opt('ObchodniNazev');
  const given = c.optText('Jmeno');
  const surname = c.optText('Prijmeni');
  const unit = c.optText('FunkceUtvarPopis');
  const personName = [given, surname].filter((part): part is string => Boolean(part)).join(' ');
  const businessName = business ? boundedText(business, limits.name) : null;
  const kind: Subject['kind'] =
    type === 'Fyzicka' || type === 'Osvc'
      ? 'person'
      : type === 'Pravnicka' || type === 'Zamestnanec'
        ? 'organization'
        : type === 'Utvar'
          ? 'authority'
          : 'unspecified';
  const name =
    kind === 'person' ? personName || businessName || '' : businessName || unit || personName;
  const ico = c.optText('IC');
  const addresses = c.opt('Adresy');
  const read = addresses ? readAddresses(addresses) : { address: null, dataBoxId: null };
  return { kind, name, ico: ico === null || ico === '' ? null : ico, ...read };
}

function readAddresses(element: XmlElement): Pick<Subject, 'address' | 'dataBoxId'> {
  const c = new Children(element, ADDRESSES_SEQUENCE);
  const [postal] = c.many('AdresaPostovni');
  const box = c.opt('AdresaDS');
  return { address: postal ? readPostal(postal) : null, dataBoxId: box ? readDataBox(box) : null };
}

function readPostal(element: XmlElement): Address {
  const c = new Children(element, POSTAL_SEQUENCE);
  const zeme = c.opt('Zeme');
  const code = zeme ? boundedText(zeme, 3, 2) : null;
  return {
    street: c.optText('Ulice'),
    city: c.optText('Obec'),
    postalCode: c.optText('Psc'),
    // CZ is the home country, which the app keeps as no country at all.
    country: code === null || code.toUpperCase() === 'CZ' ? null : code,
  };
}

function readDataBox(element: XmlElement): string {
  const c = new Children(element, ['IdDb', 'OrgUnitNum', 'OrgUnit']);
  return boundedText(c.one('IdDb'), DATA_BOX_LENGTH, DATA_BOX_LENGTH);
}

/* ------------------------------------------------------------------------ tDoruceni */

const ZASILKA_SEQUENCE = [
  'TextAdresy',
  ['ZpusobManipulaceId', 'ZpusobManipulaceText'],
  'PostovniSluzby',
  ['DruhZasilkyId', 'DruhZasilkyText'],
  'PodaciCislo',
  'IdZasilky',
  'Poznamka',
  'dmID',
  'DoplnujiciData',
  'OdkazyNaSoubory',
  'DatumDoruceni',
  'CasDoruceni',
  'DatumVypraveni',
  'CasVypraveni',
];
const CHANNELS = [
  'Posta',
  'Osobne',
  'VerejnaVyhlaska',
  'DetasovanaPosta',
  'Kuryr',
  'DorucovaciSluzba',
  'ElektronickaPosta',
  'Fax',
  'DalnopisTelegram',
  'Telefon',
  'UstneDoProtokolu',
  'EPodatelnaNosic',
  'EPodatelnaWeb',
  'EPodatelnaMail',
  'Rep',
  'DatovaSchranka',
  'HromadnaKonverzniPosta',
  'DopisOnline',
  'InterniVypraveni',
] as const;
const MODEL_CHANNELS = ['Posta', 'Osobne', 'DatovaSchranka', 'ElektronickaPosta'] as const;

/**
 * tDoruceni: Odesilatel (tAdresat = Subjekt + one Adresa) and ZasilkaInfo. The Adresa
 * choice is the data box for a delivery through one, else the postal address, else the
 * data box; a sender with neither gets an empty AdresaPostovni (all its parts are
 * optional) because tAdresat requires one.
 */
export function writeDelivery(delivery: Delivery): XmlNode {
  const { sender, channel } = delivery;
  const box = writeDataBox(sender.dataBoxId);
  const postal = sender.address ? writePostal(sender.address) : null;
  const adresa =
    (channel === 'DatovaSchranka' ? box : null) ?? postal ?? box ?? el('AdresaPostovni', []);
  const { date, time } = writeDateAndTime(delivery.deliveredAt, 'DatumDoruceni');
  return el('Doruceni', [
    el('Odesilatel', [writeSubject('Subjekt', sender), el('Adresa', [adresa])]),
    el('ZasilkaInfo', [
      channel ? el('ZpusobManipulaceId', channel) : null,
      el('DatumDoruceni', date),
      el('CasDoruceni', time),
    ]),
  ]);
}

export function readDelivery(element: XmlElement): Delivery {
  const c = new Children(element, ['Odesilatel', 'ZasilkaInfo']);
  const odesilatel = new Children(c.one('Odesilatel'), ['Subjekt', 'Adresa']);
  const sender = readSubject(odesilatel.one('Subjekt'));
  const adresa = odesilatel.one('Adresa');
  const [choice, extra] = adresa.children;
  if (!choice || extra) throw new InvalidMessage(`${adresa.path}: exactly one address is required`);
  new Children(adresa, [['AdresaPostovni', 'AdresaDS', 'AdresaElektronicka']]);
  // The Subjekt's own Adresy come first; Adresa fills in what they lack.
  if (choice.name === 'AdresaPostovni' && sender.address === null && choice.children.length > 0)
    sender.address = readPostal(choice);
  if (choice.name === 'AdresaDS' && sender.dataBoxId === null)
    sender.dataBoxId = readDataBox(choice);

  const info = new Children(c.one('ZasilkaInfo'), ZASILKA_SEQUENCE);
  const channelElement = info.opt('ZpusobManipulaceId');
  const channel = channelElement
    ? readEnum(textOf(channelElement), CHANNELS, channelElement.path)
    : null;
  const modelChannel = MODEL_CHANNELS.find((known) => known === channel) ?? null;
  const deliveredAt = readDateAndTime(
    info.text('DatumDoruceni'),
    info.optText('CasDoruceni'),
    `${element.path}/ZasilkaInfo`,
  );
  return { sender, channel: modelChannel, deliveredAt };
}
