import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberSource } from './useNumberSource';
import {
  checkCaseFileMask,
  DEFAULT_CASE_FILE_MASK,
  formatCaseFileReference,
} from '../../common/domain/caseFile';
import { officeYear } from '../../common/domain/time';
import { useServices } from '../app/services';
import { updateCaseFileMask } from '../db/commands/updateCaseFileMask';
import { getSetting } from '../db/settings';
import { MaskField } from '../ui/MaskField';
import { useCommand } from '../ui/useCommand';
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
  const command = useCommand();
  const [mask, setMask] = useState(stored.mask);
  const source = useNumberSource();
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
  // Every problem of the mask is about the one field.
  const issues = command.otherIssues([]);

  const save = async () => {
    if (trimmed === stored.mask) {
      notify.info(t('settings.caseFileMask.unchanged'));
      return;
    }
    await command.run(
      () => updateCaseFileMask(db, mask),
      () => t('settings.caseFileMask.saved'),
    );
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
      <MaskField
        label={t('settings.caseFileMask.label')}
        hint={t('settings.caseFileMask.hint')}
        value={mask}
        error={issues.length > 0 ? issues.join(' ') : command.failure}
        onChange={setMask}
        exampleLabel={t('settings.caseFileMask.example')}
        example={example}
        exampleInvalid={t('settings.caseFileMask.exampleInvalid')}
        exampleTestId="case-file-mask-example"
        note={
          source === 'essl'
            ? t('settings.caseFileMask.numbersFromEssl')
            : t('settings.caseFileMask.newOnly')
        }
      />
      <div className="settings-form__actions">
        <button type="submit" className="button button--primary" disabled={command.working}>
          {command.working ? t('settings.caseFileMask.saving') : t('settings.caseFileMask.save')}
        </button>
      </div>
    </form>
  );
}
