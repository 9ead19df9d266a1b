import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { takeOver } from '../db/commands/recordsOffice/custody';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { useNotify } from '../ui/useNotify';
import type { HoldingRow } from './holdingRows';
import { useCommandForm } from './useCommandForm';

const TAKE_OVER_FIELDS = ['location'];

/** The records office takes over a handed-over record and notes where it stores it. */
export function TakeOverDialog({ row, onClose }: { row: HoldingRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const notify = useNotify();
  const form = useCommandForm(TAKE_OVER_FIELDS);
  const firstField = useRef<HTMLInputElement>(null);
  // The dialog focuses its first button on opening; the clerk starts typing here instead.
  useEffect(() => firstField.current?.focus(), []);
  const [location, setLocation] = useState('');

  const submit = async () => {
    const done = await form.run(() =>
      takeOver(db, { type: row.type, id: row.id }, { location: location.trim() || null }),
    );
    if (done) {
      notify.success(t('recordsOffice.takeOver.done', { reference: row.reference }));
      onClose();
    }
  };

  return (
    <Dialog
      open
      title={t('recordsOffice.takeOver.title', { reference: row.reference })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button
            type="submit"
            form="records-office-take-over-form"
            className="button button--primary"
            disabled={form.working}
          >
            {t('recordsOffice.takeOver.confirm')}
          </button>
        </>
      }
    >
      <form
        id="records-office-take-over-form"
        className="records-office-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p>{row.title}</p>
        <Field
          label={t('recordsOffice.takeOver.location')}
          hint={t('recordsOffice.takeOver.locationHint')}
          error={form.fieldErrors.location}
        >
          <input
            className="input"
            ref={firstField}
            value={location}
            maxLength={200}
            onChange={(event) => setLocation(event.target.value)}
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
