import { useTranslation } from 'react-i18next';
import { gridColumnStyle, type ColumnWidth } from '../../../ui/gridColumns';
import { RecordGrid } from '../../../ui/RecordGrid';
import type { RecordGridSelection } from '../../../ui/recordGridSelection';
import { RecordRow, TextCell } from '../../../ui/RecordRow';
import { cellText, type ConversionColumnId, type ConversionRow } from './conversionRows';

const columnWidth: Record<ConversionColumnId, ColumnWidth> = {
  number: ['130px', 130],
  convertedAt: ['110px', 110],
  direction: ['170px', 170],
  input: ['minmax(180px, 2fr)', 180],
  inputDate: ['110px', 110],
  sheets: ['70px', 70],
  person: ['minmax(130px, 1fr)', 130],
  fee: ['minmax(120px, 1fr)', 120],
  state: ['180px', 180],
  reference: ['140px', 140],
};

export function conversionRowId(index: number): string {
  return `conversion-row-${index}`;
}

const conversionId = (row: ConversionRow) => row.conversion.id;

export interface ConversionGridProps extends RecordGridSelection {
  rows: ConversionRow[];
  columns: ConversionColumnId[];
}

/** The conversion register as a record grid; Enter opens the conversion beside the list. */
export function ConversionGrid({ rows, columns, ...selection }: ConversionGridProps) {
  const { t } = useTranslation();
  return (
    <RecordGrid
      {...selection}
      rows={rows}
      rowKey={conversionId}
      columns={columns}
      rowId={conversionRowId}
      testId="conversion-grid"
      style={gridColumnStyle(columns, columnWidth)}
      headerCell={(id) => t(`conversionScreen.grid.columns.${id}`)}
      renderRow={(row, place) => (
        <RecordRow
          place={place}
          id={conversionRowId(place.index)}
          testId="conversion-row"
          data={{ 'data-conversion-id': row.conversion.id, 'data-state': row.conversion.state }}
          onClick={() => selection.onSelect(row.conversion.id)}
          onDoubleClick={() => selection.onOpen(row.conversion.id)}
        >
          {columns.map((id) => (
            <TextCell
              key={id}
              className={`record-cell conversion-cell--${id}`}
              text={cellText(t, row, id)}
            />
          ))}
        </RecordRow>
      )}
    />
  );
}
