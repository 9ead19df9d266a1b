import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { officeDateString } from '../../../../common/domain/time';
import { useServices } from '../../../app/services';
import { CommandDialog } from '../../../ui/CommandDialog';
import { useCommand } from '../../../ui/useCommand';
import { ElectronicToPaperBody } from './ElectronicToPaperBody';
import { submitElectronicToPaper, type ElectronicToPaperValues } from './electronicDraft';
import {
  defaultDescription,
  defaultInputDate,
  loadElectronicInput,
  messageOf,
} from './electronicInput';
import { useExamination } from './useExamination';
import '../conversionDialogs.css';

export interface ElectronicToPaperDialogProps {
  pid: string;
  /** The file to convert first; the clerk may choose another PDF of the document. */
  componentId?: string;
  onClose: () => void;
}

/** What the clerk changed; the rest follows the chosen file (description, date). */
type Edits = Partial<ElectronicToPaperValues>;

const FIELDS = ['description', 'inputDate', 'feeCzk', 'exemption', 'confirmInvalid'] as const;

/**
 * Konverze z elektronické do listinné podoby: the chosen PDF is verified by main, the
 * clerk confirms an input that did not verify, chooses one- or two-sided printing and
 * fills in the register's fields; the conversion is then prepared and waits for its
 * number from the conversion register (the printout comes on the Konverze screen).
 */
export function ElectronicToPaperDialog({
  pid,
  componentId,
  onClose,
}: ElectronicToPaperDialogProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const input = useLiveQuery(() => loadElectronicInput(db, pid), [db, pid]);
  const [chosenId, setChosenId] = useState<string | null>(componentId ?? null);
  const [edits, setEdits] = useState<Edits>({});

  const selected = input?.pdfs.find((file) => file.id === chosenId) ?? input?.pdfs[0] ?? null;
  const message = input && selected ? messageOf(input.messages, selected.id) : null;
  const examination = useExamination(selected);
  const today = officeDateString(new Date());

  const values: ElectronicToPaperValues = {
    duplex: false,
    confirmedInvalid: false,
    description: input?.doc && selected ? defaultDescription(input.doc, selected, message) : '',
    inputDate: input?.doc ? defaultInputDate(input.doc, message) : '',
    official: true,
    feeCzk: '',
    exemption: '',
    ...edits,
  };

  const select = (id: string) => {
    setChosenId(id);
    // Another file: its own description, date and verification (and its own confirmation).
    setEdits(({ description: _description, inputDate: _inputDate, ...kept }) => ({
      ...kept,
      confirmedInvalid: false,
    }));
  };

  const reference = input?.doc.referenceNumber ?? '';
  const submit = async () => {
    if (!input || !selected) return;
    const ok = await command.run(
      () =>
        submitElectronicToPaper(db, {
          pid,
          component: selected,
          message,
          examination: examination.state?.status === 'done' ? examination.state.examination : null,
          values,
        }),
      () => t('conversionDialogs.electronic.done', { reference }),
    );
    if (ok) onClose();
  };

  return (
    <CommandDialog
      wide
      title={t('conversionDialogs.electronic.title', { reference })}
      onClose={onClose}
      confirmLabel={t('conversionDialogs.electronic.confirm')}
      // While the file is being verified the button waits without saying it prepares.
      workingLabel={command.working ? t('conversionDialogs.electronic.working') : undefined}
      working={command.working || !selected || examination.state?.status !== 'done'}
      onSubmit={submit}
      failure={command.generalFailure(FIELDS)}
      failureDetails={command.failure ? command.otherIssues(FIELDS) : undefined}
      testId="electronic-to-paper-dialog"
    >
      {input === undefined ? (
        <p role="status">{t('conversionDialogs.electronic.loading')}</p>
      ) : input === null ? (
        <p role="alert">{t('journal.detail.missing')}</p>
      ) : (
        <ElectronicToPaperBody
          input={input}
          selected={selected}
          message={message}
          examination={examination.state}
          values={values}
          onValues={(change) => setEdits((before) => ({ ...before, ...change }))}
          onSelect={select}
          onRetry={examination.retry}
          fieldError={command.fieldError}
          today={today}
        />
      )}
    </CommandDialog>
  );
}
