import { useTranslation } from 'react-i18next';
import type { SortColumn } from '../db/journal/query';
import type { JournalColumn } from './columns';

export interface JournalHeaderProps {
  columns: ReadonlyArray<JournalColumn>;
  sort: SortColumn;
  descending: boolean;
  onSort: (column: SortColumn) => void;
}

/** The fixed header row; sortable columns are buttons that toggle the direction. */
export function JournalHeader({ columns, sort, descending, onSort }: JournalHeaderProps) {
  const { t } = useTranslation();
  return (
    <div role="rowgroup" className="record-grid__head">
      <div role="row" aria-rowindex={1} className="record-row record-row--head">
        {columns.map((column) => {
          const label = t(`journal.columns.${column.id}`);
          const active = column.sort !== null && column.sort === sort;
          const ariaSort = active ? (descending ? 'descending' : 'ascending') : undefined;
          return (
            <div
              key={column.id}
              role="columnheader"
              aria-sort={ariaSort}
              className={`record-cell record-cell--head journal-cell--head journal-cell--${column.id}`}
            >
              {column.sort ? (
                <button
                  type="button"
                  className={active ? 'journal-sort journal-sort--active' : 'journal-sort'}
                  title={t('journal.grid.sortBy', { column: label })}
                  onClick={() => onSort(column.sort as SortColumn)}
                >
                  <span className="journal-sort__label">{label}</span>
                  <span className="journal-sort__arrow" aria-hidden="true">
                    {active ? (descending ? '▼' : '▲') : '↕'}
                  </span>
                </button>
              ) : (
                <span className="journal-sort__label">{label}</span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
