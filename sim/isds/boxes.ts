import type { Party } from '../../common/domain/party';
import { DEMO_ORGANIZATION, DEMO_POSTAL_CODE, DEMO_VILLAGE } from '../seed/organization';
import { FIRMS, authorityParty, icoFor, type AuthorityKey } from '../seed/parties';
import { createRandom } from '../seed/prng';
import type { BoxRole, SimBox } from './types';

/** Box IDs use ISDS's alphabet: no 0/1/l/o, which read alike. */
const BOX_ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A stable 7-character box ID from a name (FNV-1a), so a box keeps its ID in every seed. */
export function boxIdFor(name: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  const random = createRandom(hash >>> 0);
  let id = '';
  for (let i = 0; i < 7; i++) id += BOX_ID_ALPHABET[random.int(BOX_ID_ALPHABET.length)];
  return id;
}

const SENDER_TYPES: Readonly<Record<string, number>> = { OVM: 10, PO: 20, PFO: 30, FO: 40 };

/** `Vožická 2150/3` → street Vožická, č. p. 2150, č. o. 3; a village without streets has none. */
function splitStreet(
  street: string | undefined,
  city: string,
): Pick<SimBox, 'adStreet' | 'adNumberInMunicipality' | 'adNumberInStreet'> {
  const match = /^(.*?)\s+(\d+[a-z]?)(?:\/(\d+[a-z]?))?$/.exec(street?.trim() ?? '');
  if (!match)
    return { adStreet: street ?? null, adNumberInMunicipality: null, adNumberInStreet: null };
  const name = match[1] ?? '';
  return {
    adStreet: name === city || name === '' ? null : name,
    adNumberInMunicipality: match[2] ?? null,
    adNumberInStreet: match[3] ?? null,
  };
}

interface BoxSpec {
  role: BoxRole;
  dbType: 'OVM' | 'PO' | 'PFO' | 'FO';
  name: string;
  ic: string | null;
  street: string;
  city: string;
  zip: string;
  dbID?: string;
  person?: { first: string; last: string; biDate: string };
  dbState?: number;
}

function box(spec: BoxSpec): SimBox {
  const person = spec.person ?? null;
  return {
    dbID: spec.dbID ?? boxIdFor(`isds:${spec.name}`),
    role: spec.role,
    dbType: spec.dbType,
    senderType: SENDER_TYPES[spec.dbType] ?? 20,
    name: spec.name,
    firmName: person ? null : spec.name,
    pnFirstName: person?.first ?? null,
    pnLastName: person?.last ?? null,
    ic: spec.ic,
    biDate: person?.biDate ?? null,
    ...splitStreet(spec.street, spec.city),
    adCity: spec.city,
    adZipCode: spec.zip.replace(/\s+/g, ''),
    dbState: spec.dbState ?? 1,
    effectiveOVM: spec.dbType === 'OVM',
    // Anyone may send a commercial message to an organisation that allows it; the
    // demo's organisations do, people do not.
    openAddressing: spec.dbType === 'PO',
  };
}

function fromParty(party: Party, role: BoxRole, dbType: BoxSpec['dbType']): SimBox {
  if (!party.dataBoxId) throw new Error(`${party.name} nemá datovou schránku.`);
  return box({
    role,
    dbType,
    name: party.name,
    ic: party.ico ?? (dbType === 'OVM' ? icoFor(party.name) : null),
    street: party.address?.street ?? '',
    city: party.address?.city ?? '',
    zip: party.address?.postalCode ?? '',
    dbID: party.dataBoxId,
  });
}

function firm(name: string): Party {
  const found = FIRMS.find((entry) => entry.party.name === name);
  if (!found) throw new Error(`Firma ${name} v ukázkových datech není.`);
  return found.party;
}

/** The authorities the demo office writes with (the ORP is Tábor's building office). */
const AUTHORITY_KEYS: ReadonlyArray<AuthorityKey> = [
  'region',
  'taxOffice',
  'building',
  'cadastre',
  'socialSecurity',
  'labourOffice',
  'interior',
];

