import { useTranslation } from 'react-i18next';
import { issueText } from '../i18n';
import { formatCalendarDate } from '../journal/format';
import { Dialog } from '../ui/Dialog';
import { CloseButton, ConfirmButtons } from '../ui/DialogButtons';
import { RefusalNotice } from '../ui/RefusalNotice';
import type { PlanImportState } from './usePlanImport';

export interface ImportPlanDialogProps {
  state: Exclude<PlanImportState, { step: 'idle' }>;
  working: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Why a plan file was refused, or what importing it will do — before anything is written. */
export function ImportPlanDialog({ state, working, onConfirm, onClose }: ImportPlanDialogProps) {
  const { t } = useTranslation();
  const fileLine = state.fileName ? (
    <p className="file-plan-import__file">
      {t('filePlan.importDialog.file', { name: state.fileName })}
    </p>
  ) : null;

  if (state.step === 'confirm') {
    const { preview } = state;
    return (
      <Dialog
        open
        title={t('filePlan.importDialog.confirmTitle')}
        onClose={onClose}
        footer={
          <ConfirmButtons
            onCancel={onClose}
            onConfirm={onConfirm}
            confirmLabel={t('filePlan.importDialog.confirm')}
            workingLabel={t('filePlan.importDialog.working')}
            working={working}
          />
        }
      >
        {fileLine}
        <dl className="file-plan-import__summary">
          <div>
            <dt>{t('filePlan.importDialog.planTitle')}</dt>
            <dd>{preview.title}</dd>
          </div>
          <div>
            <dt>{t('filePlan.importDialog.validFrom')}</dt>
            <dd>{formatCalendarDate(preview.validFrom)}</dd>
          </div>
          <div>
            <dt>{t('filePlan.importDialog.groups')}</dt>
            <dd>
              {t('filePlan.importDialog.groupCount', {
                count: preview.groups,
                classifiable: preview.classifiable,
              })}
            </dd>
          </div>
          <div>
            <dt>{t('filePlan.importDialog.retiring')}</dt>
            <dd>{t('filePlan.importDialog.retiringCount', { count: preview.retiring })}</dd>
          </div>
        </dl>
        {preview.legacy ? (
          <p className="file-plan-header__legacy" role="note">
            {t('filePlan.header.legacy')}
          </p>
        ) : null}
        <p>{t('filePlan.importDialog.history')}</p>
      </Dialog>
    );
  }

  const problems =
    state.step === 'issues'
      ? state.issues.map((issue) =>
          issue.path
            ? t('filePlan.importDialog.issueAt', { path: issue.path, text: issueText(t, issue) })
            : issueText(t, issue),
        )
      : [state.message];
  return (
    <Dialog
      open
      title={t('filePlan.importDialog.refusedTitle')}
      onClose={onClose}
      footer={<CloseButton onClose={onClose} />}
    >
      {fileLine}
      <RefusalNotice intro={t('filePlan.importDialog.refused')} problems={problems} />
    </Dialog>
  );
}
