import { useFocusOnOpen } from '../ui/useFocusOnOpen';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { takeOver } from '../db/commands/recordsOffice/custody';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { useCommand } from '../ui/useCommand';
import type { HoldingRow } from './holdingRows';

const TAKE_OVER_FIELDS = ['location'];

/** The records office takes over a handed-over record and notes where it stores it. */
export function TakeOverDialog({ row, onClose }: { row: HoldingRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const firstField = useRef<HTMLInputElement>(null);
  // The dialog focuses its first button on opening; the clerk starts typing here instead.
  useFocusOnOpen(firstField);
  const [location, setLocation] = useState('');

  const submit = async () => {
    const done = await command.run(
      () => takeOver(db, { type: row.type, id: row.id }, { location: location.trim() || null }),
      () => t('recordsOffice.takeOver.done', { reference: row.reference }),
    );
    if (done) onClose();
  };

  return (
    <CommandDialog
      title={t('recordsOffice.takeOver.title', { reference: row.reference })}
      onClose={onClose}
      confirmLabel={t('recordsOffice.takeOver.confirm')}
      working={command.working}
      onSubmit={submit}
      failure={command.generalFailure(TAKE_OVER_FIELDS)}
    >
      <p>{row.title}</p>
      <Field
        label={t('recordsOffice.takeOver.location')}
        hint={t('recordsOffice.takeOver.locationHint')}
        error={command.fieldError('location')}
      >
        <input
          className="input"
          ref={firstField}
          value={location}
          maxLength={200}
          onChange={(event) => setLocation(event.target.value)}
        />
      </Field>
    </CommandDialog>
  );
}
