import { useTranslation } from 'react-i18next';
import type { ConversionRecord } from '../../../../common/domain/conversion';
import { ReasonCommandDialog } from '../../../ui/ReasonCommandDialog';
import { cancelConversion } from '../../db/completeConversion';

/** cancelConversion's limit of the reason. */
const REASON_MAX = 500;

/**
 * "Zrušit" with the reason the record keeps. A number the register already gave stays
 * in the register and in the record: the dialog says so.
 */
export function CancelConversionDialog({
  conversion,
  onClose,
}: {
  conversion: ConversionRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = conversion.number ?? conversion.input.description;
  return (
    <ReasonCommandDialog
      title={t('conversionScreen.cancelDialog.title', { label })}
      confirmLabel={t('conversionScreen.cancelDialog.confirm')}
      workingLabel={t('conversionScreen.cancelDialog.working')}
      reasonLabel={t('conversionScreen.cancelDialog.reason')}
      reasonHint={t('conversionScreen.cancelDialog.reasonHint', { max: REASON_MAX })}
      maxLength={REASON_MAX}
      rows={4}
      testId="conversion-cancel-dialog"
      reasonTestId="conversion-cancel-reason"
      run={(db, reason) => cancelConversion(db, conversion.id, reason)}
      done={() => t('conversionScreen.notices.cancelled', { label })}
      onClose={onClose}
    >
      <p>
        {conversion.number
          ? t('conversionScreen.cancelDialog.numbered', { number: conversion.number })
          : t('conversionScreen.cancelDialog.explanation')}
      </p>
    </ReasonCommandDialog>
  );
}
