import type { XmlElement, XmlNode } from '../../nsesss/xml';
import { InvalidMessage } from '../../erms/codec/reader';
import type { OwnerInfo, SearchHit, SearchQuery } from '../model';
import { Fields, type Writer } from './fields';

/** The box structures of dbTypes.xsd: tDbOwnerInfo(Ext), tdbResult and ISDSSearch2's input. */

/** tDbType: the box types a FindDataBox / owner record may name. */
export const BOX_TYPES = [
  'FO',
  'PFO',
  'PFO_REQ',
  'PFO_ADVOK',
  'PFO_DANPOR',
  'PFO_INSSPR',
  'PFO_AUDITOR',
  'PFO_ZNALEC',
  'PFO_TLUMOCNIK',
  'PFO_ARCH',
  'PFO_AIAT',
  'PFO_AZI',
  'PO',
  'PO_ZAK',
  'PO_REQ',
  'OVM',
  'OVM_NOTAR',
  'OVM_EXEKUT',
  'OVM_REQ',
  'OVM_FO',
  'OVM_PFO',
  'OVM_PO',
] as const;

/** ISDSSearch2's searchScope. */
export const SEARCH_SCOPES = [
  'ALL',
  'OVM',
  'OVM_MAIN',
  'OVM_REQ',
  'OVM_FO',
  'OVM_PFO',
  'OVM_PO',
  'PO',
  'PO_BASE',
  'PO_REQ',
  'PFO',
  'PFO_BASE',
  'PFO_REQ',
  'PFO_ADVOK',
  'PFO_DANPOR',
  'PFO_AUDITOR',
  'PFO_ZNALEC',
  'PFO_TLUMOCNIK',
  'PFO_ARCH',
  'PFO_AIAT',
  'PFO_AZI',
  'FO',
] as const;
const SEARCH_TYPES = ['GENERAL', 'ADDRESS', 'ICO', 'DBID'] as const;
const SEND_OPTIONS = ['DZ', 'ALL', 'PDZ', 'NONE', 'DISABLED'] as const;

function oneOf(value: string | null, allowed: ReadonlyArray<string>, what: string): string | null {
  if (value !== null && !allowed.includes(value))
    throw new RangeError(`${what}: '${value}' is not a value the schema allows`);
  return value;
}

const PERSON_AND_BIRTH = [
  'pnFirstName',
  'pnMiddleName',
  'pnLastName',
  'pnLastNameAtBirth',
  'firmName',
  'biDate',
  'biCity',
  'biCounty',
  'biState',
];
const TAIL = [
  'nationality',
  'email',
  'telNumber',
  'identifier',
  'registryCode',
  'dbState',
  'dbEffectiveOVM',
  'dbOpenAddressing',
];

/**
 * tDbOwnerInfo (GetOwnerInfoFromLogin, FindDataBox's input); the extended tDbOwnerInfoExt
 * (FindDataBox's results) takes gAddressExt, which adds adDistrict and adAMCode.
 */
function ownerSequence(extended: boolean): string[] {
  return [
    'dbID',
    'dbType',
    'ic',
    ...PERSON_AND_BIRTH.slice(0, 4),
    'firmName',
    ...PERSON_AND_BIRTH.slice(5),
    'adCity',
    ...(extended ? ['adDistrict'] : []),
    'adStreet',
    'adNumberInStreet',
    'adNumberInMunicipality',
    'adZipCode',
    'adState',
    ...(extended ? ['adAMCode'] : []),
    ...TAIL,
  ];
}
export const OWNER_SEQUENCE = ownerSequence(false);
export const OWNER_EXT_SEQUENCE = ownerSequence(true);

export function readOwner(element: XmlElement, extended: boolean): OwnerInfo {
  const f = new Fields(element, extended ? OWNER_EXT_SEQUENCE : OWNER_SEQUENCE);
  // Elements the model does not carry are still checked for being simple values.
  for (const name of [
    'pnMiddleName',
    'pnLastNameAtBirth',
    'biCity',
    'biCounty',
    'biState',
    'nationality',
    'identifier',
    'registryCode',
  ])
    f.text(name);
  f.date('biDate');
  return {
    dbID: f.boxId('dbID'),
    dbType: f.text('dbType'),
    ic: f.text('ic'),
    pnFirstName: f.text('pnFirstName'),
    pnLastName: f.text('pnLastName'),
    firmName: f.text('firmName'),
    adCity: f.text('adCity'),
    adStreet: f.text('adStreet'),
    adNumberInStreet: f.text('adNumberInStreet'),
    adNumberInMunicipality: f.text('adNumberInMunicipality'),
    adZipCode: f.text('adZipCode'),
    adState: f.text('adState'),
    dbState: f.int('dbState'),
    dbEffectiveOVM: f.bool('dbEffectiveOVM'),
    dbOpenAddressing: f.bool('dbOpenAddressing'),
  };
}

