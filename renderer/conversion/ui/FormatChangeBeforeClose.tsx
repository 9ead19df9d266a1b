import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileComponent } from '../model/caseFileFormats';
import './conversionDialogs.css';

export interface FormatChangeBeforeCloseProps {
  /** The case file's files that are not in an output format yet. */
  needing: readonly CaseFileComponent[];
  closeAnyway: boolean;
  onCloseAnyway: (value: boolean) => void;
  onConvert: () => void;
  /** The refusal when the clerk closes without converting or confirming. */
  error: string | null;
}

/**
 * Before a case file is closed (§ 69a zákona 499/2004 Sb.): the files not yet in an
 * output format, the way to convert them, and the clerk's explicit "close anyway".
 */
export function FormatChangeBeforeClose({
  needing,
  closeAnyway,
  onCloseAnyway,
  onConvert,
  error,
}: FormatChangeBeforeCloseProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section
      className="conversion-close-check"
      aria-labelledby={`${id}-heading`}
      data-testid="case-close-formats"
    >
      <h3 id={`${id}-heading`}>{t('conversionDialogs.closeCaseFile.heading')}</h3>
      <p>{t('conversionDialogs.closeCaseFile.explanation')}</p>
      <ul>
        {needing.map(({ component, referenceNumber }) => (
          <li key={component.id}>
            {t('conversionDialogs.closeCaseFile.file', {
              name: component.name,
              reference: referenceNumber,
            })}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--small"
        data-testid="case-close-convert"
        onClick={onConvert}
      >
        {t('conversionDialogs.closeCaseFile.convert')}
      </button>
      <div className="field">
        <label className="conversion-dialog__choice">
          <input
            type="checkbox"
            checked={closeAnyway}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint`}
            data-testid="case-close-anyway"
            onChange={(event) => onCloseAnyway(event.target.checked)}
          />
          {t('conversionDialogs.closeCaseFile.closeAnyway')}
        </label>
        <span id={`${id}-hint`} className="field__hint">
          {t('conversionDialogs.closeCaseFile.closeAnywayHint')}
        </span>
        {error ? (
          <span className="field__error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
    </section>
  );
}
