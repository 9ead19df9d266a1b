import type { TFunction } from 'i18next';
import type { TxLogEntry } from '../db/txlog/entry';
import { settlementMethodKeys, type SettlementMethod } from '../../common/domain/settlement';
import { formatFileSize } from '../ui/formatFileSize';

const isSettlementMethod = (value: string): value is SettlementMethod =>
  (settlementMethodKeys as string[]).includes(value);

const KNOWN_KEYS = [
  'referenceNumber',
  'direction',
  'source',
  'reason',
  'name',
  'size',
  'sha256',
  'pid',
  'reference',
  'order',
  'initiator',
  'fileMark',
  'mode',
  'method',
  'date',
  'settlingPid',
  'triggerYear',
  'disposalYear',
  'location',
  'borrower',
  'due',
  'loan',
  'returnedFromLoan',
  'archiveIdentifier',
  'year',
  'items',
  'movedBecause',
  'registered',
  'format',
  'fileName',
  'entities',
  'files',
  'bytes',
  'identifier',
  'title',
  'validFrom',
  'groups',
  'retired',
  'before',
  'after',
  'archived',
  'destroyed',
  'excluded',
  'inspect',
  'components',
  'content',
  'fields',
  'keeping',
] as const;

/** Fields an `Uprava` of a document names (renderer/sync/map/editable.ts). */
const EDITED_FIELDS = [
  'subject',
  'sender',
  'addressees',
  'senderReference',
  'sheets',
  'attachmentCount',
  'note',
  'fileMark',
] as const;

function editedFieldsText(t: TFunction, value: string): string {
  return value
    .split(',')
    .map((field) =>
      (EDITED_FIELDS as readonly string[]).includes(field)
        ? t(`journal.detail.log.fieldNames.${field as (typeof EDITED_FIELDS)[number]}`)
        : field,
    )
    .join(', ');
}

/** Internal identifiers the entry's other details already name in words. */
const HIDDEN_KEYS = new Set(['caseFileId', 'proposalId', 'initiatorPid', 'listId', 'archiveId']);
type KnownKey = (typeof KNOWN_KEYS)[number];

function isKnown(key: string): key is KnownKey {
  return (KNOWN_KEYS as readonly string[]).includes(key);
}

/** An entry's details in words: "č. j. OUHL 12/2026 · směr Doručený". */
export function logDetailText(
  t: TFunction,
  entry: Pick<TxLogEntry, 'detail' | 'entityType'>,
  language: string,
): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(entry.detail)) {
    if (value === null || value === '') continue;
    // The PID of a file's entry is the document shown above it.
    if (key === 'pid' && entry.entityType === 'component') continue;
    if (HIDDEN_KEYS.has(key)) continue;
    let text = String(value);
    if (key === 'direction' && (value === 'incoming' || value === 'own'))
      text = t(`common.enums.direction.${value}`);
    if (key === 'source' && value === 'seed') text = t('journal.detail.log.sources.seed');
    if (key === 'size' && typeof value === 'number') text = formatFileSize(value, language);
    if (key === 'sha256') text = `${text.slice(0, 12)}…`;
    if (key === 'fields' && typeof value === 'string') text = editedFieldsText(t, value);
    if (key === 'keeping' && (value === 'taken' || value === 'returned'))
      text = t(`journal.detail.log.keeping.${value}`);
    if (typeof value === 'boolean')
      text = t(value ? 'journal.detail.log.yes' : 'journal.detail.log.no');
    if (key === 'mode' && (value === 'collectionSheet' || value === 'linking'))
      text = t(`caseFiles.modes.${value}`);
    if (key === 'method' && typeof value === 'string' && isSettlementMethod(value))
      text = t(`caseFiles.settlement.methods.${value}`);
    parts.push(
      isKnown(key) ? `${t(`journal.detail.log.keys.${key}`)}: ${text}` : `${key}: ${text}`,
    );
  }
  return parts.join(' · ');
}
