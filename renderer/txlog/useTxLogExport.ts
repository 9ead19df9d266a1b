import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TXLOG_PDF_MAX_ROWS } from '../../common/contract/types';
import type { TxEntityType } from '../../common/domain/transactionLog';
import { useServices } from '../app/services';
import { logExport } from '../db/commands/logExport';
import { useNotify } from '../ui/useNotify';
import {
  EXPORT_CONTENT,
  periodText,
  prepareDailyPdf,
  prepareEntityXml,
  preparePeriodXml,
  XML_MAX_ENTRIES,
} from './logExports';

/** A refusal to show beside the button, or null when the export ran (or failed with a notice). */
export type ExportRefusal = string | null;

const XML_MIME = 'application/xml';
const encoder = new TextEncoder();

/**
 * The exports of the transaction log: a period as NSESSS XML, one day as the printable
 * PDF, one record's log as XML. Each saved file is itself logged as `Export`.
 */
export function useTxLogExport() {
  const { t, i18n } = useTranslation();
  const { api, db } = useServices();
  const { success, failure } = useNotify();
  const [working, setWorking] = useState(false);

  const guarded = useCallback(
    async (run: () => Promise<ExportRefusal>): Promise<ExportRefusal> => {
      setWorking(true);
      try {
        return await run();
      } catch (error) {
        failure(error);
        return null;
      } finally {
        setWorking(false);
      }
    },
    [failure],
  );

  const exportPeriodXml = useCallback(
    (from: string, to: string) =>
      guarded(async () => {
        const now = new Date();
        const prepared = await preparePeriodXml(db, from, to, now);
        if (!prepared.ok)
          return t('txlog.export.tooManyXml', { count: prepared.count, max: XML_MAX_ENTRIES });
        const { xml, fileName } = prepared.value;
        const saved = await api['files.save']({
          suggestedName: fileName,
          mime: XML_MIME,
          bytes: encoder.encode(xml),
        });
        if (!saved.saved) return null;
        await logExport(db, {
          format: 'xml',
          content: EXPORT_CONTENT,
          period: periodText(from, to),
          rows: prepared.count,
        });
        success(t('txlog.export.doneXml', { count: prepared.count }));
        return null;
      }),
    [api, db, guarded, success, t],
  );

  const exportDayPdf = useCallback(
    (day: string) =>
      guarded(async () => {
        if (!day) return t('txlog.export.dayMissing');
        const prepared = await prepareDailyPdf(db, t, i18n.language, day, new Date());
        if (!prepared.ok)
          return t('txlog.export.tooManyPdf', { count: prepared.count, max: TXLOG_PDF_MAX_ROWS });
        const rendered = await api['txlog.exportPdf'](prepared.value);
        const saved = await api['files.save']({
          suggestedName: rendered.fileName,
          mime: 'application/pdf',
          bytes: new Uint8Array(rendered.pdf),
        });
        if (!saved.saved) return null;
        await logExport(db, {
          format: 'pdf',
          content: EXPORT_CONTENT,
          period: periodText(day, day),
          rows: prepared.count,
        });
        success(t('txlog.export.donePdf', { count: prepared.count }));
        return null;
      }),
    [api, db, guarded, i18n.language, success, t],
  );

  const exportEntityXml = useCallback(
    (entityType: TxEntityType, entityId: string) =>
      guarded(async () => {
        const prepared = await prepareEntityXml(db, entityType, entityId, new Date());
        const { xml, fileName } = prepared.value;
        const saved = await api['files.save']({
          suggestedName: fileName,
          mime: XML_MIME,
          bytes: encoder.encode(xml),
        });
        if (!saved.saved) return null;
        // The record's own log shows that its history left the application.
        await logExport(
          db,
          { format: 'xml', content: EXPORT_CONTENT, rows: prepared.count },
          new Date(),
          { entityType, entityId },
        );
        success(t('txlog.export.doneXml', { count: prepared.count }));
        return null;
      }),
    [api, db, guarded, success, t],
  );

  return { exportPeriodXml, exportDayPdf, exportEntityXml, working };
}
