import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../common/domain/document';
import { useServices } from '../app/services';
import { updateDocument } from '../db/commands/updateDocument';
import { FieldErrorsContext } from '../intake/fieldErrors';
import { PartyEditor } from '../intake/PartyEditor';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { useCommand } from '../ui/useCommand';
import { useFocusOnOpen } from '../ui/useFocusOnOpen';
import {
  buildDocumentEdit,
  editFieldKeys,
  editFormOf,
  partyFormOf,
  type EditForm,
  type EditPartyForm,
} from './editForm';
// The party editor is the intake's; its layout comes with it.
import '../styles/intake.css';

/** Pasted line breaks become spaces: the subject is one line of the journal. */
const oneLine = (text: string) => text.replace(/\r?\n|\r/g, ' ');

const countPatch = (key: 'sheets' | 'attachmentCount', value: string): Partial<EditForm> =>
  key === 'sheets' ? { sheets: value } : { attachmentCount: value };

/**
 * "Upravit": corrects what a document says — subject, sender or addressees, the
 * sender's reference, sheets, attachments, note. The command checks everything and
 * says what is wrong at the field; its number and classification are not edited here.
 */
export function EditDialog({ doc, onClose }: { doc: DocumentRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const [form, setForm] = useState<EditForm>(() => editFormOf(doc));
  const subjectRef = useRef<HTMLTextAreaElement>(null);
  useFocusOnOpen(subjectRef);
  const incoming = doc.direction === 'incoming';
  const shown = editFieldKeys(doc.direction, form.addressees.length);

  const update = (patch: Partial<EditForm>) => setForm((current) => ({ ...current, ...patch }));
  const updateAddressee = (index: number, patch: Partial<EditPartyForm>) =>
    setForm((current) => ({
      ...current,
      addressees: current.addressees.map((party, at) =>
        at === index ? { ...party, ...patch } : party,
      ),
    }));

  const submit = async () => {
    let changed: string[] = [];
    const done = await command.run(
      async () => {
        ({ changed } = await updateDocument(db, doc.pid, buildDocumentEdit(form, doc.direction)));
      },
      () =>
        changed.length > 0
          ? t('journal.edit.done', { referenceNumber: doc.referenceNumber })
          : t('journal.edit.unchanged'),
    );
    if (done) onClose();
  };

  const countField = (key: 'sheets' | 'attachmentCount') => (
    <Field label={t(`journal.edit.${key}`)} required error={command.fieldError(key)}>
      <input
        className="input intake-number"
        data-field={key}
        inputMode="numeric"
        autoComplete="off"
        value={form[key]}
        onChange={(event) => update(countPatch(key, event.target.value))}
      />
    </Field>
  );

  return (
    <CommandDialog
      title={t('journal.edit.title', { referenceNumber: doc.referenceNumber })}
      onClose={onClose}
      wide
      confirmLabel={t('journal.edit.confirm')}
      workingLabel={t('journal.edit.working')}
      working={command.working}
      onSubmit={submit}
      failure={command.generalFailure(shown)}
      failureDetails={command.failure ? command.otherIssues(shown) : undefined}
    >
      <p>{t('journal.edit.explanation')}</p>
      <FieldErrorsContext.Provider value={command.fieldError}>
        <Field label={t('journal.edit.subject')} required error={command.fieldError('subject')}>
          <textarea
            ref={subjectRef}
            className="textarea intake-subject"
            data-field="subject"
            rows={2}
            value={form.subject}
            onKeyDown={(event) => {
              // One line of the journal: Enter saves, as in the dialog's other fields.
              if (event.key !== 'Enter') return;
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }}
            onChange={(event) => update({ subject: oneLine(event.target.value) })}
          />
        </Field>
        {incoming ? (
          <>
            <PartyEditor
              party={form.sender}
              prefix="sender"
              legend={t('intake.sections.sender')}
              onChange={(patch) => update({ sender: { ...form.sender, ...patch } })}
            />
            <Field
              label={t('journal.edit.senderReference')}
              error={command.fieldError('senderReference')}
            >
              <input
                className="input"
                data-field="senderReference"
                autoComplete="off"
                value={form.senderReference}
                onChange={(event) => update({ senderReference: event.target.value })}
              />
            </Field>
          </>
        ) : (
          <fieldset className="intake-addressees">
            <legend>{t('intake.sections.addressees')}</legend>
            {form.addressees.map((party, index) => (
              <PartyEditor
                key={index}
                party={party}
                prefix={`addressees.${index}`}
                legend={t('intake.party.addressee', { number: index + 1 })}
                onChange={(patch) => updateAddressee(index, patch)}
                action={
                  form.addressees.length > 1 ? (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() =>
                        update({ addressees: form.addressees.filter((_, at) => at !== index) })
                      }
                    >
                      {t('intake.party.removeAddressee', { number: index + 1 })}
                    </button>
                  ) : null
                }
              />
            ))}
            {command.fieldError('addressees') ? (
              <p className="field__error" role="alert">
                {command.fieldError('addressees')}
              </p>
            ) : null}
            <button
              type="button"
              className="button"
              onClick={() => update({ addressees: [...form.addressees, partyFormOf(null)] })}
            >
              {t('intake.party.addAddressee')}
            </button>
          </fieldset>
        )}
        <div className="edit-dialog__counts">
          {countField('sheets')}
          {countField('attachmentCount')}
        </div>
        <Field label={t('journal.edit.note')} error={command.fieldError('note')}>
          <textarea
            className="textarea"
            data-field="note"
            rows={3}
            value={form.note}
            onChange={(event) => update({ note: event.target.value })}
          />
        </Field>
      </FieldErrorsContext.Provider>
    </CommandDialog>
  );
}
