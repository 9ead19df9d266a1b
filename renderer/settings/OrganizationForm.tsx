import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationProfile } from '../../common/contract/types';
import { useServices } from '../app/services';
import { updateOrganization } from '../db/commands/updateOrganization';
import { CommandError } from '../db/errors';
import { Field } from '../ui/Field';
import { useNotify } from '../ui/useNotify';
import { HandlersEditor } from './HandlersEditor';
import { ReferenceMaskField } from './ReferenceMaskField';
import { useNumberingState } from './useNumberingState';
import { draftFrom, useOrganizationDraft } from './useOrganizationDraft';
import type { StoredOrganizationSettings } from './useOrganizationSettings';

export interface OrganizationFormProps {
  stored: StoredOrganizationSettings;
}

type TextField = Exclude<keyof OrganizationProfile, 'referenceMask'>;

/** Organisation, current user and handlers, saved together through `updateOrganization`. */
export function OrganizationForm({ stored }: OrganizationFormProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const notify = useNotify();
  const numbering = useNumberingState();
  const form = useOrganizationDraft(stored);
  const { draft } = form;
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const pidLocked = stored.organization !== undefined && numbering?.hasDocuments === true;

  useEffect(() => {
    if (focusRequest > 0)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const text = (
    field: TextField,
    options: { required?: boolean; hint?: string; wide?: boolean; maxLength: number },
  ) => (
    <Field
      label={t(`settings.organization.${field}`)}
      hint={options.hint}
      required={options.required}
      error={form.errorFor(`organization.${field}`)}
      className={options.wide ? 'settings-form__wide' : undefined}
    >
      <input
        className="input"
        value={draft.organization[field]}
        maxLength={options.maxLength}
        autoComplete="off"
        onChange={(event) => form.setField(field, event.target.value)}
        onBlur={() => form.touch(`organization.${field}`)}
      />
    </Field>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.markSubmitted();
    if (!form.validated.ok) {
      setFocusRequest((count) => count + 1);
      return;
    }
    setSaving(true);
    try {
      const result = await updateOrganization(db, draft, new Date());
      form.reset({
        organization: result.organization,
        currentUser: result.currentUser,
        handlers: result.handlers,
      });
      if (result.changed.length === 0) notify.info(t('settings.organization.unchanged'));
      else
        notify.success(
          t(stored.organization ? 'settings.organization.saved' : 'settings.firstRun.done'),
        );
    } catch (error) {
      if (error instanceof CommandError && error.issues.length > 0) {
        form.setCommandIssues(error.issues);
        setFocusRequest((count) => count + 1);
      }
      notify.failure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="settings-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <div className="settings-form__grid">
        {text('name', {
          required: true,
          wide: true,
          hint: t('settings.organization.nameHint'),
          maxLength: 240,
        })}
        {text('abbreviation', {
          required: true,
          hint: t('settings.organization.abbreviationHint'),
          maxLength: 40,
        })}
        <Field
          label={t('settings.organization.pidPrefix')}
          hint={t(
            pidLocked
              ? 'settings.organization.pidPrefixLocked'
              : 'settings.organization.pidPrefixHint',
          )}
          required
          error={form.errorFor('organization.pidPrefix')}
        >
          <input
            className="input"
            value={draft.organization.pidPrefix}
            readOnly={pidLocked}
            maxLength={40}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => form.setField('pidPrefix', event.target.value)}
            onBlur={() => form.touch('organization.pidPrefix')}
          />
        </Field>
        <ReferenceMaskField
          mask={draft.organization.referenceMask}
          abbreviation={draft.organization.abbreviation}
          error={form.errorFor('organization.referenceMask')}
          onChange={(mask) => {
            form.setField('referenceMask', mask);
            form.touch('organization.referenceMask');
          }}
        />
        {text('ico', { hint: t('settings.organization.icoHint'), maxLength: 20 })}
        {text('dataBoxId', { hint: t('settings.organization.dataBoxIdHint'), maxLength: 20 })}
        {text('address', { wide: true, maxLength: 340 })}
      </div>

      <fieldset className="settings-form__people">
        <legend>{t('settings.organization.people')}</legend>
        <Field
          label={t('settings.organization.currentUser')}
          hint={t('settings.organization.currentUserHint')}
          required
          error={form.errorFor('currentUser')}
        >
          <input
            className="input"
            value={draft.currentUser}
            maxLength={160}
            autoComplete="name"
            onChange={(event) => form.setCurrentUser(event.target.value)}
            onBlur={() => form.touch('currentUser')}
          />
        </Field>
        <HandlersEditor
          currentUser={draft.currentUser}
          handlers={draft.handlers}
          onChange={form.setHandlers}
        />
      </fieldset>

      <div className="settings-form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t(saving ? 'settings.organization.saving' : 'settings.organization.save')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!form.dirty || saving}
          onClick={() => form.reset(draftFrom(stored))}
        >
          {t('settings.organization.reset')}
        </button>
        {form.submitted && !form.validated.ok ? (
          <span className="settings-form__summary">{t('errors.validation')}</span>
        ) : null}
      </div>
    </form>
  );
}
