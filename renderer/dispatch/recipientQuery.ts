import type { OwnerInfo, SearchHit, SearchQuery } from '../../common/isds/model';
import { ownerName } from '../databox/ui/ownerName';

/** A box the clerk may pick as the recipient. */
export interface RecipientCandidate {
  dbID: string;
  name: string;
  address: string | null;
  ico: string | null;
  /** dbState from FindDataBox (1 accessible); null when the search does not say. */
  dbState: number | null;
}

export type RecipientQuery =
  | { kind: 'dbID'; value: string }
  | { kind: 'ico'; value: string }
  | { kind: 'name'; value: string }
  /** Letters and digits in one word, but not 7 of them: a mistyped box ID. */
  | { kind: 'badBoxId'; value: string };

const BOX_ID = /^[a-z0-9]{7}$/;

/**
 * What the clerk typed: a box ID (7 letters and digits, at least one letter), an IČO
 * (up to 8 digits), a mistyped box ID, or a name / address to search for.
 */
export function classifyRecipientQuery(text: string): RecipientQuery | null {
  const value = text.trim();
  if (value.length === 0) return null;
  const compact = value.replace(/\s+/g, '').toLowerCase();
  if (BOX_ID.test(compact) && /[a-z]/.test(compact)) return { kind: 'dbID', value: compact };
  if (/^\d{1,8}$/.test(compact)) return { kind: 'ico', value: compact.padStart(8, '0') };
  // No name is one word mixing letters and digits; such a word is a box ID typed wrong.
  if (
    !/\s/.test(value) &&
    /^[a-z0-9]{4,12}$/.test(compact) &&
    /[a-z]/.test(compact) &&
    /\d/.test(compact)
  )
    return { kind: 'badBoxId', value: compact };
  return { kind: 'name', value };
}

/** ISDSSearch2 input for an IČO or a name (a box ID goes to FindDataBox). */
export function searchQueryOf(query: RecipientQuery, pageSize = 20): SearchQuery {
  return {
    searchText: query.value,
    searchType: query.kind === 'ico' ? 'ICO' : query.kind === 'dbID' ? 'DBID' : 'GENERAL',
    searchScope: 'ALL',
    pageNumber: 0,
    pageSize,
    highlighting: false,
  };
}

export function candidateOfHit(hit: SearchHit): RecipientCandidate {
  return {
    dbID: hit.dbID,
    name: hit.dbName,
    address: hit.dbAddress,
    ico: hit.dbICO,
    dbState: null,
  };
}

export function candidateOfOwner(owner: OwnerInfo): RecipientCandidate | null {
  if (!owner.dbID) return null;
  const cityLine = [owner.adZipCode, owner.adCity].filter(Boolean).join(' ');
  const street = [
    owner.adStreet,
    [owner.adNumberInMunicipality, owner.adNumberInStreet].filter(Boolean).join('/'),
  ]
    .filter(Boolean)
    .join(' ');
  const address = [street, cityLine].filter(Boolean).join(', ');
  return {
    dbID: owner.dbID,
    name: ownerName(owner) || owner.dbID,
    address: address || null,
    ico: owner.ic,
    dbState: owner.dbState,
  };
}
