import { useFocusOnOpen } from '../ui/useFocusOnOpen';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { lend } from '../db/commands/recordsOffice/custody';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { useCommand } from '../ui/useCommand';
import type { HoldingRow } from './holdingRows';

const LEND_FIELDS = ['borrower', 'due'];

/** Lends a record out of the records office: to whom and until when (výpůjčka). */
export function LendDialog({ row, onClose }: { row: HoldingRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const firstField = useRef<HTMLInputElement>(null);
  // The dialog focuses its first button on opening; the clerk starts typing here instead.
  useFocusOnOpen(firstField);
  const [borrower, setBorrower] = useState('');
  const [due, setDue] = useState('');

  const submit = async () => {
    const done = await command.run(
      () => lend(db, { type: row.type, id: row.id }, { borrower, due: due || null }),
      () => t('recordsOffice.lend.done', { reference: row.reference, borrower }),
    );
    if (done) onClose();
  };

  return (
    <CommandDialog
      title={t('recordsOffice.lend.title', { reference: row.reference })}
      onClose={onClose}
      confirmLabel={t('recordsOffice.lend.confirm')}
      working={command.working}
      onSubmit={submit}
      failure={command.generalFailure(LEND_FIELDS)}
    >
      <p>{row.title}</p>
      <Field
        label={t('recordsOffice.lend.borrower')}
        required
        error={command.fieldError('borrower')}
      >
        <input
          className="input"
          ref={firstField}
          value={borrower}
          maxLength={200}
          onChange={(event) => setBorrower(event.target.value)}
        />
      </Field>
      <Field
        label={t('recordsOffice.lend.due')}
        hint={t('recordsOffice.lend.dueHint')}
        error={command.fieldError('due')}
      >
        <input
          type="date"
          className="input"
          value={due}
          onChange={(event) => setDue(event.target.value)}
        />
      </Field>
    </CommandDialog>
  );
}
