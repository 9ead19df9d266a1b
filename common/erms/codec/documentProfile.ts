import { el, type XmlElement, type XmlNode } from '../../nsesss/xml';
import type {
  Authorization,
  DocumentProfile,
  DocumentState,
  NewDocumentProfile,
  Subject,
} from '../model';
import {
  readSubjectGroup,
  readRetention,
  readSettlement,
  writeRetention,
  writeSettlement,
  writeSubjectGroup,
} from './classification';
import { readFileLinks, writeFileLinks } from './files';
import { readId, readIdWrapper, writeId, writeIdWrapper, writeOptionalText } from './identifiers';
import { readNumbers, readTitle, writeNumbers, writeTitle } from './profileText';
import { boundedText, Children, InvalidMessage, textOf } from './reader';
import { readDelivery, readSubject, writeDelivery, writeSubject } from './subjects';
import {
  exact,
  limits,
  readDateTime,
  readEnum,
  readInteger,
  writeDateTime,
  writeInteger,
} from './values';

/**
 * Document profiles: tProfilDokumentuZalozeni (creation), tProfilDokumentuUprava (the
 * DokumentUprava event) and gProfilDokumentu (what the eSSL returns), all around the
 * basic group gDokumentZakladniProfil.
 */

const BASIC = [
  'BarCode',
  'Nazev',
  'Popis',
  'CisloJednaci',
  'SpisovaZnacka',
  'PodaciDenikPoradi',
  'PodaciDenikRok',
  'PodaciDenik',
  'DruhDokumentu',
  'VecnaSkupina',
  'SkartacniRezim',
  'Poznamka',
  'Zmocneni',
  'SouvisejiciSubjekty',
  'CjOdesilatel',
  'PocetListu',
  'PocetPriloh',
  'DruhPriloh',
  'PocetListuPriloh',
  'DoplnujiciData',
];
const NEW_SEQUENCE = [
  'Identifikator',
  'DatumCasVytvoreni',
  'Forma',
  ...BASIC,
  'VlozenVeSpisu',
  'Doruceni',
  'OdkazyNaSoubory',
];
const UPDATE_SEQUENCE = ['Identifikator', 'Forma', ...BASIC];
const PROFILE_SEQUENCE = [
  'Identifikator',
  'DatumCasVytvoreni',
  'Forma',
  'Evidence',
  ...BASIC,
  'VlozenVeSpisu',
  'Doruceni',
  'Vypraveni',
  'OdkazyNaSoubory',
  'SouvisejiciDokument',
  'KrizoveOdkazyVolne',
  'VlastniKdo',
  'SpravujeIS',
  'AppUrl',
  'StavDokumentu',
  'Vyrizeni',
  'DatumPrenosu',
  'DatumZnepristupneni',
  'DuvodZnepristupneni',
  'DatumZniceni',
  'DatumCasUzavreni',
  'DatumCasPredaniDoSpisovny',
  'DatumCasPredaniDoArchivuNeboSkartace',
  'UzivatelskePoznamky',
];
const IN_CASE_FILE_SEQUENCE = [
  'SpisId',
  'PoradiVeSpisu',
  'StavZarazeni',
  'DatumCasVlozeniDoSpisu',
  'DatumCasVyjmutiZeSpisu',
];

const FORMS = { analog: 'analogova', digital: 'digitalni' } as const;
const FORM_VALUES = ['analogova', 'digitalni'] as const;
export const DOCUMENT_STATES: ReadonlyArray<DocumentState> = [
  'nevyrizen',
  'vyrizen',
  'uzavren',
  'predanDoSpisovny',
  'predanDoArchivu',
  'skartovan',
  'znepristupnen',
  'prenesen',
  'znicen',
  'ztracen',
];
export const INCLUSION_STATES = ['Vlozen', 'Vyjmut'] as const;

type Basic = Pick<
  NewDocumentProfile,
  | 'title'
  | 'description'
  | 'numbers'
  | 'subjectGroup'
  | 'retention'
  | 'note'
  | 'addressees'
  | 'senderReference'
  | 'sheets'
  | 'attachmentCount'
  | 'attachmentKind'
  | 'attachmentSheets'
>;

/**
 * gDokumentZakladniProfil. The model always has a subject, so the group is always
 * written, with its four required counts (PocetListu, PocetPriloh, DruhPriloh,
 * PocetListuPriloh). Addressees go to SouvisejiciSubjekty, each with Duvodvazby
 * `adresát`.
 */
