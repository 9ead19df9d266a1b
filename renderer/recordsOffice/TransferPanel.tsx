import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { handOver } from '../db/commands/recordsOffice/custody';
import { useNotify } from '../ui/useNotify';
import { HoldingTable } from './HoldingTable';
import type { HoldingRow } from './holdingRows';
import { TakeOverDialog } from './TakeOverDialog';

export interface TransferPanelProps {
  toTakeOver: readonly HoldingRow[];
  toHandOver: readonly HoldingRow[];
  /** More could be handed over than the list shows. */
  capped: boolean;
}

/**
 * Both sides of the handover: what was handed to the records office and waits to be
 * taken over, and what the office could hand over now (closed case files, settled
 * stand-alone documents).
 */
export function TransferPanel({ toTakeOver, toHandOver, capped }: TransferPanelProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const notify = useNotify();
  const [taking, setTaking] = useState<HoldingRow | null>(null);
  const [working, setWorking] = useState(false);

  const handOverRow = async (row: HoldingRow) => {
    setWorking(true);
    try {
      await handOver(db, { type: row.type, id: row.id });
      notify.success(t('recordsOffice.handOver.done', { reference: row.reference }));
    } catch (error) {
      notify.failure(error);
    } finally {
      setWorking(false);
    }
  };

  return (
    <>
      <section className="records-office__section" aria-labelledby="records-office-take-over">
        <h2 id="records-office-take-over">
          {t('recordsOffice.takeOver.heading', { count: toTakeOver.length })}
        </h2>
        <HoldingTable
          caption={t('recordsOffice.takeOver.caption')}
          rows={toTakeOver}
          variant="transfer"
          empty={t('recordsOffice.takeOver.empty')}
          actions={(row) => (
            <button
              type="button"
              className="button button--small button--primary"
              aria-label={t('recordsOffice.takeOver.openFor', { reference: row.reference })}
              onClick={() => setTaking(row)}
            >
              {t('recordsOffice.takeOver.open')}
            </button>
          )}
        />
      </section>
      <section className="records-office__section" aria-labelledby="records-office-hand-over">
        <h2 id="records-office-hand-over">
          {capped
            ? t('recordsOffice.handOver.headingMany', { count: toHandOver.length })
            : t('recordsOffice.handOver.heading', { count: toHandOver.length })}
        </h2>
        <p className="records-office__note">{t('recordsOffice.handOver.note')}</p>
        <HoldingTable
          caption={t('recordsOffice.handOver.caption')}
          rows={toHandOver}
          variant="transfer"
          empty={t('recordsOffice.handOver.empty')}
          capped={capped}
          actions={(row) => (
            <button
              type="button"
              className="button button--small"
              disabled={working}
              aria-label={t('recordsOffice.handOver.openFor', { reference: row.reference })}
              onClick={() => void handOverRow(row)}
            >
              {t('recordsOffice.handOver.open')}
            </button>
          )}
        />
      </section>
      {taking ? <TakeOverDialog row={taking} onClose={() => setTaking(null)} /> : null}
    </>
  );
}
