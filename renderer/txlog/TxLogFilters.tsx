import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { officeDateString } from '../../common/domain/time';
import {
  txEntityTypes,
  txEvents,
  type TxEntityType,
  type TxEvent,
} from '../../common/domain/transactionLog';
import { Field } from '../ui/Field';
import { hasNarrowing, periodProblem, type TxLogFilter } from './txlogFilter';

/** Typing in the text filter re-reads the page after a short pause, not on every key. */
export const TEXT_DEBOUNCE_MS = 150;

export interface TxLogFiltersProps {
  filter: TxLogFilter;
  onChange: (patch: Partial<TxLogFilter>) => void;
}

export function TxLogFilters({ filter, onChange }: TxLogFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(filter.text);
  const problem = periodProblem(filter.from, filter.to);

  useEffect(() => {
    if (text === filter.text) return;
    const timer = window.setTimeout(() => onChange({ text }), TEXT_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, filter.text, onChange]);

  const today = () => {
    const day = officeDateString(new Date());
    onChange({ from: day, to: day });
  };

  return (
    <div role="search" className="txlog-filters" aria-label={t('txlog.filters.region')}>
      <Field
        label={t('txlog.filters.from')}
        className="txlog-filters__date"
        error={problem ? t(problem) : null}
      >
        <input
          type="date"
          className="input"
          value={filter.from}
          onChange={(event) => onChange({ from: event.target.value })}
        />
      </Field>
      <Field label={t('txlog.filters.to')} className="txlog-filters__date">
        <input
          type="date"
          className="input"
          value={filter.to}
          onChange={(event) => onChange({ to: event.target.value })}
        />
      </Field>
      <div className="txlog-filters__button">
        <button type="button" className="button" onClick={today}>
          {t('txlog.filters.today')}
        </button>
      </div>
      <Field label={t('txlog.filters.event')} className="txlog-filters__event">
        <select
          className="select"
          value={filter.event ?? ''}
          onChange={(event) => onChange({ event: (event.target.value || null) as TxEvent | null })}
        >
          <option value="">{t('txlog.filters.allEvents')}</option>
          {txEvents.map((name) => (
            <option key={name} value={name}>
              {t(`common.enums.txEvent.${name}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('txlog.filters.entityType')} className="txlog-filters__type">
        <select
          className="select"
          value={filter.entityType ?? ''}
          onChange={(event) =>
            onChange({ entityType: (event.target.value || null) as TxEntityType | null })
          }
        >
          <option value="">{t('txlog.filters.allEntityTypes')}</option>
          {txEntityTypes.map((type) => (
            <option key={type} value={type}>
              {t(`txlog.entityTypes.${type}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('txlog.filters.text')} className="txlog-filters__text">
        <input
          type="search"
          className="input"
          value={text}
          placeholder={t('txlog.filters.textPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
        />
      </Field>
      <div className="txlog-filters__button">
        <button
          type="button"
          className="button"
          disabled={!hasNarrowing({ ...filter, text })}
          onClick={() => {
            setText('');
            onChange({ event: null, entityType: null, text: '' });
          }}
        >
          {t('txlog.filters.clear')}
        </button>
      </div>
    </div>
  );
}