function writeBasic(doc: Basic): XmlNode[] {
  const numbers = writeNumbers(doc.numbers, 'CisloJednaci');
  return [
    ...writeTitle(doc.title, doc.description),
    numbers.reference,
    ...numbers.rest,
    doc.subjectGroup ? writeSubjectGroup(doc.subjectGroup) : null,
    doc.retention ? writeRetention(doc.retention) : null,
    writeOptionalText('Poznamka', doc.note, limits.note),
    doc.addressees.length > 0
      ? el(
          'SouvisejiciSubjekty',
          doc.addressees.map((subject) =>
            el('SouvisejiciSubjekt', [
              writeSubject('Subjekt', subject),
              el('Duvodvazby', 'adresát'),
            ]),
          ),
        )
      : null,
    writeOptionalText('CjOdesilatel', doc.senderReference, limits.reference),
    el('PocetListu', writeInteger(doc.sheets, 'PocetListu')),
    el('PocetPriloh', writeInteger(doc.attachmentCount, 'PocetPriloh')),
    el('DruhPriloh', doc.attachmentKind),
    el('PocetListuPriloh', writeInteger(doc.attachmentSheets, 'PocetListuPriloh')),
  ].filter((node): node is XmlNode => node !== null);
}

/**
 * Reads the basic group. Absent (it is optional), it reads as an empty subject and
 * zero counts; present (Nazev), its four counts are required.
 */
function readBasic(c: Children, path: string): Basic {
  const present = c.has('Nazev');
  if (!present) {
    for (const name of BASIC)
      if (c.has(name))
        throw new InvalidMessage(`${path}: ${name} without Nazev (gDokumentZakladniProfil)`);
  }
  const { title, description } = readTitle(c);
  const subjects = c.opt('SouvisejiciSubjekty');
  const count = (name: string) => (present ? readInteger(c.text(name), `${path}/${name}`) : 0);
  const retention = c.opt('SkartacniRezim');
  const group = c.opt('VecnaSkupina');
  const note = c.opt('Poznamka');
  const senderReference = c.opt('CjOdesilatel');
  return {
    title,
    description,
    numbers: readNumbers(c, 'CisloJednaci'),
    subjectGroup: group ? readSubjectGroup(group) : null,
    retention: retention ? readRetention(retention) : null,
    note: note ? boundedText(note, limits.note) : null,
    addressees: subjects ? readRelatedSubjects(subjects) : [],
    senderReference: senderReference ? boundedText(senderReference, limits.reference) : null,
    sheets: count('PocetListu'),
    attachmentCount: count('PocetPriloh'),
    attachmentKind: present ? textOf(c.one('DruhPriloh')) : '',
    attachmentSheets: count('PocetListuPriloh'),
  };
}

/** Every SouvisejiciSubjekt is read as an addressee (the model has no other kind). */
function readRelatedSubjects(element: XmlElement): Subject[] {
  return new Children(element, ['SouvisejiciSubjekt']).many('SouvisejiciSubjekt').map((related) => {
    const c = new Children(related, ['Subjekt', 'Duvodvazby']);
    return readSubject(c.one('Subjekt'));
  });
}

function readForm(c: Children, path: string): NewDocumentProfile['form'] {
  const forma = readEnum(c.text('Forma'), FORM_VALUES, `${path}/Forma`);
  return forma === 'analogova' ? 'analog' : 'digital';
}

/* ------------------------------------------------------- tProfilDokumentuZalozeni */

export function writeNewDocument(name: string, doc: NewDocumentProfile): XmlNode {
  return el(name, [
    writeId('Identifikator', doc.id),
    el('DatumCasVytvoreni', writeDateTime(doc.createdAt, 'DatumCasVytvoreni')),
    el('Forma', FORMS[doc.form]),
    ...writeBasic(doc),
    doc.caseFileId ? el('VlozenVeSpisu', [writeIdWrapper('SpisId', doc.caseFileId)]) : null,
    doc.delivery ? writeDelivery(doc.delivery) : null,
    writeFileLinks('OdkazyNaSoubory', doc.files),
  ]);
}

/** `auth` supplies the creation time when DatumCasVytvoreni (optional here) is absent. */
export function readNewDocument(element: XmlElement, auth: Authorization): NewDocumentProfile {
  const c = new Children(element, NEW_SEQUENCE);
  const created = c.optText('DatumCasVytvoreni');
  const inCaseFile = c.opt('VlozenVeSpisu');
  const delivery = c.opt('Doruceni');
  return {
    id: readId(c.one('Identifikator')),
    createdAt:
      created === null ? auth.at : readDateTime(created, `${element.path}/DatumCasVytvoreni`),
    form: readForm(c, element.path),
    ...readBasic(c, element.path),
    caseFileId: inCaseFile
      ? readIdWrapper(new Children(inCaseFile, ['SpisId']).one('SpisId'))
      : null,
    delivery: delivery ? readDelivery(delivery) : null,
    files: readFileLinks(c.opt('OdkazyNaSoubory')),
  };
}

/* --------------------------------------------------------- tProfilDokumentuUprava */

/**
 * DokumentUprava carries Identifikator, Forma and the basic group only; the creation
 * time, case file, delivery and files of the NewDocumentProfile are not part of an
 * update (other events change them) and are not written.
 */
export function writeDocumentUpdate(name: string, doc: NewDocumentProfile): XmlNode {
  return el(name, [
    writeId('Identifikator', doc.id),
    el('Forma', FORMS[doc.form]),
    ...writeBasic(doc),
  ]);
}

