import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { journalCsvBytes } from '../../common/domain/journalCsv';
import type { DocumentRecord } from '../../common/domain/document';
import {
  countPlan,
  planJournal,
  planKeys,
  type JournalFilter,
  type JournalQuery,
} from '../db/journal/query';
import { logExport } from '../db/commands/logExport';
import { getSetting } from '../db/settings';
import type { UradovnaDatabase } from '../db/schema';
import { useServices } from '../app/services';
import { useNotify } from '../ui/useNotify';
import { pdfRow, printedColumns } from './columns';
import { sharedCaches } from './documentsChanges';
import { csvHeader, csvRow } from './exportRows';
import { csvFileName, filterSummary, periodLabel } from './format';

export type ExportFormat = 'csv' | 'pdf';

/** The PDF contract's limit (journalPdfInputSchema). */
export const PDF_MAX_ROWS = 50_000;

/** Why a selection cannot be exported, or null when it can. */
export function exportRefusal(t: TFunction, format: ExportFormat, count: number): string | null {
  if (count === 0) return t('journal.export.empty');
  if (format === 'pdf' && count > PDF_MAX_ROWS)
    return t('journal.export.tooMany', { max: PDF_MAX_ROWS, count });
  return null;
}
const READ_CHUNK = 2000;

export type ExportOutcome = { ok: true; rows: number } | { ok: false; message: string };

async function readDocuments(db: UradovnaDatabase, pids: string[]): Promise<DocumentRecord[]> {
  const out: DocumentRecord[] = [];
  for (let start = 0; start < pids.length; start += READ_CHUNK) {
    const chunk = await db.documents.bulkGet(pids.slice(start, start + READ_CHUNK));
    for (const doc of chunk) if (doc) out.push(doc);
  }
  return out;
}

/**
 * Exports the rows of a query (the filtered journal, or every document of a period)
 * to CSV or to the printable PDF, saves the file and records the Export in the
 * transaction log.
 */
export function useJournalExport() {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const { success, failure } = useNotify();
  const [working, setWorking] = useState(false);

  const run = useCallback(
    async (format: ExportFormat, query: JournalQuery): Promise<ExportOutcome> => {
      setWorking(true);
      try {
        const organization = (await getSetting(db, 'organization')) ?? null;
        const plan = await planJournal(db, query, sharedCaches(db).order, organization);
        const count = await countPlan(db, plan);
        const refusal = exportRefusal(t, format, count);
        if (refusal) return { ok: false, message: refusal };
        const docs = await readDocuments(db, await planKeys(db, plan));
        const filter: JournalFilter = query;
        const period = periodLabel(t, filter);
        if (format === 'csv') {
          const bytes = journalCsvBytes(
            csvHeader(t),
            docs.map((doc) => csvRow(t, doc)),
          );
          await api['files.save']({ suggestedName: csvFileName(filter), mime: 'text/csv', bytes });
        } else {
          const rendered = await api['journal.exportPdf']({
            organizationName: organization?.name ?? '',
            title: t('journal.export.pdfTitle'),
            periodLabel: period.slice(0, 100),
            generatedAt: new Date().toISOString(),
            columns: printedColumns.map((column) => t(`journal.columns.${column.id}`)),
            rows: docs.map((doc) => pdfRow(t, doc)),
          });
          await api['files.save']({
            suggestedName: rendered.fileName,
            mime: 'application/pdf',
            bytes: new Uint8Array(rendered.pdf),
          });
        }
        await logExport(db, {
          format,
          rows: docs.length,
          period,
          filter: filterSummary(t, filter) || null,
        });
        success(
          format === 'csv'
            ? t('journal.export.doneCsv', { count: docs.length })
            : t('journal.export.donePdf', { count: docs.length }),
        );
        return { ok: true, rows: docs.length };
      } catch (error) {
        failure(error);
        return { ok: false, message: '' };
      } finally {
        setWorking(false);
      }
    },
    [api, db, success, failure, t],
  );

  return { run, working };
}
