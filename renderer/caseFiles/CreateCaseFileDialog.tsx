import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_FILE_TITLE_MAX } from '../../common/domain/caseFile';
import type { DocumentRecord } from '../../common/domain/document';
import { findClassifiable } from '../../common/domain/filePlan';
import { officeDateString } from '../../common/domain/time';
import { useServices } from '../app/services';
import { createCaseFile } from '../db/commands/caseFiles/createCaseFile';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { FileMarkSelect } from '../ui/FileMarkSelect';
import { useCommand } from '../ui/useCommand';
import { modeText, retentionText } from './format';
import { useClassificationChoices } from './useClassificationChoices';
import { useFocusOnOpen } from '../ui/useFocusOnOpen';

export interface CreateCaseFileDialogProps {
  /** The initiating document; absent for a case file created empty. */
  initiator?: DocumentRecord;
  onClose: () => void;
  onCreated?: (id: string) => void;
}

const FIELDS = ['title', 'fileMark', 'handler'] as const;

/**
 * Založení spisu: its title, the file mark open today (which brings the retention rule
 * and whether the file is a collection sheet or linked) and who handles it.
 */
export function CreateCaseFileDialog({ initiator, onClose, onCreated }: CreateCaseFileDialogProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const choices = useClassificationChoices();
  const command = useCommand();
  const [title, setTitle] = useState(initiator?.subject ?? '');
  const [fileMark, setFileMark] = useState<string | null>(null);
  const [handler, setHandler] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  useFocusOnOpen(titleRef);

  const today = officeDateString(new Date());
  const groups = choices?.groups ?? [];
  // The document's mark is offered when it still classifies today.
  const defaultMark =
    initiator && findClassifiable(groups, initiator.fileMark, today) ? initiator.fileMark : '';
  const mark = fileMark ?? defaultMark;
  const person = handler ?? initiator?.handler ?? choices?.currentUser ?? '';
  const group = mark ? findClassifiable(groups, mark, today) : undefined;
  const handlers = choices?.handlers ?? [];

  const submit = async () => {
    if (!mark) {
      command.showIssues([{ path: 'fileMark', message: 'validation.fileMark.required' }]);
      return;
    }
    const created: { id: string; reference: string } = { id: '', reference: '' };
    const ok = await command.run(
      async () => {
        Object.assign(
          created,
          await createCaseFile(db, {
            title,
            fileMark: mark,
            handler: person,
            initiatorPid: initiator?.pid ?? null,
          }),
        );
      },
      () => t('caseFiles.create.done', { reference: created.reference }),
    );
    if (ok) {
      onClose();
      onCreated?.(created.id);
    }
  };

  const markMissing = command.fieldError('fileMark');
  return (
    <CommandDialog
      title={
        initiator
          ? t('caseFiles.create.titleFrom', { referenceNumber: initiator.referenceNumber })
          : t('caseFiles.create.title')
      }
      onClose={onClose}
      confirmLabel={t('caseFiles.create.confirm')}
      workingLabel={t('caseFiles.working')}
      working={command.working}
      onSubmit={submit}
      failure={command.failure}
      failureDetails={command.otherIssues(FIELDS)}
    >
      {initiator ? (
        <p className="case-form__note">
          {t('caseFiles.create.initiatorNote', { referenceNumber: initiator.referenceNumber })}
        </p>
      ) : null}
      <Field
        label={t('caseFiles.fields.title')}
        required
        error={command.fieldError('title')}
        hint={t('caseFiles.create.titleHint', { max: CASE_FILE_TITLE_MAX })}
      >
        <input
          ref={titleRef}
          className="input"
          value={title}
          maxLength={CASE_FILE_TITLE_MAX}
          onChange={(event) => setTitle(event.target.value)}
        />
      </Field>
      <Field
        label={t('caseFiles.fields.fileMark')}
        required
        error={markMissing}
        hint={
          group?.retention
            ? t('caseFiles.create.markHint', { retention: retentionText(t, group.retention) })
            : t('caseFiles.create.markHintEmpty')
        }
      >
        <FileMarkSelect
          groups={groups}
          value={mark}
          onChange={setFileMark}
          emptyLabel={t('caseFiles.create.fileMarkEmpty')}
        />
      </Field>
      {group ? (
        <p className="case-form__mode" data-testid="case-create-mode">
          {t('caseFiles.fields.mode')}:{' '}
          <strong>{modeText(t, group.caseFileMode ?? 'linking')}</strong>
          {' — '}
          {t(`caseFiles.modeExplained.${group.caseFileMode ?? 'linking'}`)}
        </p>
      ) : null}
      <Field label={t('caseFiles.fields.handler')} required error={command.fieldError('handler')}>
        <select
          className="select"
          value={person}
          onChange={(event) => setHandler(event.target.value)}
        >
          {person && !handlers.includes(person) ? <option value={person}>{person}</option> : null}
          {handlers.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </Field>
    </CommandDialog>
  );
}
