import { partySchema, type Party, type PartyInput } from '../../common/domain/party';
import { DEMO_POSTAL_CODE, DEMO_VILLAGE } from './organization';
import { weightedTable, type Random } from './prng';

/**
 * The people, firms and authorities that write to the demo municipality. Every firm,
 * association and data box here is invented; the authorities are the real kinds of
 * office a village in the Tábor district deals with, with invented data box IDs.
 */

const MALE_FIRST = [
  'Jan',
  'Petr',
  'Josef',
  'Pavel',
  'Jiří',
  'Martin',
  'Tomáš',
  'Jaroslav',
  'Miroslav',
  'Zdeněk',
  'Václav',
  'Karel',
  'Milan',
  'Michal',
  'František',
  'Lukáš',
  'Jakub',
  'David',
  'Ondřej',
  'Radek',
  'Stanislav',
  'Vojtěch',
  'Matěj',
  'Luboš',
  'Bohumil',
  'Přemysl',
];

const FEMALE_FIRST = [
  'Marie',
  'Jana',
  'Eva',
  'Hana',
  'Anna',
  'Lenka',
  'Kateřina',
  'Věra',
  'Lucie',
  'Alena',
  'Petra',
  'Jaroslava',
  'Veronika',
  'Martina',
  'Zdeňka',
  'Ludmila',
  'Jitka',
  'Tereza',
  'Božena',
  'Markéta',
  'Irena',
  'Dagmar',
  'Šárka',
  'Růžena',
];

/** Surnames as [male, female] — Czech surnames change with the bearer. */
const SURNAMES: ReadonlyArray<readonly [string, string]> = [
  ['Novák', 'Nováková'],
  ['Svoboda', 'Svobodová'],
  ['Novotný', 'Novotná'],
  ['Dvořák', 'Dvořáková'],
  ['Černý', 'Černá'],
  ['Procházka', 'Procházková'],
  ['Kučera', 'Kučerová'],
  ['Veselý', 'Veselá'],
  ['Horák', 'Horáková'],
  ['Němec', 'Němcová'],
  ['Pokorný', 'Pokorná'],
  ['Marek', 'Marková'],
  ['Pospíšil', 'Pospíšilová'],
  ['Hájek', 'Hájková'],
  ['Jelínek', 'Jelínková'],
  ['Král', 'Králová'],
  ['Růžička', 'Růžičková'],
  ['Beneš', 'Benešová'],
  ['Fiala', 'Fialová'],
  ['Sedláček', 'Sedláčková'],
  ['Doležal', 'Doležalová'],
  ['Zeman', 'Zemanová'],
  ['Kolář', 'Kolářová'],
  ['Navrátil', 'Navrátilová'],
  ['Čermák', 'Čermáková'],
  ['Vaněk', 'Vaňková'],
  ['Urban', 'Urbanová'],
  ['Blažek', 'Blažková'],
  ['Kříž', 'Křížová'],
  ['Kovář', 'Kovářová'],
  ['Šťastný', 'Šťastná'],
  ['Říha', 'Říhová'],
  ['Bartoš', 'Bartošová'],
  ['Vlček', 'Vlčková'],
  ['Polák', 'Poláková'],
  ['Musil', 'Musilová'],
  ['Šimek', 'Šimková'],
  ['Hrubý', 'Hrubá'],
  ['Mareš', 'Marešová'],
  ['Skála', 'Skálová'],
  ['Tůma', 'Tůmová'],
  ['Žáček', 'Žáčková'],
  ['Šebesta', 'Šebestová'],
  ['Štěpánek', 'Štěpánková'],
  ['Löffelmann', 'Löffelmannová'],
];

interface Town {
  city: string;
  postalCode: string;
  /** Streets; empty for villages where houses carry only a number (č. p.). */
  streets: string[];
  weight: number;
}

