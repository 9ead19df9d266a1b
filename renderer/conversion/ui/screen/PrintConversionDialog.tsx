import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversionRecord } from '../../../../common/domain/conversion';
import { useServices } from '../../../app/services';
import { errorText } from '../../../i18n';
import { Dialog } from '../../../ui/Dialog';
import { FormFailure } from '../../../ui/FormFailure';
import { useCommand } from '../../../ui/useCommand';
import { conversionFileName, recordPrinted } from '../../db/completeConversion';
import { printableBytes } from './conversionData';
import { ConversionPrintSheet, type PrintSheetState } from './ConversionPrintSheet';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; pdf: Uint8Array<ArrayBuffer> }
  | { status: 'failed'; message: string };

/**
 * "Tisknout" of an electronic → paper conversion: the document's pages with the clause
 * page are printed from the app (or saved as a PDF to print elsewhere), then the clerk
 * confirms the printout — only then is the conversion recorded as printed (a cancelled
 * print dialog must not finish it).
 */
export function PrintConversionDialog({
  conversion,
  onClose,
}: {
  conversion: ConversionRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const command = useCommand();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [sheet, setSheet] = useState<PrintSheetState>('drawing');
  const [handled, setHandled] = useState(false);
  const [saveFailure, setSaveFailure] = useState<string | null>(null);
  const reprint = conversion.state === 'done';

  const { id, outputComponentId } = conversion;
  useEffect(() => {
    let stale = false;
    printableBytes(db, id, outputComponentId)
      .then((pdf) => {
        if (stale) return;
        setLoaded(
          pdf
            ? { status: 'ready', pdf }
            : { status: 'failed', message: t('errors.conversionRecord.noClause') },
        );
      })
      .catch((error: unknown) => {
        if (!stale) setLoaded({ status: 'failed', message: errorText(t, error) });
      });
    return () => {
      stale = true;
    };
  }, [db, id, outputComponentId, t]);

  const onSheet = useCallback((state: PrintSheetState) => setSheet(state), []);
  const pdf = loaded.status === 'ready' ? loaded.pdf : null;

  const print = () => {
    window.print();
    setHandled(true);
  };
  const save = async () => {
    if (!pdf) return;
    setSaveFailure(null);
    try {
      const saved = await api['files.save']({
        suggestedName: conversionFileName(conversion, '-tisk'),
        mime: 'application/pdf',
        bytes: pdf,
      });
      if (saved.saved) setHandled(true);
    } catch (error) {
      setSaveFailure(errorText(t, error));
    }
  };
  const confirm = async () => {
    const number = conversion.number ?? '';
    if (
      await command.run(
        () => recordPrinted(db, conversion.id),
        () =>
          reprint
            ? t('conversionScreen.notices.reprinted', { number })
            : t('conversionScreen.notices.printed', { number }),
      )
    )
      onClose();
  };

  return (
    <Dialog
      open
      title={t('conversionScreen.printDialog.title', { number: conversion.number ?? '' })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!pdf}
            data-testid="conversion-print-save"
            onClick={() => void save()}
          >
            {t('conversionScreen.printDialog.save')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!pdf || sheet !== 'ready'}
            data-testid="conversion-print-print"
            onClick={print}
          >
            {sheet === 'drawing' && pdf
              ? t('conversionScreen.printDialog.drawing')
              : t('conversionScreen.printDialog.print')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!handled || command.working}
            data-testid="conversion-print-confirm"
            onClick={() => void confirm()}
          >
            {reprint
              ? t('conversionScreen.printDialog.confirmReprint')
              : t('conversionScreen.printDialog.confirm')}
          </button>
        </>
      }
    >
      <div className="dialog-form" data-testid="conversion-print-dialog">
        <p>
          {t('conversionScreen.printDialog.explanation', {
            sheets: conversion.outputSheets ?? conversion.pages,
          })}
        </p>
        <p className="field__hint">{t('conversionScreen.printDialog.confirmHint')}</p>
        {loaded.status === 'loading' ? (
          <p aria-live="polite">{t('conversionScreen.printDialog.loading')}</p>
        ) : null}
        {sheet === 'failed' && pdf ? (
          <p className="field__error">{t('conversionScreen.printDialog.drawFailed')}</p>
        ) : null}
        <FormFailure
          text={loaded.status === 'failed' ? loaded.message : (saveFailure ?? command.failure)}
        />
        {pdf ? <ConversionPrintSheet pdf={pdf} onState={onSheet} /> : null}
      </div>
    </Dialog>
  );
}
