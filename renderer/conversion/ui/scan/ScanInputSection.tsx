import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CONVERSION_LIMITS, type ScanInspection } from '../../../../common/contract/conversion';
import type { ValidationIssue } from '../../../../common/domain/validation';
import { issueText } from '../../../i18n';
import type { ScanInputFile } from './scanFiles';
import { ScanFolderPanel } from './ScanFolderPanel';

export interface ScanInputSectionProps {
  files: ScanInputFile[];
  inspection: ScanInspection | null;
  adding: boolean;
  disabled: boolean;
  failure: string | null;
  issues: ValidationIssue[];
  dragging: boolean;
  folderOpen: boolean;
  pickRef?: Ref<HTMLButtonElement>;
  onPick: () => void;
  onToggleFolder: () => void;
  onFiles: (files: ScanInputFile[]) => void;
}

const MB = 1024 * 1024;

/** Where the scans come from: the file dialog, dropping, or the scanner's folder. */
export function ScanInputSection({
  files,
  inspection,
  adding,
  disabled,
  failure,
  issues,
  dragging,
  folderOpen,
  pickRef,
  onPick,
  onToggleFolder,
  onFiles,
}: ScanInputSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const added = new Set(files.filter((file) => file.fromFolder).map((file) => file.name));
  return (
    <section className="scan-input" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('conversionScan.input.heading')}</h3>
      <div className={dragging ? 'scan-input__bar scan-input__bar--drop' : 'scan-input__bar'}>
        <button
          ref={pickRef}
          type="button"
          className="button"
          data-testid="scan-pick"
          disabled={disabled}
          onClick={onPick}
        >
          {t('conversionScan.input.pick')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={folderOpen}
          data-testid="scan-folder-toggle"
          onClick={onToggleFolder}
        >
          {t('conversionScan.input.folderShow')}
        </button>
        <span className="field__hint">
          {dragging ? t('conversionScan.input.dropActive') : t('conversionScan.input.drop')}{' '}
          {t('conversionScan.input.formats', {
            files: CONVERSION_LIMITS.files,
            fileMb: CONVERSION_LIMITS.fileBytes / MB,
          })}
        </span>
      </div>
      {folderOpen ? <ScanFolderPanel added={added} busy={disabled} onFiles={onFiles} /> : null}
      <p className="field__hint" role="status" data-testid="scan-adding">
        {adding ? t('conversionScan.input.reading') : ''}
      </p>
      {failure || issues.length > 0 ? (
        <div className="field__error" role="alert" data-testid="scan-add-failure">
          <p>{t('conversionScan.input.refused')}</p>
          {failure ? <p>{failure}</p> : null}
          {issues.map((issue) => (
            <p key={`${issue.message}:${JSON.stringify(issue.params ?? {})}`}>
              {issueText(t, issue)}
            </p>
          ))}
        </div>
      ) : null}
      {inspection && inspection.files.length > 0 ? (
        <ul className="scan-input__files" aria-label={t('conversionScan.input.files')}>
          {inspection.files.map((file, index) => (
            <li key={`${index}:${file.name}`}>
              {t('conversionScan.input.file', { name: file.name, pages: file.pages })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="field__hint">{t('conversionScan.input.none')}</p>
      )}
    </section>
  );
}
