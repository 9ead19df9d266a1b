import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import { officeYear } from '../../common/domain/time';
import { useServices } from '../app/services';
import { closeCaseFile } from '../db/commands/caseFiles/closeCaseFile';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { useCommand } from '../ui/useCommand';
import { disposalYearFor, retentionText, triggeredByClosing } from './format';
import { useFocusOnOpen } from '../ui/useFocusOnOpen';

/**
 * Uzavření spisu. Closing starts the retention period unless the plan names another
 * trigger event (the end of a contract, …); then the clerk gives that event's year.
 */
export function CloseCaseFileDialog({
  caseFile,
  onClose,
}: {
  caseFile: CaseFileRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const thisYear = officeYear(new Date());
  const [yearText, setYearText] = useState(String(thisYear));
  const byClosing = triggeredByClosing(caseFile.retention);
  const triggerYear = byClosing ? thisYear : Number(yearText.trim());
  const disposal = disposalYearFor(caseFile.retention, triggerYear);
  const yearRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useFocusOnOpen(byClosing ? confirmRef : yearRef);

  const submit = async () => {
    if (!byClosing && disposal === null) {
      command.showIssues([{ path: 'triggerYear', message: 'caseFiles.close.yearInvalid' }]);
      return;
    }
    const ok = await command.run(
      () => closeCaseFile(db, caseFile.id, byClosing ? {} : { triggerYear }),
      () => t('caseFiles.close.done', { reference: caseFile.reference }),
    );
    if (ok) onClose();
  };

  return (
    <CommandDialog
      title={t('caseFiles.close.title', { reference: caseFile.reference })}
      onClose={onClose}
      confirmLabel={t('caseFiles.close.confirm')}
      workingLabel={t('caseFiles.working')}
      working={command.working}
      confirmRef={confirmRef}
      onSubmit={submit}
      failure={command.generalFailure(['triggerYear'])}
    >
      <p>{t('caseFiles.close.explanation')}</p>
      <p>
        {t('caseFiles.fields.retention')}: <strong>{retentionText(t, caseFile.retention)}</strong>
      </p>
      {byClosing ? (
        <p>{t('caseFiles.close.triggerIsClosing', { year: thisYear })}</p>
      ) : (
        <Field
          label={t('caseFiles.close.triggerYear', { event: caseFile.retention.triggerEvent })}
          required
          error={command.fieldError('triggerYear')}
          hint={t('caseFiles.close.triggerYearHint')}
        >
          <input
            ref={yearRef}
            className="input case-form__year"
            inputMode="numeric"
            value={yearText}
            maxLength={4}
            onChange={(event) => setYearText(event.target.value)}
          />
        </Field>
      )}
      <p className="case-form__result" role="status" data-testid="case-close-disposal">
        {disposal !== null
          ? t('caseFiles.close.disposalYear', { year: disposal })
          : t('caseFiles.close.disposalUnknown')}
      </p>
    </CommandDialog>
  );
}
