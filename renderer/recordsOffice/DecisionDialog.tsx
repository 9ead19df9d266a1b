import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import type { DecisionImportState } from './useDecisionImport';

export interface DecisionDialogProps {
  state: Exclude<DecisionImportState, { step: 'idle' }>;
  working: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * The steps of applying the archive's decision that need the clerk: why a file was
 * refused, what it will do (destroying cannot be undone), and what it did.
 */
export function DecisionDialog({ state, working, onConfirm, onClose }: DecisionDialogProps) {
  const { t } = useTranslation();
  const closeButton = (
    <button type="button" className="button button--primary" onClick={onClose}>
      {t('common.actions.close')}
    </button>
  );

  if (state.step === 'refused') {
    return (
      <Dialog
        open
        title={t('recordsOffice.decisionDialog.refusedTitle')}
        onClose={onClose}
        footer={closeButton}
      >
        {state.fileName ? (
          <p className="records-office__note">
            {t('recordsOffice.decisionDialog.file', { name: state.fileName })}
          </p>
        ) : null}
        <div role="alert" className="records-office-decision__refused">
          <p>{t('recordsOffice.decisionDialog.refused')}</p>
          <ul>
            {state.problems.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        </div>
      </Dialog>
    );
  }

  if (state.step === 'done') {
    const { outcome } = state;
    return (
      <Dialog
        open
        title={t('recordsOffice.decisionDialog.doneTitle')}
        onClose={onClose}
        footer={closeButton}
      >
        <ul className="records-office-decision__counts" role="status">
          <li>{t('recordsOffice.decisionDialog.archived', { count: outcome.archived })}</li>
          <li>{t('recordsOffice.decisionDialog.destroyed', { count: outcome.destroyed })}</li>
          <li>{t('recordsOffice.decisionDialog.excluded', { count: outcome.excluded })}</li>
          <li>{t('recordsOffice.decisionDialog.inspect', { count: outcome.inspect })}</li>
        </ul>
      </Dialog>
    );
  }

  const { counts, undecided, alreadyDecided } = state.preview;
  return (
    <Dialog
      open
      title={t('recordsOffice.decisionDialog.confirmTitle')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button
            type="button"
            className={counts.destroy > 0 ? 'button button--danger' : 'button button--primary'}
            disabled={working}
            onClick={onConfirm}
          >
            {counts.destroy > 0
              ? t('recordsOffice.decisionDialog.confirmDestroy', { count: counts.destroy })
              : t('recordsOffice.decisionDialog.confirm')}
          </button>
        </>
      }
    >
      <p className="records-office__note">
        {t('recordsOffice.decisionDialog.file', { name: state.fileName })}
      </p>
      <ul className="records-office-decision__counts">
        <li>{t('recordsOffice.decisionDialog.willArchive', { count: counts.archive })}</li>
        <li className={counts.destroy > 0 ? 'records-office-decision__destroy' : undefined}>
          {t('recordsOffice.decisionDialog.willDestroy', { count: counts.destroy })}
        </li>
        {counts.exclude > 0 ? (
          <li>{t('recordsOffice.decisionDialog.willExclude', { count: counts.exclude })}</li>
        ) : null}
        {counts.inspect > 0 ? (
          <li>{t('recordsOffice.decisionDialog.willInspect', { count: counts.inspect })}</li>
        ) : null}
        {undecided > 0 ? (
          <li>{t('recordsOffice.decisionDialog.undecided', { count: undecided })}</li>
        ) : null}
        {alreadyDecided > 0 ? (
          <li>{t('recordsOffice.decisionDialog.alreadyDecided', { count: alreadyDecided })}</li>
        ) : null}
      </ul>
      {counts.destroy > 0 ? (
        <p className="records-office-decision__warning" role="note">
          {t('recordsOffice.decisionDialog.irreversible', { count: counts.destroy })}
        </p>
      ) : null}
    </Dialog>
  );
}
