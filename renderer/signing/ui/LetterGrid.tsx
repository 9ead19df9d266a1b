import { useCallback, useMemo, type CSSProperties, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID_HEADER_HEIGHT, useVirtualGrid } from '../../ui/useVirtualGrid';
import { cellText, type LetterColumnId, type LetterRow } from './letterRows';

const OPEN_KEYS = ['Enter', ' '] as const;

const columnWidth: Record<LetterColumnId, [string, number]> = {
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

export interface LetterGridProps {
  rows: LetterRow[];
  columns: LetterColumnId[];
  label: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onClose: () => void;
  gridRef: RefObject<HTMLDivElement | null>;
}

/**
 * The letters as an ARIA grid, like the journal's: arrows / Page / Home / End move,
 * Enter opens the letter beside the list, Escape closes it.
 */
export function LetterGrid({
  rows,
  columns,
  label,
  selectedId,
  onSelect,
  onOpen,
  onClose,
  gridRef,
}: LetterGridProps) {
  const { t } = useTranslation();
  const selectedIndex = useMemo(
    () => (selectedId ? rows.findIndex((row) => row.letter.id === selectedId) : -1),
    [rows, selectedId],
  );
  const moveTo = useCallback(
    (index: number) => {
      const row = rows[index];
      if (row) onSelect(row.letter.id);
    },
    [rows, onSelect],
  );
  const { items, bodyHeight, activeRendered, onKeyDown } = useVirtualGrid({
    total: rows.length,
    gridRef,
    selectedIndex,
    openKeys: OPEN_KEYS,
    openSelected: selectedId ? () => onOpen(selectedId) : null,
    moveTo,
    onClose,
  });
  const style = {
    '--record-columns': columns.map((id) => columnWidth[id][0]).join(' '),
    '--record-min-width': `${columns.reduce((sum, id) => sum + columnWidth[id][1], 0)}px`,
  } as CSSProperties;

  return (
    <div
      ref={gridRef}
      role="grid"
      className="record-grid"
      style={style}
      tabIndex={0}
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={activeRendered ? letterRowId(selectedIndex) : undefined}
      aria-keyshortcuts="ArrowUp ArrowDown PageUp PageDown Home End Enter Escape"
      data-testid="signing-grid"
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="record-grid__head">
        <div role="row" aria-rowindex={1} className="record-row record-row--head">
          {columns.map((id) => (
            <div key={id} role="columnheader" className="record-cell record-cell--head">
              {t(`signingUi.grid.columns.${id}`)}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="record-grid__body" style={{ height: bodyHeight }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const selected = item.index === selectedIndex;
          const bb = row.letter.signatureLevel === 'B-B';
          return (
            <div
              key={row.letter.id}
              role="row"
              id={letterRowId(item.index)}
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              className={[
                'record-row',
                item.index % 2 === 1 ? 'record-row--odd' : '',
                selected ? 'record-row--selected' : '',
              ]
                .filter(Boolean)
                .join(' ')}
              style={{ transform: `translateY(${item.start - GRID_HEADER_HEIGHT}px)` }}
              data-testid="signing-row"
              data-letter-id={row.letter.id}
              data-level={row.letter.signatureLevel ?? undefined}
              onMouseDown={(event) => {
                if (event.detail > 1) event.preventDefault();
              }}
              onClick={() => onSelect(row.letter.id)}
              onDoubleClick={() => onOpen(row.letter.id)}
            >
              {columns.map((id) => {
                const text = cellText(t, row, id);
                return (
                  <div
                    key={id}
                    role="gridcell"
                    className={
                      id === 'level' && bb ? 'record-cell signing-level--bb' : 'record-cell'
                    }
                    title={text}
                  >
                    {text}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
