import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { lend } from '../db/commands/recordsOffice/custody';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { useNotify } from '../ui/useNotify';
import type { HoldingRow } from './holdingRows';
import { useCommandForm } from './useCommandForm';

const LEND_FIELDS = ['borrower', 'due'];

/** Lends a record out of the records office: to whom and until when (výpůjčka). */
export function LendDialog({ row, onClose }: { row: HoldingRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const notify = useNotify();
  const form = useCommandForm(LEND_FIELDS);
  const firstField = useRef<HTMLInputElement>(null);
  // The dialog focuses its first button on opening; the clerk starts typing here instead.
  useEffect(() => firstField.current?.focus(), []);
  const [borrower, setBorrower] = useState('');
  const [due, setDue] = useState('');

  const submit = async () => {
    const done = await form.run(() =>
      lend(db, { type: row.type, id: row.id }, { borrower, due: due || null }),
    );
    if (done) {
      notify.success(t('recordsOffice.lend.done', { reference: row.reference, borrower }));
      onClose();
    }
  };

  return (
    <Dialog
      open
      title={t('recordsOffice.lend.title', { reference: row.reference })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button
            type="submit"
            form="records-office-lend-form"
            className="button button--primary"
            disabled={form.working}
          >
            {t('recordsOffice.lend.confirm')}
          </button>
        </>
      }
    >
      <form
        id="records-office-lend-form"
        className="records-office-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p>{row.title}</p>
        <Field label={t('recordsOffice.lend.borrower')} required error={form.fieldErrors.borrower}>
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
          error={form.fieldErrors.due}
        >
          <input
            type="date"
            className="input"
            value={due}
            onChange={(event) => setDue(event.target.value)}
          />
        </Field>
        {form.failure ? (
          <p className="field__error" role="alert">
            {form.failure}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
