import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentCaseFileSection } from '../caseFiles/DocumentCaseFileSection';
import { DispatchPanel } from '../dispatch/DispatchPanel';
import { LetterPanel } from '../signing/ui/LetterPanel';
import { GuardedButton } from '../caseFiles/GuardedButton';
import { CancelDialog } from './CancelDialog';
import { EditDialog } from './EditDialog';
import { KeepingAction, KeptBadge } from './KeepingAction';
import { editRefusal } from './editGuard';
import { DocumentFields } from './DocumentFields';
import { DocumentFiles } from './DocumentFiles';
import { DocumentLog } from './DocumentLog';
import { LetterDraftActions } from '../letters/ui/LetterDraftActions';
import { ConversionActions } from '../conversion/ui/ConversionActions';
// The intake screen's stamp dialog prints the label at its real size; the journal reuses it.
import { StampDialog } from '../stamp/StampDialog';
import { DetailFrame } from '../ui/DetailFrame';
import { useDocumentDetail } from './useDocumentDetail';

export interface DetailPaneProps {
  pid: string;
  onClose: () => void;
}

/** The selected document in full: fields, files, transaction log, and what can be done with it. */
export function DetailPane({ pid, onClose }: DetailPaneProps) {
  const { t } = useTranslation();
  const detail = useDocumentDetail(pid);
  const [dialog, setDialog] = useState<'stamp' | 'edit' | 'cancel' | null>(null);
  const doc = detail?.doc ?? null;

  return (
    <DetailFrame
      titleId="journal-detail-title"
      kicker={t('journal.detail.region')}
      title={doc ? doc.referenceNumber : t('journal.detail.region')}
      closeLabel={t('journal.detail.close')}
      onClose={onClose}
      found={detail === undefined ? undefined : Boolean(detail && doc)}
      loadingText={t('journal.detail.loading')}
      missingText={t('journal.detail.missing')}
    >
      {detail && doc ? (
        <>
          {doc.state === 'cancelled' ? (
            <p className="journal-detail__cancelled" role="note">
              {t('journal.detail.cancelledBanner')}
            </p>
          ) : null}
          {doc.essl?.keptHere ? <KeptBadge /> : null}
          <div
            className="journal-detail__actions"
            role="group"
            aria-label={t('journal.detail.actions.label')}
          >
            <button
              type="button"
              className="button button--small"
              onClick={() => setDialog('stamp')}
            >
              {t('journal.detail.actions.stamp')}
            </button>
            <GuardedButton
              label={t('journal.detail.actions.edit')}
              refusal={editRefusal(doc)}
              onClick={() => setDialog('edit')}
              small
            />
            <KeepingAction doc={doc} />
            <LetterDraftActions doc={doc} />
            <ConversionActions doc={doc} files={detail.files} />
            {doc.state !== 'cancelled' ? (
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => setDialog('cancel')}
              >
                {t('journal.detail.actions.cancel')}
              </button>
            ) : null}
          </div>
          <DocumentFields doc={doc} fileMarkTitle={detail.fileMarkTitle} />
          <DocumentCaseFileSection doc={doc} />
          <LetterPanel doc={doc} />
          <DispatchPanel doc={doc} files={detail.files} />
          <DocumentFiles files={detail.files} />
          <DocumentLog entries={detail.log} />
          <StampDialog
            // An edit changes what the stamp prints (sheets, attachments): render it anew.
            key={doc.revision}
            pid={doc.pid}
            referenceNumber={doc.referenceNumber}
            open={dialog === 'stamp'}
            onClose={() => setDialog(null)}
          />
          {dialog === 'edit' ? <EditDialog doc={doc} onClose={() => setDialog(null)} /> : null}
          {dialog === 'cancel' ? <CancelDialog doc={doc} onClose={() => setDialog(null)} /> : null}
        </>
      ) : null}
    </DetailFrame>
  );
}
