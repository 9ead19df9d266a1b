import { el, type XmlElement, type XmlNode } from '../../nsesss/xml';
import type {
  Authorization,
  CaseFileProfile,
  CaseFileState,
  EsslId,
  NewCaseFileProfile,
} from '../model';
import {
  readRetention,
  readSettlement,
  readSubjectGroup,
  writeRetention,
  writeSettlement,
  writeSubjectGroup,
} from './classification';
import { INCLUSION_STATES } from './documentProfile';
import { readId, readIdWrapper, writeId, writeIdWrapper, writeOptionalText } from './identifiers';
import { readNumbers, readTitle, writeNumbers, writeTitle } from './profileText';
import { boundedText, Children, ERMS_NS, InvalidMessage, type Sequence } from './reader';
import {
  exact,
  limits,
  readDateTime,
  readEnum,
  readInteger,
  writeDateTime,
  writeInteger,
} from './values';

/** Case-file profiles: tProfilSpisuZalozeni (creation) and gProfilSpisu (what the eSSL returns). */

const BASIC = [
  'BarCode',
  'Nazev',
  'Popis',
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
  'DoplnujiciData',
];
const NEW_SEQUENCE = [
  'Identifikator',
  'ZpusobVedeni',
  'DatumCasVytvoreni',
  'VlozenVTypovemSpisu',
  ...BASIC,
  'DokumentyVlozene',
];
const PROFILE_SEQUENCE = [
  'Identifikator',
  'ZpusobVedeni',
  'DatumCasVytvoreni',
  ...BASIC,
  'VlozenVTypovemSpisu',
  'DokumentyVlozene',
  'VlastniKdo',
  'SpravujeIS',
  'AppUrl',
  'Umisteni',
  'StavSpisu',
  'Vyrizeni',
  'DatumCasUzavreni',
  'DatumCasPredaniDoSpisovny',
  'DatumCasPredaniDoArchivuNeboSkartace',
  'KrizoveOdkazyPevne',
  'KrizoveOdkazyVolne',
  'DatumPrenosu',
  'DatumZnepristupneni',
  'DuvodZnepristupneni',
  'DatumZniceni',
  'UzivatelskePoznamky',
];
const INSERTED: Sequence = [['DokumentUplnyVlozeny', 'DokumentIdVlozeny']];
const MODES = ['Priorace', 'SbernyArch'] as const;
const CASE_FILE_STATES: ReadonlyArray<CaseFileState> = [
  'nevyrizen',
  'vyrizen',
  'otevren',
  'uzavren',
  'predanDoSpisovny',
  'predanDoArchivu',
  'skartovan',
  'prenesen',
  'znicen',
  'znepristupnen',
  'ztracen',
];

type Basic = Pick<
  NewCaseFileProfile,
  'title' | 'description' | 'numbers' | 'subjectGroup' | 'retention' | 'note'
>;

/** gSpisZakladniProfil: the case file's reference is SpisovaZnacka. */
function writeBasic(file: Basic): XmlNode[] {
  const numbers = writeNumbers(file.numbers, 'SpisovaZnacka');
  return [
    ...writeTitle(file.title, file.description),
    numbers.reference,
    ...numbers.rest,
    file.subjectGroup ? writeSubjectGroup(file.subjectGroup) : null,
    file.retention ? writeRetention(file.retention) : null,
    writeOptionalText('Poznamka', file.note, limits.note),
  ].filter((node): node is XmlNode => node !== null);
}

function readBasic(c: Children): Basic {
  const group = c.opt('VecnaSkupina');
  const retention = c.opt('SkartacniRezim');
  const note = c.opt('Poznamka');
  c.one('Nazev');
  return {
    ...readTitle(c),
    numbers: readNumbers(c, 'SpisovaZnacka'),
    subjectGroup: group ? readSubjectGroup(group) : null,
    retention: retention ? readRetention(retention) : null,
    note: note ? boundedText(note, limits.note) : null,
  };
}

/* ------------------------------------------------------------ tProfilSpisuZalozeni */

export function writeNewCaseFile(name: string, file: NewCaseFileProfile): XmlNode {
  return el(name, [
    writeId('Identifikator', file.id),
    el('ZpusobVedeni', file.mode),
    el('DatumCasVytvoreni', writeDateTime(file.createdAt, 'DatumCasVytvoreni')),
    ...writeBasic(file),
    el(
      'DokumentyVlozene',
      file.documents.map((doc) =>
        el('DokumentIdVlozeny', [
          writeIdWrapper('IdDokument', doc.id),
          el('PoradiVeSpisu', writeInteger(doc.order, 'PoradiVeSpisu', 1)),
          el('StavZarazeniDoSpisu', 'Vlozen'),
        ]),
      ),
    ),
  ]);
}

/** `auth` supplies the creation time when DatumCasVytvoreni (optional here) is absent. */
export function readNewCaseFile(element: XmlElement, auth: Authorization): NewCaseFileProfile {
  const c = new Children(element, NEW_SEQUENCE);
  const created = c.optText('DatumCasVytvoreni');
  const inserted = new Children(c.one('DokumentyVlozene'), INSERTED);
  const documents = inserted.element.children.map((entry) => {
    const read = readInsertedNew(entry);
    return { id: read.id, order: read.order };
  });
  return {
    id: readId(c.one('Identifikator')),
    mode: readEnum(c.text('ZpusobVedeni'), MODES, `${element.path}/ZpusobVedeni`),
    createdAt:
      created === null ? auth.at : readDateTime(created, `${element.path}/DatumCasVytvoreni`),
    ...readBasic(c),
    documents,
  };
}

