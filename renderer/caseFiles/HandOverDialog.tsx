import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import { useServices } from '../app/services';
import { handOver } from '../db/commands/recordsOffice/custody';
import { Dialog } from '../ui/Dialog';
import { useCommand } from './useCommand';
import { useFocusOnOpen } from './useFocusOnOpen';

/** Předání spisu do spisovny: a confirmation, since the file then leaves the office's hands. */
export function HandOverDialog({
  caseFile,
  onClose,
}: {
  caseFile: CaseFileRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useFocusOnOpen(confirmRef);

  const submit = async () => {
    const ok = await command.run(
      () => handOver(db, { type: 'caseFile', id: caseFile.id }),
      () => t('caseFiles.handOver.done', { reference: caseFile.reference }),
    );
    if (ok) onClose();
  };

  return (
    <Dialog
      open
      title={t('caseFiles.handOver.title', { reference: caseFile.reference })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button
            ref={confirmRef}
            type="button"
            className="button button--primary"
            disabled={command.working}
            onClick={() => void submit()}
          >
            {command.working ? t('caseFiles.working') : t('caseFiles.handOver.confirm')}
          </button>
        </>
      }
    >
      <p>{t('caseFiles.handOver.explanation', { count: caseFile.documentCount })}</p>
      {command.failure ? (
        <p className="field__error" role="alert">
          {command.failure}
        </p>
      ) : null}
    </Dialog>
  );
}
