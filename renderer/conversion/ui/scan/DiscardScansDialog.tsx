import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../ui/Dialog';

/** Asked before closing the dialog would throw away pages the clerk has arranged. */
export function DiscardScansDialog({
  onDiscard,
  onKeep,
}: {
  onDiscard: () => void;
  onKeep: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('conversionScan.discard.title')}
      open
      onClose={onKeep}
      footer={
        <>
          <button type="button" className="button" onClick={onKeep} autoFocus>
            {t('conversionScan.discard.keep')}
          </button>
          <button
            type="button"
            className="button button--danger"
            data-testid="scan-discard-confirm"
            onClick={onDiscard}
          >
            {t('conversionScan.discard.confirm')}
          </button>
        </>
      }
    >
      <p>{t('conversionScan.discard.text')}</p>
    </Dialog>
  );
}
