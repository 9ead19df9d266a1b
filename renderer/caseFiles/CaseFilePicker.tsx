import { useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchPicker } from '../ui/SearchPicker';
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
  const found = useMemo(
    () => (files ?? []).filter((file) => file.id !== exclude && matchesSearch(file.words, search)),
    [files, exclude, search],
  );
  const shown = found.slice(0, PICKER_LIMIT);
  const status =
    files === undefined
      ? t('caseFiles.loading')
      : shown.length === 0
        ? t('caseFiles.picker.none')
        : null;
  return (
    <div className="case-picker">
      <SearchPicker
        searchLabel={t('caseFiles.picker.search')}
        placeholder={t('caseFiles.picker.placeholder')}
        search={search}
        onSearch={setSearch}
        searchRef={searchRef}
        legend={t('caseFiles.picker.legend')}
        options={shown.map((file) => ({
          value: file.id,
          reference: file.reference,
          title: file.title,
          note: file.fileMark,
        }))}
        value={value}
        onChange={onChange}
        status={status}
        more={
          found.length > shown.length
            ? t('caseFiles.picker.more', { shown: shown.length, count: found.length })
            : null
        }
        error={error}
      />
    </div>
  );
}
