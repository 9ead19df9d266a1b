import type { TFunction } from 'i18next';
import type { Api } from '../../../common/contract/api';
import type { UradovnaDatabase } from '../../db/schema';
import { importZfoFile, type ImportResult } from '../import/importZfo';
import { portFromApi } from '../port';
import type { ImportRow } from './useZfoImport';

/** How one import ended, as the list shows it (a bad seal flagged whatever else happened). */
export function importRowOf(t: TFunction, name: string, result: ImportResult): ImportRow {
  const row = (
    outcome: ImportRow['outcome'],
    messageId: string | null,
    reason: string | null = null,
    sealInvalid = false,
  ): ImportRow => ({
    id: crypto.randomUUID(),
    name,
    outcome,
    reason,
    sealInvalid,
    messageId,
  });
  switch (result.outcome) {
    case 'received':
      return row(
        'imported',
        result.messageId,
        result.referenceNumber
          ? t('databox.import.registered', { reference: result.referenceNumber })
          : t('databox.import.notRegistered'),
        result.suspicious.includes('sealInvalid'),
      );
    case 'alreadyStored':
      return row('duplicate', result.messageId);
    case 'sent':
      return row(
        result.created ? 'imported' : 'duplicate',
        result.messageId,
        t('databox.import.sentMessage'),
        result.suspicious.includes('sealInvalid'),
      );
    case 'delivery':
      return row(
        result.attached ? 'delivery' : 'imported',
        result.messageId,
        result.attached ? null : t('databox.import.deliveryAlone'),
        result.suspicious.includes('sealInvalid'),
      );
    case 'notOurs':
      return row(
        'refused',
        null,
        t('databox.import.notOurs', {
          sender: result.dbIDSender ?? '—',
          recipient: result.dbIDRecipient ?? '—',
        }),
      );
  }
}

/** Imports one ZFO (main verifies it; a file that is none is refused with main's reason). */
export async function importOne(
  db: UradovnaDatabase,
  api: Api,
  t: TFunction,
  name: string,
  bytes: Uint8Array,
): Promise<ImportRow> {
  const result = await importZfoFile(db, portFromApi(api), { name, bytes });
  return importRowOf(t, name, result);
}
