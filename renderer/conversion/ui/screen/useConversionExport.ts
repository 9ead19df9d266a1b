import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../../app/services';
import { useNotify } from '../../../ui/useNotify';
import { logConversionExport, prepareConversionExport } from './conversionExport';
import type { ConversionFilter } from './conversionFilter';
import type { ConversionRow } from './conversionRows';

/**
 * Saves the filtered register as CSV and records the `Export` in the transaction log, as
 * the journal's export does. Nothing is logged when the clerk cancels the save dialog.
 */
export function useConversionExport() {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const { success, failure } = useNotify();
  const [working, setWorking] = useState(false);

  const exportCsv = useCallback(
    async (rows: readonly ConversionRow[], filter: ConversionFilter): Promise<void> => {
      const prepared = prepareConversionExport(t, rows, filter);
      if (!prepared) return;
      setWorking(true);
      try {
        const saved = await api['files.save']({
          suggestedName: prepared.fileName,
          mime: 'text/csv',
          bytes: prepared.bytes,
        });
        if (!saved.saved) return;
        await logConversionExport(db, prepared.detail);
        success(t('conversionScreen.export.done', { count: rows.length }));
      } catch (error) {
        failure(error);
      } finally {
        setWorking(false);
      }
    },
    [api, db, failure, success, t],
  );

  return { exportCsv, working };
}
