import type { TFunction } from 'i18next';
import { logExport, type ExportTarget } from '../../../db/commands/logExport';
import type { UradovnaDatabase } from '../../../db/schema';
import type { TxDetail } from '../../../db/txlog/entry';
import { conversionCsvBytes, csvFileName, exportPeriod, periodText } from './conversionCsv';
import { filterSummary, type ConversionFilter } from './conversionFilter';
import type { ConversionRow } from './conversionRows';

/** The log entry names the register as a whole: the export is of no one conversion. */
export const REGISTER_EXPORT_TARGET: ExportTarget = {
  entityType: 'conversion',
  entityId: 'evidence-konverzi',
};

export interface ConversionExport {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** What the transaction log's `Export` entry says about it. */
  detail: TxDetail;
}

/** The CSV of the rows shown and its log entry; null when nothing is shown. */
export function prepareConversionExport(
  t: TFunction,
  rows: readonly ConversionRow[],
  filter: ConversionFilter,
): ConversionExport | null {
  const period = exportPeriod(rows);
  if (!period) return null;
  return {
    fileName: csvFileName(period),
    bytes: conversionCsvBytes(t, rows),
    detail: {
      format: 'csv',
      content: 'evidence konverzí',
      rows: rows.length,
      period: periodText(period),
      filter: filterSummary(t, filter) || null,
    },
  };
}

/** Records that the register left the application (NSESSS event `Export`). */
export function logConversionExport(
  db: UradovnaDatabase,
  detail: TxDetail,
  now = new Date(),
): Promise<void> {
  return logExport(db, detail, now, REGISTER_EXPORT_TARGET);
}
