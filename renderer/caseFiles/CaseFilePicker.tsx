import { useId, useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import { matchesSearch } from './caseFileFilter';
import { useOpenCaseFiles } from './useCaseFileData';

/** More choices than this are narrowed by typing. */
export const PICKER_LIMIT = 30;

export interface CaseFilePickerProps {
  value: string;
  onChange: (id: string) => void;
  /** A file not to offer (the one the document is in). */
  exclude?: string | null;
  error?: string | null;
  searchRef?: Ref<HTMLInputElement>;
}

/** Choose an open case file: type part of its reference, title or mark, pick from the list. */
export function CaseFilePicker({
  value,
  onChange,
  exclude,
  error,
  searchRef,
}: CaseFilePickerProps) {
  const { t } = useTranslation();
  const files = useOpenCaseFiles();
  const [search, setSearch] = useState('');
  const id = useId();
  const found = useMemo(
    () => (files ?? []).filter((file) => file.id !== exclude && matchesSearch(file.words, search)),
    [files, exclude, search],
  );
  const shown = found.slice(0, PICKER_LIMIT);
  return (
    <div className="case-picker">
      <label className="field__label" htmlFor={`${id}-search`}>
        {t('caseFiles.picker.search')}
      </label>
      <input
        id={`${id}-search`}
        ref={searchRef}
        type="search"
        className="input"
        value={search}
        placeholder={t('caseFiles.picker.placeholder')}
        onChange={(event) => setSearch(event.target.value)}
      />
      <fieldset
        className="case-picker__list"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <legend>{t('caseFiles.picker.legend')}</legend>
        {files === undefined ? <p>{t('caseFiles.loading')}</p> : null}
        {files && shown.length === 0 ? <p>{t('caseFiles.picker.none')}</p> : null}
        {shown.map((file: CaseFileRecord) => (
          <label key={file.id} className="case-picker__option">
            <input
              type="radio"
              name={`${id}-file`}
              value={file.id}
              checked={value === file.id}
              onChange={() => onChange(file.id)}
            />
            <span className="case-picker__reference">{file.reference}</span>
            <span className="case-picker__title">{file.title}</span>
            <span className="case-picker__mark">{file.fileMark}</span>
          </label>
        ))}
        {found.length > shown.length ? (
          <p className="field__hint">
            {t('caseFiles.picker.more', { shown: shown.length, count: found.length })}
          </p>
        ) : null}
      </fieldset>
      {error ? (
        <span id={`${id}-error`} className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
