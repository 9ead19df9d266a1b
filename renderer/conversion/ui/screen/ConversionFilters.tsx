import { useTranslation } from 'react-i18next';
import { CONVERSION_DIRECTIONS } from '../../../../common/contract/conversion';
import { conversionStates } from '../../../../common/domain/conversion';
import { Field } from '../../../ui/Field';
import {
  emptyConversionFilter,
  isNarrowed,
  type ConversionFilter,
  type ConversionFilterOptions,
} from './conversionFilter';

export interface ConversionFiltersProps {
  filter: ConversionFilter;
  options: ConversionFilterOptions;
  onChange: (filter: ConversionFilter) => void;
}

/** Year, direction, state, person and words: what the clerk narrows the register by. */
export function ConversionFilters({ filter, options, onChange }: ConversionFiltersProps) {
  const { t } = useTranslation();
  const change = (patch: Partial<ConversionFilter>) => onChange({ ...filter, ...patch });
  return (
    <div
      className="databox-filters conversion-filters"
      role="search"
      aria-label={t('conversionScreen.filters.region')}
    >
      <Field label={t('conversionScreen.filters.search')} className="databox-filters__search">
        <input
          type="search"
          className="input"
          value={filter.search}
          placeholder={t('conversionScreen.filters.searchPlaceholder')}
          data-testid="conversion-search"
          onChange={(event) => change({ search: event.target.value })}
        />
      </Field>
      <Field label={t('conversionScreen.filters.year')}>
        <select
          className="select"
          value={filter.year ?? ''}
          data-testid="conversion-filter-year"
          onChange={(event) => change({ year: Number(event.target.value) || null })}
        >
          <option value="">{t('conversionScreen.filters.anyYear')}</option>
          {options.years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('conversionScreen.filters.direction')}>
        <select
          className="select"
          value={filter.direction ?? ''}
          data-testid="conversion-filter-direction"
          onChange={(event) =>
            change({
              direction:
                CONVERSION_DIRECTIONS.find((direction) => direction === event.target.value) ?? null,
            })
          }
        >
          <option value="">{t('conversionScreen.filters.any')}</option>
          {CONVERSION_DIRECTIONS.map((direction) => (
            <option key={direction} value={direction}>
              {t(`conversion.directionShort.${direction}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('conversionScreen.filters.state')}>
        <select
          className="select"
          value={filter.state ?? ''}
          data-testid="conversion-filter-state"
          onChange={(event) =>
            change({
              state: conversionStates.find((state) => state === event.target.value) ?? null,
            })
          }
        >
          <option value="">{t('conversionScreen.filters.any')}</option>
          {conversionStates.map((state) => (
            <option key={state} value={state}>
              {t(`conversion.state.${state}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('conversionScreen.filters.person')}>
        <select
          className="select"
          value={filter.person ?? ''}
          data-testid="conversion-filter-person"
          onChange={(event) => change({ person: event.target.value || null })}
        >
          <option value="">{t('conversionScreen.filters.any')}</option>
          {options.persons.map((person) => (
            <option key={person} value={person}>
              {person}
            </option>
          ))}
        </select>
      </Field>
      <button
        type="button"
        className="button conversion-filters__clear"
        disabled={!isNarrowed(filter)}
        onClick={() => onChange(emptyConversionFilter)}
      >
        {t('conversionScreen.filters.clear')}
      </button>
    </div>
  );
}
