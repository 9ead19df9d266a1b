import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { returnLoan } from '../db/commands/recordsOffice/custody';
import { useNotify } from '../ui/useNotify';
import { HoldingTable } from './HoldingTable';
import type { HoldingRow } from './holdingRows';
import { LendDialog } from './LendDialog';

/** What the records office keeps, with its retention and the year it may be offered for disposal. */
export function HoldingsPanel({ rows }: { rows: readonly HoldingRow[] }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const notify = useNotify();
  const [lending, setLending] = useState<HoldingRow | null>(null);
  const [working, setWorking] = useState(false);

  const giveBack = async (row: HoldingRow) => {
    setWorking(true);
    try {
      await returnLoan(db, { type: row.type, id: row.id });
      notify.success(t('recordsOffice.lend.returned', { reference: row.reference }));
    } catch (error) {
      notify.failure(error);
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="records-office__section" aria-labelledby="records-office-holdings">
      <h2 id="records-office-holdings">
        {t('recordsOffice.holdings.heading', { count: rows.length })}
      </h2>
      <HoldingTable
        caption={t('recordsOffice.holdings.caption')}
        rows={rows}
        variant="custody"
        empty={t('recordsOffice.holdings.empty')}
        actions={(row) => {
          if (row.state === 'inRecordsOffice') {
            return (
              <button
                type="button"
                className="button button--small"
                aria-label={t('recordsOffice.lend.openFor', { reference: row.reference })}
                onClick={() => setLending(row)}
              >
                {t('recordsOffice.lend.open')}
              </button>
            );
          }
          if (row.state === 'onLoan') {
            return (
              <button
                type="button"
                className="button button--small"
                disabled={working}
                aria-label={t('recordsOffice.lend.returnFor', { reference: row.reference })}
                onClick={() => void giveBack(row)}
              >
                {t('recordsOffice.lend.return')}
              </button>
            );
          }
          return null;
        }}
      />
      {lending ? <LendDialog row={lending} onClose={() => setLending(null)} /> : null}
    </section>
  );
}