/**
 * Read back with what the update does not carry set to neutral values: createdAt = the
 * event's provedlKdy, no case file, no delivery, no files. A receiver applies only the
 * carried fields.
 */
export function readDocumentUpdate(element: XmlElement, auth: Authorization): NewDocumentProfile {
  const c = new Children(element, UPDATE_SEQUENCE);
  return {
    id: readId(c.one('Identifikator')),
    createdAt: auth.at,
    form: readForm(c, element.path),
    ...readBasic(c, element.path),
    caseFileId: null,
    delivery: null,
    files: [],
  };
}

/* ---------------------------------------------------------------- gProfilDokumentu */

export function writeDocumentProfile(name: string, doc: DocumentProfile): XmlNode {
  return el(name, [
    writeId('Identifikator', doc.id),
    el('DatumCasVytvoreni', writeDateTime(doc.createdAt, 'DatumCasVytvoreni')),
    el('Forma', FORMS[doc.form]),
    doc.evidence
      ? el('Evidence', [
          el('EvidenceObdobiId', exact(doc.evidence.period, 1, limits.period, 'EvidenceObdobiId')),
          el('EvidencePoradi', writeInteger(doc.evidence.order, 'EvidencePoradi', 1)),
        ])
      : null,
    ...writeBasic(doc),
    doc.caseFile
      ? el('VlozenVeSpisu', [
          writeIdWrapper('SpisId', doc.caseFile.id),
          el('PoradiVeSpisu', writeInteger(doc.caseFile.order, 'PoradiVeSpisu', 1)),
          el('StavZarazeni', doc.caseFile.state),
          el(
            'DatumCasVlozeniDoSpisu',
            writeDateTime(doc.caseFile.insertedAt, 'DatumCasVlozeniDoSpisu'),
          ),
        ])
      : null,
    doc.delivery ? writeDelivery(doc.delivery) : null,
    writeFileLinks('OdkazyNaSoubory', doc.files),
    el('VlastniKdo', exact(doc.owner, 1, limits.user, 'VlastniKdo')),
    doc.keptBy === null
      ? null
      : el('SpravujeIS', exact(doc.keptBy, 1, limits.system, 'SpravujeIS')),
    el('StavDokumentu', doc.state),
    doc.settlement ? writeSettlement(doc.settlement) : null,
    doc.closedAt === null
      ? null
      : el('DatumCasUzavreni', writeDateTime(doc.closedAt, 'DatumCasUzavreni')),
  ]);
}

export function readDocumentProfile(element: XmlElement): DocumentProfile {
  const c = new Children(element, PROFILE_SEQUENCE);
  const path = element.path;
  const evidence = c.opt('Evidence');
  const inCaseFile = c.opt('VlozenVeSpisu');
  const delivery = c.opt('Doruceni');
  const keptBy = c.opt('SpravujeIS');
  const settlement = c.opt('Vyrizeni');
  const closed = c.optText('DatumCasUzavreni');
  return {
    id: readId(c.one('Identifikator')),
    createdAt: readDateTime(c.text('DatumCasVytvoreni'), `${path}/DatumCasVytvoreni`),
    form: readForm(c, path),
    evidence: evidence ? readEvidence(evidence) : null,
    ...readBasic(c, path),
    caseFile: inCaseFile ? readInCaseFile(inCaseFile) : null,
    delivery: delivery ? readDelivery(delivery) : null,
    files: readFileLinks(c.opt('OdkazyNaSoubory')),
    owner: boundedText(c.one('VlastniKdo'), limits.user, 1),
    keptBy: keptBy ? boundedText(keptBy, limits.system, 1) : null,
    state: readEnum(c.text('StavDokumentu'), DOCUMENT_STATES, `${path}/StavDokumentu`),
    settlement: settlement ? readSettlement(settlement) : null,
    closedAt: closed === null ? null : readDateTime(closed, `${path}/DatumCasUzavreni`),
  };
}

function readEvidence(element: XmlElement): DocumentProfile['evidence'] {
  const c = new Children(element, ['EvidenceObdobiId', 'EvidencePoradi']);
  return {
    period: boundedText(c.one('EvidenceObdobiId'), limits.period, 1),
    order: readInteger(c.text('EvidencePoradi'), `${element.path}/EvidencePoradi`, 1),
  };
}

function readInCaseFile(element: XmlElement): DocumentProfile['caseFile'] {
  const c = new Children(element, IN_CASE_FILE_SEQUENCE);
  return {
    id: readIdWrapper(c.one('SpisId')),
    order: readInteger(c.text('PoradiVeSpisu'), `${element.path}/PoradiVeSpisu`, 1),
    state: readEnum(c.text('StavZarazeni'), INCLUSION_STATES, `${element.path}/StavZarazeni`),
    insertedAt: readDateTime(
      c.text('DatumCasVlozeniDoSpisu'),
      `${element.path}/DatumCasVlozeniDoSpisu`,
    ),
  };
}
