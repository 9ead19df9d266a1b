import { useTranslation } from 'react-i18next';
import { gridColumnStyle, type ColumnWidth } from '../../ui/gridColumns';
import { RecordGrid } from '../../ui/RecordGrid';
import type { RecordGridSelection } from '../../ui/recordGridSelection';
import { RecordRow, TextCell } from '../../ui/RecordRow';
import { cellText, type LetterColumnId, type LetterRow } from './letterRows';

const columnWidth: Record<LetterColumnId, ColumnWidth> = {
  reference: ['130px', 130],
  subject: ['minmax(160px, 2fr)', 160],
  addressee: ['minmax(140px, 1.2fr)', 140],
  requested: ['200px', 200],
  note: ['minmax(120px, 1fr)', 120],
  signer: ['minmax(140px, 1fr)', 140],
  signed: ['160px', 160],
  level: ['200px', 200],
  returned: ['160px', 160],
  comment: ['minmax(160px, 1.5fr)', 160],
};

export function letterRowId(index: number): string {
  return `signing-row-${index}`;
}

const letterId = (row: LetterRow) => row.letter.id;

export interface LetterGridProps extends RecordGridSelection {
  rows: LetterRow[];
  columns: LetterColumnId[];
}

/** The letters as a record grid; Enter opens the letter beside the list. */
export function LetterGrid({ rows, columns, ...selection }: LetterGridProps) {
  const { t } = useTranslation();
  return (
    <RecordGrid
      {...selection}
      rows={rows}
      rowKey={letterId}
      columns={columns}
      rowId={letterRowId}
      testId="signing-grid"
      style={gridColumnStyle(columns, columnWidth)}
      headerCell={(id) => t(`signingUi.grid.columns.${id}`)}
      renderRow={(row, place) => {
        const { letter } = row;
        // B-B letters still want their timestamp before dispatch: the level column says so.
        const bb = letter.signatureLevel === 'B-B';
        return (
          <RecordRow
            place={place}
            id={letterRowId(place.index)}
            testId="signing-row"
            data={{ 'data-letter-id': letter.id, 'data-level': letter.signatureLevel ?? undefined }}
            onClick={() => selection.onSelect(letter.id)}
            onDoubleClick={() => selection.onOpen(letter.id)}
          >
            {columns.map((id) => (
              <TextCell
                key={id}
                className={id === 'level' && bb ? 'record-cell signing-level--bb' : 'record-cell'}
                text={cellText(t, row, id)}
              />
            ))}
          </RecordRow>
        );
      }}
    />
  );
}
