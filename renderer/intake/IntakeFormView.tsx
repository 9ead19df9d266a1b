import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilePlanGroup } from '../../common/domain/filePlan';
import { ClassificationFields } from './ClassificationFields';
import { ContentFields } from './ContentFields';
import { CreationFields } from './CreationFields';
import { DeliveryFields } from './DeliveryFields';
import { DirectionSwitch } from './DirectionSwitch';
import { useFieldError } from './fieldErrors';
import { PartyEditor } from './PartyEditor';
import { ScanFiles } from './ScanFiles';
import type { IntakeDraftApi } from './useIntakeDraft';

interface Props {
  edit: IntakeDraftApi;
  filePlan: FilePlanGroup[];
  handlers: string[];
  saving: boolean;
  onSave: () => void;
  onClear: () => void;
}

/** Enter in a text box must not save a half-filled document; Ctrl+Enter does, on purpose. */
function onFormKeyDown(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key !== 'Enter') return;
  if (event.ctrlKey || event.metaKey) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  } else if (event.target instanceof HTMLInputElement) {
    event.preventDefault();
  }
}

export function IntakeFormView({ edit, filePlan, handlers, saving, onSave, onClear }: Props) {
  const { t } = useTranslation();
  const errorOf = useFieldError();
  const { form, files, refusals } = edit.draft;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSave();
  };
  return (
    <form
      className="intake-form"
      noValidate
      onSubmit={submit}
      onKeyDown={onFormKeyDown}
      aria-labelledby="intake-title"
    >
      <DirectionSwitch value={form.direction} onChange={edit.setDirection} />
      <div className="intake-columns">
        <div className="intake-column">
          {form.direction === 'incoming' ? (
            <PartyEditor
              party={form.sender}
              prefix="sender"
              legend={t('intake.sections.sender')}
              onChange={edit.updateSender}
            />
          ) : (
            <fieldset className="intake-addressees">
              <legend>{t('intake.sections.addressees')}</legend>
              {form.addressees.map((party, index) => (
                <PartyEditor
                  key={index}
                  party={party}
                  prefix={`addressees.${index}`}
                  legend={t('intake.party.addressee', { number: index + 1 })}
                  onChange={(patch) => edit.updateAddressee(index, patch)}
                  action={
                    form.addressees.length > 1 ? (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => edit.removeAddressee(index)}
                      >
                        {t('intake.party.removeAddressee', { number: index + 1 })}
                      </button>
                    ) : null
                  }
                />
              ))}
              {errorOf('addressees') ? (
                <p className="field__error" role="alert">
                  {errorOf('addressees')}
                </p>
              ) : null}
              <button
                type="button"
                className="button"
                data-field="addressees"
                onClick={edit.addAddressee}
              >
                {t('intake.party.addAddressee')}
              </button>
            </fieldset>
          )}
          <ContentFields form={form} onChange={edit.updateForm} />
        </div>
        <div className="intake-column">
          {form.direction === 'incoming' ? (
            <DeliveryFields form={form} onChange={edit.updateForm} />
          ) : (
            <CreationFields form={form} onChange={edit.updateForm} />
          )}
          <ClassificationFields
            form={form}
            filePlan={filePlan}
            handlers={handlers}
            onChange={edit.updateForm}
          />
          <ScanFiles
            files={files}
            refusals={refusals}
            error={errorOf('files')}
            onAdd={edit.addFiles}
            onRemove={edit.removeFile}
            onDismissRefusals={edit.dismissRefusals}
          />
        </div>
      </div>
      <div className="intake-actions">
        <button
          type="submit"
          className="button button--primary button--large"
          disabled={saving}
          aria-keyshortcuts="Control+Enter"
        >
          {saving ? t('intake.actions.saving') : t('intake.actions.save')}
        </button>
        <span className="intake-actions__hint" aria-hidden="true">
          {t('intake.actions.saveShortcut')}
        </span>
        <button type="button" className="button intake-actions__clear" onClick={onClear}>
          {t('intake.actions.clear')}
        </button>
      </div>
    </form>
  );
}
