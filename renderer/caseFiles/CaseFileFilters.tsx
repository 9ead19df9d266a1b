import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppDispatch, useAppSelector } from '../app/store';
import {
  caseFileFilterChanged,
  caseFileFiltersCleared,
  stateGroups,
  type StateGroup,
} from './caseFilesSlice';

export interface CaseFileFilterOptions {
  years: number[];
  handlers: string[];
  fileMarks: string[];
}

/** State group, file mark, handler, year and words: what the clerk narrows the list by. */
export function CaseFileFilters({ options }: { options: CaseFileFilterOptions }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const filter = useAppSelector((state) => state.caseFiles.filter);
  const id = useId();
  const narrowed = Boolean(filter.fileMark || filter.handler || filter.year || filter.search);
  return (
    <div className="case-filters" role="search" aria-label={t('caseFiles.filters.region')}>
      <fieldset className="case-filters__groups">
        <legend>{t('caseFiles.filters.state')}</legend>
        {stateGroups.map((group: StateGroup) => (
          <label key={group} className="case-filters__group">
            <input
              type="radio"
              name={`${id}-group`}
              value={group}
              checked={filter.group === group}
              onChange={() => dispatch(caseFileFilterChanged({ group }))}
            />
            {t(`caseFiles.filters.groups.${group}`)}
          </label>
        ))}
      </fieldset>
      <div className="case-filters__field">
        <label className="field__label" htmlFor={`${id}-search`}>
          {t('caseFiles.filters.search')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="input"
          value={filter.search ?? ''}
          placeholder={t('caseFiles.filters.searchPlaceholder')}
          onChange={(event) => dispatch(caseFileFilterChanged({ search: event.target.value }))}
        />
      </div>
      <div className="case-filters__field">
        <label className="field__label" htmlFor={`${id}-mark`}>
          {t('caseFiles.filters.fileMark')}
        </label>
        <select
          id={`${id}-mark`}
          className="select"
          value={filter.fileMark ?? ''}
          onChange={(event) => dispatch(caseFileFilterChanged({ fileMark: event.target.value }))}
        >
          <option value="">{t('caseFiles.filters.any')}</option>
          {options.fileMarks.map((mark) => (
            <option key={mark} value={mark}>
              {mark}
            </option>
          ))}
        </select>
      </div>
      <div className="case-filters__field">
        <label className="field__label" htmlFor={`${id}-handler`}>
          {t('caseFiles.filters.handler')}
        </label>
        <select
          id={`${id}-handler`}
          className="select"
          value={filter.handler ?? ''}
          onChange={(event) => dispatch(caseFileFilterChanged({ handler: event.target.value }))}
        >
          <option value="">{t('caseFiles.filters.any')}</option>
          {options.handlers.map((handler) => (
            <option key={handler} value={handler}>
              {handler}
            </option>
          ))}
        </select>
      </div>
      <div className="case-filters__field">
        <label className="field__label" htmlFor={`${id}-year`}>
          {t('caseFiles.filters.year')}
        </label>
        <select
          id={`${id}-year`}
          className="select"
          value={filter.year ?? ''}
          onChange={(event) =>
            dispatch(caseFileFilterChanged({ year: Number(event.target.value) || undefined }))
          }
        >
          <option value="">{t('caseFiles.filters.anyYear')}</option>
          {options.years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button case-filters__clear"
        disabled={!narrowed}
        onClick={() => dispatch(caseFileFiltersCleared())}
      >
        {t('caseFiles.filters.clear')}
      </button>
    </div>
  );
}
