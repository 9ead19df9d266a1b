import { useTranslation } from 'react-i18next';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import type { DocumentRecord } from '../../common/domain/document';
import { useServices } from '../app/services';
import { reopenCaseFile } from '../db/commands/caseFiles/closeCaseFile';
import { removeFromCaseFile } from '../db/commands/caseFiles/insertIntoCaseFile';
import { ChooseCaseFileDialog } from './ChooseCaseFileDialog';
import { CloseCaseFileDialog } from './CloseCaseFileDialog';
import { HandOverDialog } from './HandOverDialog';
import { InsertDocumentDialog } from './InsertDocumentDialog';
import { ReasonDialog } from './ReasonDialog';
import { SettleDialog } from './SettleDialog';

/** Which dialog of a case file is open, and for which document. */
export type CaseFileDialog =
  | { kind: 'insert' }
  | { kind: 'close' }
  | { kind: 'reopen' }
  | { kind: 'handOver' }
  | { kind: 'settle'; doc: DocumentRecord }
  | { kind: 'remove'; doc: DocumentRecord }
  | { kind: 'move'; doc: DocumentRecord };

/** The open dialog of the case-file detail (one at a time). */
export function CaseFileDialogs({
  caseFile,
  dialog,
  onClose,
}: {
  caseFile: CaseFileRecord;
  dialog: CaseFileDialog | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useServices();
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'insert':
      return <InsertDocumentDialog caseFile={caseFile} onClose={onClose} />;
    case 'close':
      return <CloseCaseFileDialog caseFile={caseFile} onClose={onClose} />;
    case 'handOver':
      return <HandOverDialog caseFile={caseFile} onClose={onClose} />;
    case 'reopen':
      return (
        <ReasonDialog
          title={t('caseFiles.reopen.title', { reference: caseFile.reference })}
          explanation={t('caseFiles.reopen.explanation')}
          reasonLabel={t('caseFiles.reopen.reason')}
          confirmLabel={t('caseFiles.reopen.confirm')}
          onSubmit={(reason) => reopenCaseFile(db, caseFile.id, reason)}
          doneText={() => t('caseFiles.reopen.done', { reference: caseFile.reference })}
          onClose={onClose}
        />
      );
    case 'settle':
      return <SettleDialog doc={dialog.doc} onClose={onClose} />;
    case 'remove':
      return <RemoveDialog doc={dialog.doc} reference={caseFile.reference} onClose={onClose} />;
    case 'move':
      return <ChooseCaseFileDialog doc={dialog.doc} mode="move" onClose={onClose} />;
  }
}

/** Vyjmutí ze spisu, with its reason; the document keeps its reference number. */
export function RemoveDialog({
  doc,
  reference,
  onClose,
}: {
  doc: DocumentRecord;
  reference: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useServices();
  return (
    <ReasonDialog
      title={t('caseFiles.remove.title', { referenceNumber: doc.referenceNumber })}
      explanation={t('caseFiles.remove.explanation', { reference })}
      reasonLabel={t('caseFiles.remove.reason')}
      confirmLabel={t('caseFiles.remove.confirm')}
      onSubmit={(reason) => removeFromCaseFile(db, { pid: doc.pid, reason })}
      doneText={() =>
        t('caseFiles.remove.done', { referenceNumber: doc.referenceNumber, reference })
      }
      onClose={onClose}
    />
  );
}
