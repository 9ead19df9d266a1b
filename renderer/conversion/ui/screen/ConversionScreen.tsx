import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConversionDetail } from './ConversionDetail';
import {
  conversionFilterOptions,
  emptyConversionFilter,
  filterConversions,
  type ConversionFilter,
} from './conversionFilter';
import { ConversionFilters } from './ConversionFilters';
import { ConversionGrid } from './ConversionGrid';
import {
  compactColumns,
  conversionColumns,
  waitingCount,
  type ConversionRow,
} from './conversionRows';
import { useConversionExport } from './useConversionExport';
import { useConversionRows } from './useConversions';
import { RecordListContent, RecordListFrame } from '../../../ui/RecordListFrame';
import { useRecordSelection } from '../../../ui/useRecordSelection';
import '../../../styles/recordList.css';
import '../../../styles/journal.css';
import '../../../styles/databox.css';
import '../../../signing/ui/signing.css';
import './conversionScreen.css';

/** Konverze: the conversion register as the municipality keeps it, newest first. */
export function ConversionScreen() {
  const rows = useConversionRows();
  return <ConversionRegisterView rows={rows} />;
}

/** The screen over the rows read (`undefined` while they load). */
export function ConversionRegisterView({ rows }: { rows: ConversionRow[] | undefined }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ConversionFilter>(emptyConversionFilter);
  const { selectedId, showDetail, gridRef, onSelect, onOpen, closeDetail } = useRecordSelection();
  const { exportCsv, working } = useConversionExport();

  const shown = useMemo(() => (rows ? filterConversions(rows, filter) : []), [rows, filter]);
  const options = useMemo(() => conversionFilterOptions(rows ?? []), [rows]);
  const waiting = useMemo(() => waitingCount((rows ?? []).map((row) => row.conversion)), [rows]);

  return (
    <RecordListFrame
      className="conversion-screen"
      testId="conversion-screen"
      titleId="conversion-title"
      title={t('conversionScreen.title')}
      hint={t('conversionScreen.grid.keyboardHint')}
      top={
        <>
          <p className="record-list__count" role="status" data-testid="conversion-count">
            {rows === undefined
              ? t('conversionScreen.grid.loading')
              : t('conversionScreen.count', { count: shown.length, total: rows.length })}
          </p>
          {waiting > 0 ? (
            <p className="conversion-waiting" data-testid="conversion-waiting">
              {t('conversionScreen.waiting', { count: waiting })}
            </p>
          ) : null}
          <div className="record-list__toolbar">
            <button
              type="button"
              className="button"
              disabled={working || shown.length === 0}
              data-testid="conversion-export"
              onClick={() => void exportCsv(shown, filter)}
            >
              {working ? t('conversionScreen.export.working') : t('conversionScreen.export.csv')}
            </button>
          </div>
        </>
      }
    >
      <ConversionFilters filter={filter} options={options} onChange={setFilter} />
      <RecordListContent
        showDetail={showDetail}
        table={
          <>
            <ConversionGrid
              rows={shown}
              columns={showDetail ? compactColumns : conversionColumns}
              label={t('conversionScreen.grid.label')}
              selectedId={selectedId}
              onSelect={onSelect}
              onOpen={onOpen}
              onClose={closeDetail}
              gridRef={gridRef}
            />
            {rows === undefined ? null : shown.length === 0 ? (
              <p className="record-table__empty" data-testid="conversion-empty">
                {rows.length === 0
                  ? t('conversionScreen.grid.none')
                  : t('conversionScreen.grid.empty')}
              </p>
            ) : null}
          </>
        }
        detail={
          showDetail && selectedId ? (
            <ConversionDetail key={selectedId} id={selectedId} onClose={closeDetail} />
          ) : null
        }
      />
    </RecordListFrame>
  );
}