const FIRM_NAMES = [
  'Odpady Lužnice s.r.o.',
  'Stavby Kovář s.r.o.',
  'ELEKTRO Beneš s.r.o.',
  'Vodovody a kanalizace Horní Lužnice a.s.',
  'SoftObec s.r.o.',
];

const CITIZENS: ReadonlyArray<{ first: string; last: string; no: number; biDate: string }> = [
  { first: 'Karel', last: 'Veselý', no: 12, biDate: '1961-03-08' },
  { first: 'Lenka', last: 'Marešová', no: 47, biDate: '1985-11-23' },
  { first: 'Josef', last: 'Kučera', no: 88, biDate: '1949-06-30' },
  { first: 'Eva', last: 'Horáková', no: 105, biDate: '1992-01-17' },
  { first: 'Martin', last: 'Šťastný', no: 131, biDate: '1978-09-02' },
  { first: 'Alena', last: 'Pokorná', no: 152, biDate: '1966-04-12' },
];

/**
 * The boxes of the demo: the municipality (its ID is the seed organisation's), its
 * primary school and kindergarten, citizens, firms, the authorities it deals with and
 * one firm whose box was made inaccessible after liquidation. All invented except the
 * authorities' names (their IDs and IČOs are invented too).
 */
export function seedBoxes(): SimBox[] {
  const boxes: SimBox[] = [
    box({
      role: 'municipality',
      dbType: 'OVM',
      name: DEMO_ORGANIZATION.name,
      ic: DEMO_ORGANIZATION.ico,
      street: `${DEMO_VILLAGE} 1`,
      city: DEMO_VILLAGE,
      zip: DEMO_POSTAL_CODE,
      dbID: DEMO_ORGANIZATION.dataBoxId,
    }),
    box({
      role: 'school',
      dbType: 'PO',
      name: 'Základní škola Horní Lhota, příspěvková organizace',
      ic: icoFor('Základní škola Horní Lhota, příspěvková organizace'),
      street: `${DEMO_VILLAGE} 28`,
      city: DEMO_VILLAGE,
      zip: DEMO_POSTAL_CODE,
    }),
    fromParty(firm('Mateřská škola Horní Lhota, příspěvková organizace'), 'kindergarten', 'PO'),
    ...CITIZENS.map((citizen) =>
      box({
        role: 'citizen',
        dbType: 'FO',
        name: `${citizen.first} ${citizen.last}`,
        ic: null,
        street: `${DEMO_VILLAGE} ${citizen.no}`,
        city: DEMO_VILLAGE,
        zip: DEMO_POSTAL_CODE,
        person: { first: citizen.first, last: citizen.last, biDate: citizen.biDate },
      }),
    ),
    ...FIRM_NAMES.map((name) => fromParty(firm(name), 'firm', 'PO')),
    ...AUTHORITY_KEYS.map((key) => fromParty(authorityParty(key), 'authority', 'OVM')),
    box({
      role: 'closed',
      dbType: 'PO',
      name: 'Lhotecké stavební družstvo v likvidaci',
      ic: icoFor('Lhotecké stavební družstvo v likvidaci'),
      street: `${DEMO_VILLAGE} 77`,
      city: DEMO_VILLAGE,
      zip: DEMO_POSTAL_CODE,
      // 4: permanently inaccessible (the firm was struck off).
      dbState: 4,
    }),
  ];
  const seen = new Set<string>();
  for (const entry of boxes) {
    if (seen.has(entry.dbID)) throw new Error(`ID schránky ${entry.dbID} se opakuje.`);
    seen.add(entry.dbID);
  }
  return boxes;
}

/** One line of the box's address as ISDS writes dmSenderAddress / dbAddress. */
export function addressLine(box: SimBox): string {
  const number = [box.adNumberInMunicipality, box.adNumberInStreet].filter(Boolean).join('/');
  const street = box.adStreet ? `${box.adStreet} ${number}` : `${box.adCity} ${number}`;
  return `${street.trim()}, ${box.adZipCode} ${box.adCity}`;
}
