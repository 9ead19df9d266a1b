import type { OwnerInfo, SearchQuery } from '../../common/isds/model';
import { addressLine } from './boxes';
import type { SimBox } from './types';

/** Case and diacritics do not matter in the sim's searches (nor in ISDS's). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most this many boxes come back from FindDataBox; more is "too general" (0003). */
export const FIND_LIMIT = 100;

/**
 * FindDataBox: every given criterion must hold (ID and IČO exactly, names as a
 * substring); null or empty criteria are ignored.
 */
export function findBoxes(boxes: Iterable<SimBox>, owner: Partial<OwnerInfo>): SimBox[] {
  const given = (value: string | null | undefined): value is string =>
    typeof value === 'string' && value.trim() !== '';
  const checks: Array<(box: SimBox) => boolean> = [];
  if (given(owner.dbID)) checks.push((box) => box.dbID === owner.dbID?.trim().toLowerCase());
  if (given(owner.ic)) checks.push((box) => box.ic === owner.ic?.trim());
  if (given(owner.dbType)) {
    const type = owner.dbType.trim().toUpperCase();
    checks.push((box) => box.dbType === type || box.dbType.startsWith(`${type}_`));
  }
  for (const [field, of] of [
    ['firmName', (box: SimBox) => box.firmName],
    ['pnFirstName', (box: SimBox) => box.pnFirstName],
    ['pnLastName', (box: SimBox) => box.pnLastName],
    ['adCity', (box: SimBox) => box.adCity],
  ] as const) {
    const value = owner[field];
    if (given(value)) checks.push((box) => fold(of(box) ?? '').includes(fold(value)));
  }
  if (checks.length === 0) return [];
  return [...boxes].filter((box) => checks.every((check) => check(box)));
}

function haystack(box: SimBox, type: SearchQuery['searchType']): string[] {
  switch (type) {
    case 'ADDRESS':
      return [addressLine(box)];
    case 'ICO':
      return [box.ic ?? ''];
    case 'DBID':
      return [box.dbID];
    default:
      return [box.name, addressLine(box), box.ic ?? '', box.dbID];
  }
}

function inScope(box: SimBox, scope: string | null): boolean {
  if (!scope || scope === 'ALL') return true;
  if (scope.startsWith('OVM')) return box.effectiveOVM;
  if (scope === 'PO') return box.dbType.startsWith('PO');
  if (scope === 'PFO') return box.dbType.startsWith('PFO');
  if (scope === 'FO') return box.dbType === 'FO';
  return true;
}

/** ISDSSearch2: every word of the text must occur in one of the searched fields. */
export function fullTextSearch(boxes: Iterable<SimBox>, query: SearchQuery): SimBox[] {
  const words = fold(query.searchText).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  return [...boxes]
    .filter((box) => inScope(box, query.searchScope))
    .filter((box) => {
      const text = haystack(box, query.searchType).map(fold).join(' | ');
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'cs'));
}