const TOWNS: ReadonlyArray<Town> = [
  { city: DEMO_VILLAGE, postalCode: DEMO_POSTAL_CODE, streets: [], weight: 55 },
  {
    city: 'Tábor',
    postalCode: '390 01',
    streets: [
      'Budějovická',
      'Čápova',
      'Kpt. Jaroše',
      'Soběslavská',
      'Chýnovská',
      'Zavadilská',
      'Údolní',
      'Husovo náměstí',
      'Třída 9. května',
      'Purkyňova',
    ],
    weight: 14,
  },
  {
    city: 'Sezimovo Ústí',
    postalCode: '391 01',
    streets: ['Dukelských hrdinů', 'Lipová', 'Jordánská', 'Kaplického'],
    weight: 5,
  },
  {
    city: 'Planá nad Lužnicí',
    postalCode: '391 11',
    streets: ['Zákostelní', 'Husova', 'Průmyslová', 'Lužnická'],
    weight: 5,
  },
  {
    city: 'Chýnov',
    postalCode: '391 55',
    streets: ['Dukelská', 'Zahradní', 'Pelhřimovská'],
    weight: 4,
  },
  {
    city: 'Mladá Vožice',
    postalCode: '391 43',
    streets: ['Žižkovo náměstí', 'Táborská', 'Farská'],
    weight: 3,
  },
  {
    city: 'Soběslav',
    postalCode: '392 01',
    streets: ['Wilsonova', 'Riegrova', 'Jirsíkova', 'Na Pražské'],
    weight: 3,
  },
  { city: 'Jistebnice', postalCode: '391 33', streets: [], weight: 3 },
  { city: 'Dolní Lhota', postalCode: '391 98', streets: [], weight: 4 },
  {
    city: 'České Budějovice',
    postalCode: '370 01',
    streets: ['Lannova třída', 'Česká', 'Krajinská', 'Rudolfovská', 'Nádražní'],
    weight: 3,
  },
  {
    city: 'Praha 4',
    postalCode: '140 00',
    streets: ['Na Pankráci', 'Budějovická', 'Táborská', 'Křesomyslova'],
    weight: 1,
  },
];

const TOWN_WEIGHTS = weightedTable(TOWNS.map((town) => [town, town.weight] as const));

export function randomAddress(rng: Random): NonNullable<PartyInput['address']> {
  const town = rng.weighted(TOWN_WEIGHTS);
  const street =
    town.streets.length === 0
      ? `${town.city} ${rng.between(1, 190)}`
      : `${rng.pick(town.streets)} ${rng.between(1, 2900)}/${rng.between(1, 60)}`;
  return { street, city: town.city, postalCode: town.postalCode };
}

const DATA_BOX_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A stable pseudo-random number from a name (FNV-1a), so a firm keeps its IČO in every seed. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function dataBoxIdFor(name: string): string {
  let value = hashOf(`ds:${name}`);
  let id = '';
  for (let i = 0; i < 7; i++) {
    id += DATA_BOX_ALPHABET[value % DATA_BOX_ALPHABET.length];
    value = Math.floor(value / DATA_BOX_ALPHABET.length) ^ Math.imul(hashOf(`${name}${i}`), 31);
    value >>>= 0;
  }
  return id;
}

/** A valid-looking IČO (mod-11 check digit) derived from the name. */
export function icoFor(name: string): string {
  // 2–5 first digits: the ranges the register gives to companies, never `00` (municipalities).
  const body = String(2_000_000 + (hashOf(`ico:${name}`) % 4_000_000));
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(body[i]) * (8 - i);
  return `${body}${(11 - (sum % 11)) % 10}`;
}

export type Trade =
  | 'waste'
  | 'construction'
  | 'roads'
  | 'design'
  | 'survey'
  | 'electric'
  | 'water'
  | 'energy'
  | 'office'
  | 'garden'
  | 'forestry'
  | 'transport'
  | 'software'
  | 'accounting'
  | 'insurance'
  | 'telecom'
  | 'fire'
  | 'print'
  | 'bank'
  | 'farm'
  | 'stone'
  | 'association'
  | 'school';

interface FirmSpec {
  name: string;
  trade: Trade;
  street: string;
  city: string;
  postalCode: string;
}

