import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkCaseFileMask,
  DEFAULT_CASE_FILE_MASK,
  formatCaseFileReference,
} from '../../common/domain/caseFile';
import { officeYear } from '../../common/domain/time';
import { useServices } from '../app/services';
import { updateCaseFileMask } from '../db/commands/updateCaseFileMask';
import { CommandError } from '../db/errors';
import { getSetting } from '../db/settings';
import { errorText, issueText } from '../i18n';
import { Field } from '../ui/Field';
import { useNotify } from '../ui/useNotify';
import { SettingsCard } from './SettingsCard';

/** The mark an example reference shows for `{mark}`. */
const EXAMPLE_MARK = '1.1';

interface Stored {
  mask: string;
  abbreviation: string;
  year: number;
  nextSequence: number;
}

function useStoredMask(): Stored | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const year = officeYear(new Date());
    const [mask, organization, sequence] = await Promise.all([
      getSetting(db, 'caseFileMask'),
      getSetting(db, 'organization'),
      db.caseFileSequences.get(year),
    ]);
    return {
      mask: mask ?? DEFAULT_CASE_FILE_MASK,
      abbreviation: organization?.abbreviation ?? '',
      year,
      nextSequence: (sequence?.last ?? 0) + 1,
    };
  }, [db]);
}

/** Spisová značka: the mask of case-file references, with the reference the next file gets. */
export function CaseFileMaskSection() {
  const { t } = useTranslation();
  const stored = useStoredMask();
  return (
    <SettingsCard
      title={t('settings.caseFileMask.title')}
      description={t('settings.caseFileMask.description')}
    >
      {stored ? (
        <CaseFileMaskForm key={stored.mask} stored={stored} />
      ) : (
        <p aria-busy="true">{t('settings.caseFileMask.loading')}</p>
      )}
    </SettingsCard>
  );
}

function CaseFileMaskForm({ stored }: { stored: Stored }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const notify = useNotify();
  const [mask, setMask] = useState(stored.mask);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const trimmed = mask.trim();
  const example =
    checkCaseFileMask(trimmed).length === 0
      ? formatCaseFileReference(trimmed, {
          abbreviation: stored.abbreviation || '…',
          sequence: stored.nextSequence,
          year: stored.year,
          fileMark: EXAMPLE_MARK,
        })
      : null;

  const save = async () => {
    if (trimmed === stored.mask) {
      notify.info(t('settings.caseFileMask.unchanged'));
      return;
    }
    setSaving(true);
    setErrors([]);
    try {
      await updateCaseFileMask(db, mask);
      notify.success(t('settings.caseFileMask.saved'));
    } catch (caught) {
      setErrors(
        caught instanceof CommandError && caught.issues.length > 0
          ? caught.issues.map((issue) => issueText(t, issue))
          : [errorText(t, caught)],
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="settings-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="settings-form__wide settings-mask">
        <Field
          label={t('settings.caseFileMask.label')}
          hint={t('settings.caseFileMask.hint')}
          error={errors.length > 0 ? errors.join(' ') : null}
          required
        >
          <input
            className="input settings-mask__input"
            value={mask}
            spellCheck={false}
            autoComplete="off"
            maxLength={80}
            onChange={(event) => setMask(event.target.value)}
          />
        </Field>
        <p className="settings-mask__example">
          <span>{t('settings.caseFileMask.example')}</span>{' '}
          <output
            data-testid="case-file-mask-example"
            className={
              example
                ? 'settings-mask__value'
                : 'settings-mask__value settings-mask__value--invalid'
            }
          >
            {example ?? t('settings.caseFileMask.exampleInvalid')}
          </output>
        </p>
        <p className="settings-note">{t('settings.caseFileMask.newOnly')}</p>
      </div>
      <div className="settings-form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('settings.caseFileMask.saving') : t('settings.caseFileMask.save')}
        </button>
      </div>
    </form>
  );
}
