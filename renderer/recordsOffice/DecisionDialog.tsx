import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { CloseButton, ConfirmButtons } from '../ui/DialogButtons';
import { RefusalNotice } from '../ui/RefusalNotice';
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
  const closeButton = <CloseButton onClose={onClose} />;

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
        <RefusalNotice
          intro={t('recordsOffice.decisionDialog.refused')}
          problems={state.problems}
        />
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
        <ConfirmButtons
          onCancel={onClose}
          onConfirm={onConfirm}
          confirmLabel={
            counts.destroy > 0
              ? t('recordsOffice.decisionDialog.confirmDestroy', { count: counts.destroy })
              : t('recordsOffice.decisionDialog.confirm')
          }
          working={working}
          danger={counts.destroy > 0}
        />
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
