import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictRecord } from '../../../common/domain/sync';
import { useServices } from '../../app/services';
import { Dialog } from '../../ui/Dialog';
import { ConfirmButtons } from '../../ui/DialogButtons';
import { FormFailure } from '../../ui/FormFailure';
import { useCommand } from '../../ui/useCommand';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import { resolveConflict, type FieldChoice } from '../commands/resolveConflict';
import { ConflictTable } from './ConflictTable';
import { fieldNameText } from './fieldValue';

type Choices = Record<string, FieldChoice | undefined>;

function allOf(conflict: ConflictRecord, choice: FieldChoice): Record<string, FieldChoice> {
  return Object.fromEntries(conflict.fields.map((field) => [field.field, choice]));
}

/**
 * One conflict side by side: keep all of this device's edit, take all of the eSSL's
 * version, or choose per field and save the choice. Nothing is decided for the clerk:
 * no field starts chosen.
 */
export function ConflictDialog({
  conflict,
  onClose,
}: {
  conflict: ConflictRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const formId = useId();
  const tableId = useId();
  const [choices, setChoices] = useState<Choices>({});
  const [missing, setMissing] = useState<string | null>(null);
  const introRef = useRef<HTMLParagraphElement>(null);
  useFocusOnOpen(introRef);

  const resolve = async (chosen: Record<string, FieldChoice>) => {
    setMissing(null);
    let outcome: Awaited<ReturnType<typeof resolveConflict>> = 'merged';
    const done = await command.run(
      async () => {
        outcome = await resolveConflict(db, conflict.id, chosen);
      },
      () => t(`sync.conflict.done.${outcome}`),
    );
    if (done) onClose();
  };

  const saveChoice = () => {
    const open = conflict.fields.filter((field) => !choices[field.field]);
    if (open.length > 0) {
      setMissing(
        t('errors.sync.conflictChoiceMissing', {
          fields: open.map((field) => fieldNameText(t, field.field)).join(', '),
        }),
      );
      return;
    }
    void resolve(choices as Record<string, FieldChoice>);
  };

  return (
    <Dialog
      open
      wide
      title={t('sync.conflict.title', { reference: conflict.label })}
      onClose={onClose}
      footer={
        <ConfirmButtons
          onCancel={onClose}
          form={formId}
          confirmLabel={t('sync.conflict.save')}
          workingLabel={t('sync.conflict.working')}
          working={command.working}
        >
          <button
            type="button"
            className="button"
            disabled={command.working}
            onClick={() => void resolve(allOf(conflict, 'mine'))}
          >
            {t('sync.conflict.allMine')}
          </button>
          <button
            type="button"
            className="button"
            disabled={command.working}
            onClick={() => void resolve(allOf(conflict, 'theirs'))}
          >
            {t('sync.conflict.allTheirs')}
          </button>
        </ConfirmButtons>
      }
    >
      <form
        id={formId}
        className="dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          saveChoice();
        }}
      >
        <p ref={introRef} tabIndex={-1}>
          {t('sync.conflict.intro')}
        </p>
        <ConflictTable
          idPrefix={tableId}
          fields={conflict.fields}
          choices={choices}
          onChoose={(field, choice) => {
            setMissing(null);
            setChoices((current) => ({ ...current, [field]: choice }));
          }}
        />
        <FormFailure text={missing ?? command.failure} />
      </form>
    </Dialog>
  );
}
