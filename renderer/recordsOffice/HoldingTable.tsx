import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoldingRow } from './holdingRows';
import { custodyText, disposalYearText, kindText, retentionText } from './holdingText';

/** More rows than this are counted, not drawn: nobody reads a thousand rows on one screen. */
export const HOLDING_ROWS_SHOWN = 500;

export interface HoldingTableProps {
  caption: string;
  rows: readonly HoldingRow[];
  /** `custody` adds the columns the records office keeps: years, location, loan. */
  variant: 'custody' | 'transfer';
  empty: string;
  actions: (row: HoldingRow) => ReactNode;
  /** The rows are the first of more than the list read. */
  capped?: boolean;
}

export function HoldingTable({
  caption,
  rows,
  variant,
  empty,
  actions,
  capped = false,
}: HoldingTableProps) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="records-office__empty">{empty}</p>;
  const shown = rows.slice(0, HOLDING_ROWS_SHOWN);
  return (
    <div className="records-office__table-wrap">
      <table className="records-office-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('recordsOffice.holdings.kind')}</th>
            <th scope="col">{t('recordsOffice.holdings.reference')}</th>
            <th scope="col">{t('recordsOffice.holdings.title')}</th>
            <th scope="col">{t('recordsOffice.holdings.fileMark')}</th>
            <th scope="col">{t('recordsOffice.holdings.retention')}</th>
            {variant === 'custody' ? (
              <>
                <th scope="col">{t('recordsOffice.holdings.triggerYear')}</th>
                <th scope="col">{t('recordsOffice.holdings.disposalYear')}</th>
                <th scope="col">{t('recordsOffice.holdings.location')}</th>
              </>
            ) : null}
            <th scope="col">{t('recordsOffice.holdings.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('recordsOffice.holdings.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={`${row.type}:${row.id}`} data-id={row.id}>
              <td>{kindText(t, row)}</td>
              <td className="records-office-table__reference">{row.reference}</td>
              <td>{row.title}</td>
              <td>{row.fileMark}</td>
              <td>{retentionText(row)}</td>
              {variant === 'custody' ? (
                <>
                  <td>{row.triggerYear ?? '—'}</td>
                  <td>{disposalYearText(t, row)}</td>
                  <td>{row.custody?.location ?? '—'}</td>
                </>
              ) : null}
              <td>{custodyText(t, row)}</td>
              <td className="records-office-table__actions">{actions(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {capped ? (
        <p className="records-office__more">
          {t('recordsOffice.holdings.moreOldest', { shown: shown.length })}
        </p>
      ) : rows.length > shown.length ? (
        <p className="records-office__more">
          {t('recordsOffice.holdings.more', { shown: shown.length, count: rows.length })}
        </p>
      ) : null}
    </div>
  );
}
