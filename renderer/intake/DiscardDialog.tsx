import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';

interface Props {
  open: boolean;
  onDiscard: () => void;
  onKeep: () => void;
}

/** Asked before a half-typed document would be thrown away for a new one. */
export function DiscardDialog({ open, onDiscard, onKeep }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('intake.discard.title')}
      open={open}
      onClose={onKeep}
      footer={
        <>
          <button type="button" className="button" onClick={onKeep} autoFocus>
            {t('intake.discard.keep')}
          </button>
          <button type="button" className="button button--danger" onClick={onDiscard}>
            {t('intake.discard.confirm')}
          </button>
        </>
      }
    >
      <p>{t('intake.discard.text')}</p>
    </Dialog>
  );
}
