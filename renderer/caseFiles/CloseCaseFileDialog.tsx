import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import { officeYear } from '../../common/domain/time';
import { useServices } from '../app/services';
import { caseFileComponents } from '../conversion/model/caseFileFormats';
import { FormatChangeBeforeClose } from '../conversion/ui/FormatChangeBeforeClose';
import { FormatChangeDialog } from '../conversion/ui/formatChange/FormatChangeDialog';
import { useFormatChangeNeeds } from '../conversion/ui/useFormatChangeNeeds';
import type { ComponentRecord } from '../db/schema';
import { CLOSE_ANYWAY_PATH, closeCaseFileCheckingFormats } from './closeWithFormatCheck';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { useCommand } from '../ui/useCommand';
import { disposalYearFor, retentionText, triggeredByClosing } from './format';
import { useFocusOnOpen } from '../ui/useFocusOnOpen';

/**
 * Uzavření spisu. Closing starts the retention period unless the plan names another
 * trigger event (the end of a contract, …); then the clerk gives that event's year.
 * Files not yet in an output format (§ 69a) are listed with the format change, and
 * closing without it needs the clerk's "close anyway".
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
  const files = useLiveQuery(() => caseFileComponents(db, caseFile.id), [db, caseFile.id]);
  const needingIds = useFormatChangeNeeds(files?.map((file) => file.component));
  const needing = files?.filter((file) =>
    needingIds?.some((component) => component.id === file.component.id),
  );
  const [closeAnyway, setCloseAnyway] = useState(false);
  const [converting, setConverting] = useState<readonly ComponentRecord[] | null>(null);
  const mustConfirm = (needing?.length ?? 0) > 0;

  const submit = async () => {
    if (!byClosing && disposal === null) {
      command.showIssues([{ path: 'triggerYear', message: 'caseFiles.close.yearInvalid' }]);
      return;
    }
    const ok = await command.run(
      () =>
        closeCaseFileCheckingFormats(
          db,
          caseFile.id,
          byClosing ? {} : { triggerYear },
          closeAnyway,
        ),
      () => t('caseFiles.close.done', { reference: caseFile.reference }),
    );
    if (ok) onClose();
  };

  return (
    <>
      <CommandDialog
        title={t('caseFiles.close.title', { reference: caseFile.reference })}
        onClose={onClose}
        confirmLabel={
          mustConfirm
            ? t('conversionDialogs.closeCaseFile.confirmAnyway')
            : t('caseFiles.close.confirm')
        }
        workingLabel={t('caseFiles.working')}
        working={command.working}
        confirmRef={confirmRef}
        onSubmit={submit}
        failure={command.generalFailure(['triggerYear', CLOSE_ANYWAY_PATH])}
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
        {needing && mustConfirm ? (
          <FormatChangeBeforeClose
            needing={needing}
            closeAnyway={closeAnyway}
            onCloseAnyway={setCloseAnyway}
            onConvert={() => setConverting(needing.map((file) => file.component))}
            error={command.fieldError(CLOSE_ANYWAY_PATH)}
          />
        ) : null}
      </CommandDialog>
      {/* Outside the form: a dialog of its own, over this one. */}
      {converting ? (
        <FormatChangeDialog components={converting} onClose={() => setConverting(null)} />
      ) : null}
    </>
  );
}
