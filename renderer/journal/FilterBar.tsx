import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channels, directions, documentStates } from '../../common/domain/document';
import type { JournalFilter } from '../db/journal/query';
import { getSetting } from '../db/settings';
import { useServices } from '../app/services';
import { useAppDispatch, useAppSelector } from '../app/store';
import { Field } from '../ui/Field';
import { filterChanged, filtersCleared, hasActiveFilter } from './journalSlice';

/** Results as you type, without planning a query for every keystroke of a fast typist. */
export const SEARCH_DEBOUNCE_MS = 100;

/** The search request counter already answered (survives the screen being remounted). */
let answeredFocusRequest = 0;

export interface FilterBarProps {
  /** The search text being typed, before the debounce hands it to the query. */
  onTyping: (text: string) => void;
}

export function FilterBar({ onTyping }: FilterBarProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const dispatch = useAppDispatch();
  const filter = useAppSelector((state) => state.journal.filter);
  const focusRequest = useAppSelector((state) => state.app.focusSearchRequest);
  const [text, setText] = useState(filter.search ?? '');
  const searchRef = useRef<HTMLInputElement>(null);

  const years = useLiveQuery(
    async () => (await db.sequences.toArray()).map((row) => row.year).sort((a, b) => b - a),
    [db],
    [],
  );
  const handlers = useLiveQuery(async () => (await getSetting(db, 'handlers')) ?? [], [db], []);

  useEffect(() => {
    if (focusRequest > answeredFocusRequest) {
      answeredFocusRequest = focusRequest;
      searchRef.current?.focus();
      searchRef.current?.select();
    }
  }, [focusRequest]);

  useEffect(() => {
    if (text === (filter.search ?? '')) return;
    const timer = window.setTimeout(
      () => dispatch(filterChanged({ search: text })),
      SEARCH_DEBOUNCE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [text, filter.search, dispatch]);

  const change = (patch: Partial<JournalFilter>) => dispatch(filterChanged(patch));
  const periodInvalid = Boolean(filter.from && filter.to && filter.from > filter.to);
  const active = hasActiveFilter(filter) || text.trim() !== '';

  return (
    <div role="search" className="journal-filters" aria-label={t('journal.filters.region')}>
      <Field label={t('journal.filters.search')} className="journal-filters__search">
        <input
          ref={searchRef}
          type="search"
          className="input"
          value={text}
          placeholder={t('journal.filters.searchPlaceholder')}
          title={t('journal.filters.searchHint')}
          aria-keyshortcuts="Control+F /"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          onChange={(event) => {
            setText(event.target.value);
            onTyping(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && text) {
              event.stopPropagation();
              setText('');
              onTyping('');
            }
          }}
        />
      </Field>
      <Field label={t('journal.filters.year')} className="journal-filters__year">
        <select
          className="select"
          value={filter.year ?? ''}
          onChange={(event) =>
            change({ year: event.target.value ? Number(event.target.value) : null })
          }
        >
          <option value="">{t('journal.filters.allYears')}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('journal.filters.from')}
        className="journal-filters__date"
        error={periodInvalid ? t('journal.filters.periodInvalid') : null}
      >
        <input
          type="date"
          className="input"
          value={filter.from ?? ''}
          onChange={(event) => change({ from: event.target.value || null })}
        />
      </Field>
      <Field label={t('journal.filters.to')} className="journal-filters__date">
        <input
          type="date"
          className="input"
          value={filter.to ?? ''}
          onChange={(event) => change({ to: event.target.value || null })}
        />
      </Field>
      <Field label={t('journal.filters.direction')} className="journal-filters__direction">
        <select
          className="select"
          value={filter.direction ?? ''}
          onChange={(event) =>
            change({ direction: (event.target.value || null) as JournalFilter['direction'] })
          }
        >
          <option value="">{t('journal.filters.any')}</option>
          {directions.map((value) => (
            <option key={value} value={value}>
              {t(`common.enums.direction.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('journal.filters.channel')} className="journal-filters__channel">
        <select
          className="select"
          value={filter.channel ?? ''}
          onChange={(event) =>
            change({ channel: (event.target.value || null) as JournalFilter['channel'] })
          }
        >
          <option value="">{t('journal.filters.any')}</option>
          {channels.map((value) => (
            <option key={value} value={value}>
              {t(`common.enums.channel.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('journal.filters.state')} className="journal-filters__state">
        <select
          className="select"
          value={filter.state ?? ''}
          onChange={(event) =>
            change({ state: (event.target.value || null) as JournalFilter['state'] })
          }
        >
          <option value="">{t('journal.filters.any')}</option>
          {documentStates.map((value) => (
            <option key={value} value={value}>
              {t(`common.enums.state.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('journal.filters.handler')} className="journal-filters__handler">
        <select
          className="select"
          value={filter.handler ?? ''}
          onChange={(event) => change({ handler: event.target.value || null })}
        >
          <option value="">{t('journal.filters.any')}</option>
          {handlers.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </Field>
      <div className="journal-filters__actions">
        <button
          type="button"
          className="button"
          disabled={!active}
          onClick={() => {
            setText('');
            onTyping('');
            dispatch(filtersCleared());
          }}
        >
          {t('journal.filters.clear')}
        </button>
      </div>
    </div>
  );
}
