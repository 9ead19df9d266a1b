import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX } from '../../common/domain/caseFile';
import type { DocumentRecord } from '../../common/domain/document';
import { useServices } from '../app/services';
import { insertIntoCaseFile, moveToCaseFile } from '../db/commands/caseFiles/insertIntoCaseFile';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { useCommand } from '../ui/useCommand';
import { CaseFilePicker } from './CaseFilePicker';
import { useFocusOnOpen } from '../ui/useFocusOnOpen';

export interface ChooseCaseFileDialogProps {
  doc: DocumentRecord;
  /** Insert a stand-alone document, or move it from its file (then a reason is required). */
  mode: 'insert' | 'move';
  onClose: () => void;
}

/** Vložení do spisu / přesun do jiného spisu: pick an open case file. */
export function ChooseCaseFileDialog({ doc, mode, onClose }: ChooseCaseFileDialogProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  useFocusOnOpen(searchRef);
  const move = mode === 'move';

  const submit = async () => {
    const missing = [
      ...(target ? [] : [{ path: 'caseFileId', message: 'caseFiles.picker.required' }]),
      ...(move && !reason.trim()
        ? [{ path: 'reason', message: 'validation.reason.required' }]
        : []),
    ];
    if (missing.length > 0) {
      command.showIssues(missing);
      return;
    }
    const ok = await command.run(
      () =>
        move
          ? moveToCaseFile(db, { pid: doc.pid, caseFileId: target, reason })
          : insertIntoCaseFile(db, { pid: doc.pid, caseFileId: target }),
      () =>
        t(move ? 'caseFiles.move.done' : 'caseFiles.join.done', {
          referenceNumber: doc.referenceNumber,
        }),
    );
    if (ok) onClose();
  };

  return (
    <CommandDialog
      wide
      title={t(move ? 'caseFiles.move.title' : 'caseFiles.join.title', {
        referenceNumber: doc.referenceNumber,
      })}
      onClose={onClose}
      confirmLabel={t(move ? 'caseFiles.move.confirm' : 'caseFiles.join.confirm')}
      workingLabel={t('caseFiles.working')}
      working={command.working}
      onSubmit={submit}
      failure={command.generalFailure(['caseFileId', 'reason'])}
    >
      <p className="dialog-form__subject">{doc.subject}</p>
      <CaseFilePicker
        value={target}
        onChange={setTarget}
        exclude={doc.caseFileId}
        error={command.fieldError('caseFileId')}
        searchRef={searchRef}
      />
      {move ? (
        <Field
          label={t('caseFiles.move.reason')}
          required
          error={command.fieldError('reason')}
          hint={t('caseFiles.reasonHint', { max: REASON_MAX })}
        >
          <textarea
            className="textarea"
            value={reason}
            maxLength={REASON_MAX}
            onChange={(event) => setReason(event.target.value)}
          />
        </Field>
      ) : null}
    </CommandDialog>
  );
}
