import type { CSSProperties } from 'react';

/** A column's CSS grid track and the least width it needs, in pixels. */
export type ColumnWidth = readonly [track: string, minPixels: number];

/** The custom properties recordList.css lays a grid's columns out by. */
export function gridColumnStyle<Column extends string>(
  columns: ReadonlyArray<Column>,
  widths: Record<Column, ColumnWidth>,
): CSSProperties {
  return {
    '--record-columns': columns.map((id) => widths[id][0]).join(' '),
    '--record-min-width': `${columns.reduce((sum, id) => sum + widths[id][1], 0)}px`,
  } as CSSProperties;
}
