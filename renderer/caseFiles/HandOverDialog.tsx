import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import { useServices } from '../app/services';
import { handOver } from '../db/commands/recordsOffice/custody';
import { CommandDialog } from '../ui/CommandDialog';
import { useCommand } from '../ui/useCommand';
import { useFocusOnOpen } from '../ui/useFocusOnOpen';

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
    <CommandDialog
      title={t('caseFiles.handOver.title', { reference: caseFile.reference })}
      onClose={onClose}
      confirmLabel={t('caseFiles.handOver.confirm')}
      workingLabel={t('caseFiles.working')}
      working={command.working}
      confirmRef={confirmRef}
      onSubmit={submit}
      failure={command.failure}
    >
      <p>{t('caseFiles.handOver.explanation', { count: caseFile.documentCount })}</p>
    </CommandDialog>
  );
}
