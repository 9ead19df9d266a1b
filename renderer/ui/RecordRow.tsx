import type { ReactNode } from 'react';
import type { RowPlace } from './RecordGrid';

/** data-* attributes a row carries for styles and tests. */
export type RowData = Record<`data-${string}`, string | boolean | undefined>;

export interface RecordRowProps {
  place: RowPlace;
  /** The row's element id (the grid's `rowId` of its index). */
  id: string;
  testId: string;
  /** Modifier classes after the grid's own (odd, selected). */
  classNames?: ReadonlyArray<string | false>;
  data?: RowData;
  onClick: () => void;
  onDoubleClick: () => void;
  children: ReactNode;
}

/** One row of a RecordGrid, placed by the virtualizer; a double click opens, not selects text. */
export function RecordRow({
  place,
  id,
  testId,
  classNames = [],
  data,
  onClick,
  onDoubleClick,
  children,
}: RecordRowProps) {
  const className = [
    'record-row',
    place.index % 2 === 1 ? 'record-row--odd' : '',
    place.selected ? 'record-row--selected' : '',
    ...classNames,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      role="row"
      id={id}
      aria-rowindex={place.index + 2}
      aria-selected={place.selected}
      className={className}
      style={{ transform: `translateY(${place.top}px)` }}
      data-testid={testId}
      {...data}
      onMouseDown={(event) => {
        if (event.detail > 1) event.preventDefault();
      }}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
    >
      {children}
    </div>
  );
}

/** A cell that shows its text and, cut off or not, the whole of it on hover. */
export function TextCell({ text, className }: { text: string; className: string }) {
  return (
    <div role="gridcell" className={className} title={text}>
      {text}
    </div>
  );
}
