import type { TFunction } from 'i18next';
import type { TxLogEntry } from '../db/txlog/entry';
import { formatFileSize } from '../ui/formatFileSize';

const KNOWN_KEYS = [
  'referenceNumber',
  'direction',
  'source',
  'reason',
  'name',
  'size',
  'sha256',
  'pid',
] as const;
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
    let text = String(value);
    if (key === 'direction' && (value === 'incoming' || value === 'own'))
      text = t(`common.enums.direction.${value}`);
    if (key === 'source' && value === 'seed') text = t('journal.detail.log.sources.seed');
    if (key === 'size' && typeof value === 'number') text = formatFileSize(value, language);
    if (key === 'sha256') text = `${text.slice(0, 12)}…`;
    parts.push(
      isKnown(key) ? `${t(`journal.detail.log.keys.${key}`)}: ${text}` : `${key}: ${text}`,
    );
  }
  return parts.join(' · ');
}