/** DokumentUplnyVlozeny / DokumentIdVlozeny of a creation: the document's id and order. */
function readInsertedNew(entry: XmlElement): { id: EsslId; order: number } {
  const full = entry.name === 'DokumentUplnyVlozeny';
  const c = new Children(entry, [
    full ? 'ProfilDokumentu' : 'IdDokument',
    'PoradiVeSpisu',
    'StavZarazeniDoSpisu',
  ]);
  readEnum(c.text('StavZarazeniDoSpisu'), INCLUSION_STATES, `${entry.path}/StavZarazeniDoSpisu`);
  const id = full ? profileId(c.one('ProfilDokumentu')) : readIdWrapper(c.one('IdDokument'));
  return { id, order: readInteger(c.text('PoradiVeSpisu'), `${entry.path}/PoradiVeSpisu`, 1) };
}

/** A full document inside a case file is not the model's business beyond its identifier. */
function profileId(profile: XmlElement): EsslId {
  const first = profile.children[0];
  if (first?.name !== 'Identifikator' || first.namespace !== ERMS_NS)
    throw new InvalidMessage(`${profile.path}: Identifikator is missing`);
  return readId(first);
}

/* --------------------------------------------------------------------- gProfilSpisu */

export function writeCaseFileProfile(name: string, file: CaseFileProfile): XmlNode {
  return el(name, [
    writeId('Identifikator', file.id),
    el('ZpusobVedeni', file.mode),
    el('DatumCasVytvoreni', writeDateTime(file.createdAt, 'DatumCasVytvoreni')),
    ...writeBasic(file),
    el(
      'DokumentyVlozene',
      file.documents.map((doc) =>
        el('DokumentIdVlozeny', [
          writeIdWrapper('IdDokument', doc.id),
          el('PoradiVeSpisu', writeInteger(doc.order, 'PoradiVeSpisu', 1)),
          el('StavZarazeniDoSpisu', doc.state),
          el('DatumCasVlozeniDoSpisu', writeDateTime(doc.insertedAt, 'DatumCasVlozeniDoSpisu')),
        ]),
      ),
    ),
    el('VlastniKdo', exact(file.owner, 1, limits.user, 'VlastniKdo')),
    file.keptBy === null
      ? null
      : el('SpravujeIS', exact(file.keptBy, 1, limits.system, 'SpravujeIS')),
    el('StavSpisu', file.state),
    file.settlement ? writeSettlement(file.settlement) : null,
    file.closedAt === null
      ? null
      : el('DatumCasUzavreni', writeDateTime(file.closedAt, 'DatumCasUzavreni')),
  ]);
}

export function readCaseFileProfile(element: XmlElement): CaseFileProfile {
  const c = new Children(element, PROFILE_SEQUENCE);
  const path = element.path;
  const inserted = new Children(c.one('DokumentyVlozene'), INSERTED);
  const keptBy = c.opt('SpravujeIS');
  const settlement = c.opt('Vyrizeni');
  const closed = c.optText('DatumCasUzavreni');
  return {
    id: readId(c.one('Identifikator')),
    mode: readEnum(c.text('ZpusobVedeni'), MODES, `${path}/ZpusobVedeni`),
    createdAt: readDateTime(c.text('DatumCasVytvoreni'), `${path}/DatumCasVytvoreni`),
    ...readBasic(c),
    documents: inserted.element.children.map(readInserted),
    owner: boundedText(c.one('VlastniKdo'), limits.user, 1),
    keptBy: keptBy ? boundedText(keptBy, limits.system, 1) : null,
    state: readEnum(c.text('StavSpisu'), CASE_FILE_STATES, `${path}/StavSpisu`),
    settlement: settlement ? readSettlement(settlement) : null,
    closedAt: closed === null ? null : readDateTime(closed, `${path}/DatumCasUzavreni`),
  };
}

function readInserted(entry: XmlElement): CaseFileProfile['documents'][number] {
  const full = entry.name === 'DokumentUplnyVlozeny';
  const c = new Children(entry, [
    full ? 'ProfilDokumentu' : 'IdDokument',
    'PoradiVeSpisu',
    'StavZarazeniDoSpisu',
    'DatumCasVlozeniDoSpisu',
    'DatumCasVyjmutiZeSpisu',
  ]);
  const id = full ? profileId(c.one('ProfilDokumentu')) : readIdWrapper(c.one('IdDokument'));
  return {
    id,
    order: readInteger(c.text('PoradiVeSpisu'), `${entry.path}/PoradiVeSpisu`, 1),
    state: readEnum(
      c.text('StavZarazeniDoSpisu'),
      INCLUSION_STATES,
      `${entry.path}/StavZarazeniDoSpisu`,
    ),
    insertedAt: readDateTime(
      c.text('DatumCasVlozeniDoSpisu'),
      `${entry.path}/DatumCasVlozeniDoSpisu`,
    ),
  };
}