/** Every element of the type, nil where the owner has no value (also for a partial search owner). */
export function writeOwner(w: Writer, owner: Partial<OwnerInfo>, extended: boolean): XmlNode[] {
  const nodes = [
    w.boxId('dbID', owner.dbID),
    w.text('dbType', oneOf(owner.dbType ?? null, BOX_TYPES, 'dbType')),
    w.text('ic', owner.ic),
    w.text('pnFirstName', owner.pnFirstName),
    w.nil('pnMiddleName'),
    w.text('pnLastName', owner.pnLastName),
    w.nil('pnLastNameAtBirth'),
    w.text('firmName', owner.firmName),
    w.nil('biDate'),
    w.nil('biCity'),
    w.nil('biCounty'),
    w.nil('biState'),
    w.text('adCity', owner.adCity),
    extended ? w.nil('adDistrict') : null,
    w.text('adStreet', owner.adStreet),
    w.text('adNumberInStreet', owner.adNumberInStreet),
    w.text('adNumberInMunicipality', owner.adNumberInMunicipality),
    w.text('adZipCode', owner.adZipCode),
    w.text('adState', owner.adState),
    w.nil('nationality'),
    w.nil('identifier'),
    w.nil('registryCode'),
    w.int('dbState', owner.dbState),
    w.bool('dbEffectiveOVM', owner.dbEffectiveOVM),
    w.bool('dbOpenAddressing', owner.dbOpenAddressing),
  ];
  return nodes.filter((node): node is XmlNode => node !== null);
}

/* ---------------------------------------------------------------------- ISDSSearch2 */

export const SEARCH_SEQUENCE = [
  'searchText',
  'searchType',
  'searchScope',
  'page',
  'pageSize',
  'highlighting',
];

export function writeSearchQuery(w: Writer, query: SearchQuery): XmlNode[] {
  const nodes = [
    w.el('searchText', query.searchText),
    w.text('searchType', oneOf(query.searchType, SEARCH_TYPES, 'searchType')),
    w.text('searchScope', oneOf(query.searchScope, SEARCH_SCOPES, 'searchScope')),
    w.int('page', query.pageNumber),
    w.int('pageSize', query.pageSize),
    w.optBool('highlighting', query.highlighting),
  ];
  return nodes.filter((node): node is XmlNode => node !== null);
}

export function readSearchQuery(f: Fields): SearchQuery {
  const searchType = f.text('searchType');
  const type = SEARCH_TYPES.find((value) => value === searchType?.trim()) ?? null;
  if (searchType !== null && type === null)
    throw new InvalidMessage(`${f.element.path}/searchType: '${searchType}' is not allowed`);
  return {
    searchText: f.reqText('searchText'),
    searchType: type,
    searchScope: f.text('searchScope')?.trim() ?? null,
    pageNumber: f.int('page') ?? 0,
    pageSize: f.int('pageSize') ?? 0,
    highlighting: f.optBool('highlighting'),
  };
}

const HIT_SEQUENCE = [
  'dbID',
  'dbType',
  'dbName',
  'dbAddress',
  'dbBiDate',
  'dbICO',
  'dbEffectiveOVM',
  'dbSendOptions',
];

export function readHit(element: XmlElement): SearchHit {
  const f = new Fields(element, HIT_SEQUENCE);
  return {
    dbID: f.reqBoxId('dbID'),
    dbType: f.reqText('dbType').trim(),
    dbName: f.reqText('dbName'),
    dbAddress: f.reqText('dbAddress'),
    dbBiDate: f.date('dbBiDate'),
    dbICO: f.text('dbICO'),
    dbEffectiveOVM: f.reqBool('dbEffectiveOVM'),
    dbSendOptions: f.reqText('dbSendOptions').trim(),
  };
}

/**
 * tdbResult: dbAddress and dbEffectiveOVM cannot be nil (null → '' / false);
 * dbSendOptions has no neutral value, so a hit without it is a RangeError.
 */
export function writeHit(w: Writer, hit: SearchHit): XmlNode {
  if (hit.dbSendOptions === null) throw new RangeError(`dbSendOptions of ${hit.dbID} is missing`);
  if (hit.dbBiDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(hit.dbBiDate))
    throw new RangeError(`dbBiDate: not a date: ${hit.dbBiDate}`);
  return w.el('dbResult', [
    w.boxId('dbID', hit.dbID),
    w.el('dbType', oneOf(hit.dbType, BOX_TYPES, 'dbType') ?? ''),
    w.el('dbName', hit.dbName),
    w.el('dbAddress', hit.dbAddress ?? ''),
    w.text('dbBiDate', hit.dbBiDate),
    w.text('dbICO', hit.dbICO),
    w.el('dbEffectiveOVM', hit.dbEffectiveOVM ? 'true' : 'false'),
    w.el('dbSendOptions', oneOf(hit.dbSendOptions, SEND_OPTIONS, 'dbSendOptions') ?? ''),
  ]);
}
