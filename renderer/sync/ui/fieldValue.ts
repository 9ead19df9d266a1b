import type { TFunction } from 'i18next';
import type { Party } from '../../../common/domain/party';
import { partyLines } from '../../journal/format';

function isParty(value: unknown): value is Party {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { name?: unknown }).name === 'string'
  );
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * A conflicting field's value as blocks of text lines (a party is a block: name,
 * address, IČO and data box; addressees are one block each). Always text — a value
 * from the eSSL is never markup.
 */
export function fieldValueBlocks(t: TFunction, value: unknown): string[][] {
  if (isEmpty(value)) return [[t('sync.conflict.empty') as string]];
  if (Array.isArray(value)) return value.flatMap((item) => fieldValueBlocks(t, item));
  if (isParty(value)) return [partyLines(t, value)];
  if (typeof value === 'string') return [value.split('\n')];
  if (typeof value === 'number' || typeof value === 'boolean') return [[String(value)]];
  return [[JSON.stringify(value)]];
}

/** A conflicting field's name in words; a field this version does not know, by its own name. */
export function fieldNameText(t: TFunction, field: string): string {
  const key = `sync.fields.${field}`;
  const text = t(key as never) as unknown;
  return typeof text === 'string' && text !== key ? text : field;
}