const FIRM_SPECS: ReadonlyArray<FirmSpec> = [
  {
    name: 'Odpady Lužnice s.r.o.',
    trade: 'waste',
    street: 'Vožická 2150',
    city: 'Tábor',
    postalCode: '390 02',
  },
  {
    name: 'Recyklace Chýnov s.r.o.',
    trade: 'waste',
    street: 'Průmyslová 455',
    city: 'Chýnov',
    postalCode: '391 55',
  },
  {
    name: 'Stavby Kovář s.r.o.',
    trade: 'construction',
    street: 'Průmyslová 1212',
    city: 'Planá nad Lužnicí',
    postalCode: '391 11',
  },
  {
    name: 'Pozemní stavby Jih a.s.',
    trade: 'construction',
    street: 'Rudolfovská 84',
    city: 'České Budějovice',
    postalCode: '370 01',
  },
  {
    name: 'Silnice a mosty Táborsko a.s.',
    trade: 'roads',
    street: 'Soběslavská 2310',
    city: 'Tábor',
    postalCode: '390 05',
  },
  {
    name: 'Dopravní značení Lužnice s.r.o.',
    trade: 'roads',
    street: 'Chýnovská 1904',
    city: 'Tábor',
    postalCode: '390 03',
  },
  {
    name: 'Projekční kancelář Šimek s.r.o.',
    trade: 'design',
    street: 'Palackého 310',
    city: 'Tábor',
    postalCode: '390 01',
  },
  {
    name: 'Geodézie Lužnice s.r.o.',
    trade: 'survey',
    street: 'Kaplického 520',
    city: 'Sezimovo Ústí',
    postalCode: '391 01',
  },
  {
    name: 'ELEKTRO Beneš s.r.o.',
    trade: 'electric',
    street: 'Dolní Lhota 37',
    city: 'Dolní Lhota',
    postalCode: '391 98',
  },
  {
    name: 'Vodovody a kanalizace Horní Lužnice a.s.',
    trade: 'water',
    street: 'Čelkovická 2604',
    city: 'Tábor',
    postalCode: '390 02',
  },
  {
    name: 'Energie Jih a.s.',
    trade: 'energy',
    street: 'F. A. Gerstnera 2151/6',
    city: 'České Budějovice',
    postalCode: '370 01',
  },
  {
    name: 'Kancelářské potřeby Hájek s.r.o.',
    trade: 'office',
    street: 'Třída 9. května 1281',
    city: 'Tábor',
    postalCode: '390 02',
  },
  {
    name: 'Zahradnictví Kvítek s.r.o.',
    trade: 'garden',
    street: 'Zahradní 18',
    city: 'Chýnov',
    postalCode: '391 55',
  },
  {
    name: 'Lesní služby Jistebnice s.r.o.',
    trade: 'forestry',
    street: 'Jistebnice 211',
    city: 'Jistebnice',
    postalCode: '391 33',
  },
  {
    name: 'Autodoprava Kříž s.r.o.',
    trade: 'transport',
    street: 'Horní Lhota 96',
    city: DEMO_VILLAGE,
    postalCode: DEMO_POSTAL_CODE,
  },
  {
    name: 'SoftObec s.r.o.',
    trade: 'software',
    street: 'Křesomyslova 12',
    city: 'Praha 4',
    postalCode: '140 00',
  },
  {
    name: 'Účetní služby Marková s.r.o.',
    trade: 'accounting',
    street: 'Riegrova 44',
    city: 'Soběslav',
    postalCode: '392 01',
  },
  {
    name: 'Pojišťovna Lípa a.s.',
    trade: 'insurance',
    street: 'Na Pankráci 1724/129',
    city: 'Praha 4',
    postalCode: '140 00',
  },
  {
    name: 'Telekomunikace Jih s.r.o.',
    trade: 'telecom',
    street: 'Nádražní 1770',
    city: 'České Budějovice',
    postalCode: '370 01',
  },
  {
    name: 'Hasičská technika Vožice s.r.o.',
    trade: 'fire',
    street: 'Táborská 390',
    city: 'Mladá Vožice',
    postalCode: '391 43',
  },
  {
    name: 'Tiskárna Lužnice s.r.o.',
    trade: 'print',
    street: 'Lužnická 77',
    city: 'Planá nad Lužnicí',
    postalCode: '391 11',
  },
  {
    name: 'Banka Lužnice a.s.',
    trade: 'bank',
    street: 'Žižkovo náměstí 5',
    city: 'Tábor',
    postalCode: '390 01',
  },
  {
    name: 'Agro Horní Lhota a.s.',
    trade: 'farm',
    street: 'Horní Lhota 120',
    city: DEMO_VILLAGE,
    postalCode: DEMO_POSTAL_CODE,
  },
  {
    name: 'Kamenictví Růžička s.r.o.',
    trade: 'stone',
    street: 'Soběslavská 57',
    city: 'Tábor',
    postalCode: '390 01',
  },
  {
    name: 'SDH Horní Lhota, pobočný spolek',
    trade: 'association',
    street: 'Horní Lhota 2',
    city: DEMO_VILLAGE,
    postalCode: DEMO_POSTAL_CODE,
  },
  {
    name: 'TJ Sokol Horní Lhota, z. s.',
    trade: 'association',
    street: 'Horní Lhota 64',
    city: DEMO_VILLAGE,
    postalCode: DEMO_POSTAL_CODE,
  },
  {
    name: 'Myslivecký spolek Lhoťák, z. s.',
    trade: 'association',
    street: 'Horní Lhota 143',
    city: DEMO_VILLAGE,
    postalCode: DEMO_POSTAL_CODE,
  },
  {
    name: 'Mateřská škola Horní Lhota, příspěvková organizace',
    trade: 'school',
    street: 'Horní Lhota 30',
    city: DEMO_VILLAGE,
    postalCode: DEMO_POSTAL_CODE,
  },
];

/**
 * Parties go through the app's own schema once, when the pool is built: the seed
 * carries exactly what the app would have stored, and a typo here fails loudly.
 */
function party(input: PartyInput): Party {
  return partySchema.parse(input);
}

/** Firms and authorities are shared by every seed made in this process; nobody may change them. */
function shared(value: Party): Party {
  if (value.address) Object.freeze(value.address);
  return Object.freeze(value);
}

function firmParty(spec: FirmSpec): Party {
  return party({
    kind: 'organization',
    name: spec.name,
    ico: icoFor(spec.name),
    address: { street: spec.street, city: spec.city, postalCode: spec.postalCode },
    dataBoxId: dataBoxIdFor(spec.name),
  });
}

export const FIRMS: ReadonlyArray<{ trade: Trade; party: Party }> = FIRM_SPECS.map((spec) => ({
  trade: spec.trade,
  party: shared(firmParty(spec)),
}));

export interface AuthoritySpec {
  name: string;
  street: string;
  city: string;
  postalCode: string;
  /** The authority's own reference number format (číslo jednací odesílatele). */
  reference: (rng: Random, year: number) => string;
  /** Internal addressees have no data box. */
  dataBox?: boolean;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const yy = (year: number) => pad(year % 100, 2);

const muTabor = (department: string, suffix: string): AuthoritySpec => ({
  name: `Městský úřad Tábor, ${department}`,
  street: 'Žižkovo náměstí 2',
  city: 'Tábor',
  postalCode: '390 01',
  reference: (rng, year) => `MUTA/${rng.between(100, 9999)}/${year}/${suffix}`,
});

export const AUTHORITIES = {
  region: {
    name: 'Krajský úřad Jihočeského kraje',
    street: 'U Zimního stadionu 1952/2',
    city: 'České Budějovice',
    postalCode: '370 76',
    reference: (rng, year) => `KUJCK ${rng.between(10000, 159999)}/${year}`,
  },
  environment: muTabor('odbor životního prostředí', 'OŽP'),
  building: muTabor('stavební úřad', 'SÚ'),
  transport: muTabor('odbor dopravy', 'OD'),
  social: muTabor('odbor sociálních věcí', 'OSV'),
  offences: muTabor('odbor správních agend', 'OSA'),
  taxOffice: {
    name: 'Finanční úřad pro Jihočeský kraj',
    street: 'Mánesova 1803/3a',
    city: 'České Budějovice',
    postalCode: '371 87',
    reference: (rng, year) =>
      `${rng.between(100000, 9999999)}/${yy(year)}/2105-${pad(rng.between(0, 99999), 5)}-${pad(rng.between(0, 999999), 6)}`,
  },
  cadastre: {
    name: 'Katastrální úřad pro Jihočeský kraj, Katastrální pracoviště Tábor',
    street: 'Husovo náměstí 2938',
    city: 'Tábor',
    postalCode: '390 02',
    reference: (rng, year) =>
      `${rng.chance(0.5) ? 'V' : 'PÚ'}-${rng.between(10, 6999)}/${year}-308`,
  },
  socialSecurity: {
    name: 'Okresní správa sociálního zabezpečení Tábor',
    street: 'Martina Koláře 2421',
    city: 'Tábor',
    postalCode: '390 02',
    reference: (rng, year) => `OSSZ/TA/${rng.between(100, 9999)}/${year}`,
  },
  fireService: {
    name: 'Hasičský záchranný sbor Jihočeského kraje',
    street: 'Pražská 52b',
    city: 'České Budějovice',
    postalCode: '370 04',
    reference: (rng, year) => `HSCB-${rng.between(100, 9999)}-${rng.between(1, 4)}/${year}`,
  },
  labourOffice: {
    name: 'Úřad práce České republiky – kontaktní pracoviště Tábor',
    street: 'Husovo náměstí 2938',
    city: 'Tábor',
    postalCode: '390 02',
    reference: (rng, year) => `TAA-${rng.between(100, 9999)}/${year}-ZAM`,
  },
  interior: {
    name: 'Ministerstvo vnitra',
    street: 'Nad Štolou 936/3',
    city: 'Praha 7',
    postalCode: '170 34',
    reference: (rng, year) => `MV-${rng.between(10000, 199999)}-${rng.between(1, 9)}/ODK-${year}`,
  },
  finance: {
    name: 'Ministerstvo financí',
    street: 'Letenská 525/15',
    city: 'Praha 1',
    postalCode: '118 00',
    reference: (rng, year) => `MF-${rng.between(1000, 39999)}/${year}/1201-${rng.between(1, 9)}`,
  },
  regionalDevelopment: {
    name: 'Ministerstvo pro místní rozvoj',
    street: 'Staroměstské náměstí 932/6',
    city: 'Praha 1',
    postalCode: '110 00',
    reference: (rng, year) => `MMR-${rng.between(1000, 99999)}/${year}-${rng.between(10, 99)}`,
  },
  environmentFund: {
    name: 'Státní fond životního prostředí ČR',
    street: 'Kaplanova 1931/1',
    city: 'Praha 11',
    postalCode: '148 00',
    reference: (rng, year) => `SFZP ${pad(rng.between(1, 299999), 6)}/${year}`,
  },
  hygiene: {
    name: 'Krajská hygienická stanice Jihočeského kraje',
    street: 'Na Sadech 1858/25',
    city: 'České Budějovice',
    postalCode: '370 71',
    reference: (rng, year) => `KHSJC ${rng.between(1000, 39999)}/${year}/HOK TA`,
  },
  police: {
    name: 'Policie České republiky, Obvodní oddělení Tábor',
    street: 'Čelkovická 2607',
    city: 'Tábor',
    postalCode: '390 02',
    reference: (rng, year) =>
      `KRPC-${rng.between(1000, 199999)}-${rng.between(1, 9)}/ČJ-${year}-020212`,
  },
  court: {
    name: 'Okresní soud v Táboře',
    street: 'Údolní 2198',
    city: 'Tábor',
    postalCode: '390 17',
    reference: (rng, year) =>
      `${rng.between(1, 30)} C ${rng.between(1, 450)}/${year}-${rng.between(5, 120)}`,
  },
  bailiff: {
    name: 'Exekutorský úřad Tábor',
    street: 'Bílkova 960',
    city: 'Tábor',
    postalCode: '390 02',
    reference: (rng, year) =>
      `${rng.between(100, 199)} EX ${rng.between(100, 9999)}/${yy(year - rng.int(3))}-${rng.between(10, 99)}`,
  },
  statistics: {
    name: 'Český statistický úřad, Krajská správa ČSÚ v Českých Budějovicích',
    street: 'Žižkova 1',
    city: 'České Budějovice',
    postalCode: '370 77',
    reference: (rng, year) => `CSU-${rng.between(1000, 99999)}/${year}-62`,
  },
  landOffice: {
    name: 'Státní pozemkový úřad, Krajský pozemkový úřad pro Jihočeský kraj',
    street: 'Husova 1',
    city: 'České Budějovice',
    postalCode: '370 01',
    reference: (rng, year) => `SPU ${rng.between(10000, 599999)}/${year}`,
  },
  riverBasin: {
    name: 'Povodí Vltavy, státní podnik',
    street: 'Holečkova 3178/8',
    city: 'Praha 5',
    postalCode: '150 00',
    reference: (rng, year) => `PVL-${rng.between(1000, 99999)}/${year}/240`,
  },
  archive: {
    name: 'Státní oblastní archiv v Třeboni, Státní okresní archiv Tábor',
    street: 'Jana Husa 1287',
    city: 'Tábor',
    postalCode: '390 01',
    reference: (rng, year) => `SOAT/TA-${rng.between(10, 999)}/${year}`,
  },
  neighbour: {
    name: 'Obec Dolní Lhota',
    street: 'Dolní Lhota 1',
    city: 'Dolní Lhota',
    postalCode: '391 98',
    reference: (rng, year) => `OUDL ${rng.between(1, 700)}/${year}`,
  },
  microregion: {
    name: 'Mikroregion Lužnice, svaz obcí',
    street: 'Dolní Lhota 1',
    city: 'Dolní Lhota',
    postalCode: '391 98',
    reference: (rng, year) => `ML ${rng.between(1, 90)}/${year}`,
  },
  council: {
    name: 'Zastupitelstvo obce Horní Lhota',
    street: `${DEMO_VILLAGE} 1`,
    city: DEMO_VILLAGE,
    postalCode: DEMO_POSTAL_CODE,
    reference: (rng, year) => `ZO ${rng.between(1, 12)}/${year}`,
    dataBox: false,
  },
} satisfies Record<string, AuthoritySpec>;

export type AuthorityKey = keyof typeof AUTHORITIES;

const authorityParties = new Map<AuthorityKey, Party>(
  (Object.entries(AUTHORITIES) as Array<[AuthorityKey, AuthoritySpec]>).map(([key, spec]) => [
    key,
    shared(
      party({
        kind: 'authority',
        name: spec.name,
        address: { street: spec.street, city: spec.city, postalCode: spec.postalCode },
        dataBoxId: spec.dataBox === false ? undefined : dataBoxIdFor(spec.name),
      }),
    ),
  ]),
);

export function authorityParty(key: AuthorityKey): Party {
  const party = authorityParties.get(key);
  if (!party) throw new Error(`Unknown authority ${key}`);
  return party;
}

/** Citizens who write to the office; drawn once per seed so that names recur over the years. */
export function createCitizens(rng: Random, count: number): Party[] {
  const citizens: Party[] = [];
  for (let i = 0; i < count; i++) {
    const female = rng.chance(0.5);
    const [maleSurname, femaleSurname] = rng.pick(SURNAMES);
    const name = female
      ? `${rng.pick(FEMALE_FIRST)} ${femaleSurname}`
      : `${rng.pick(MALE_FIRST)} ${maleSurname}`;
    // Since 2023 many citizens have a data box; some of them use it.
    const withBox = rng.chance(0.2);
    citizens.push(
      party({
        kind: 'person',
        name,
        address: randomAddress(rng),
        dataBoxId: withBox ? dataBoxIdFor(`${name}#${i}`) : undefined,
      }),
    );
  }
  return citizens;
}
