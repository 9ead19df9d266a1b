import type { PostLabelFormat } from '../../../common/letters/model';
import { mm } from './pen';

/**
 * Where the post label's parts go, in points from the top-left corner of the printed
 * area. Envelopes follow Česká pošta's rules for the address side (TNP 2201, ČSN 01
 * 6910): the sender in the top left, ending at most 40 mm from the top edge and at
 * least 74 mm from the right edge (the top right belongs to postage and the post's
 * notes); the addressee in the lower right, at least 40 mm from the top and clear of
 * the bottom 15 mm (the post's reading zone).
 */
export interface Area {
  left: number;
  top: number;
  width: number;
}

export interface LabelGeometry {
  /** The page: the envelope itself, or the A4 sheet of labels. */
  page: { width: number; height: number };
  sender: Area & { size: number; maxBottom: number };
  marks: Area & { size: number };
  address: Area & { size: number; minSize: number; leading: number; maxLines: number };
  /** The label's own box on a sheet (null for an envelope). */
  label: { left: number; top: number; width: number; height: number } | null;
}

/** An envelope: sender top left, the mail kind beneath it, the address lower right. */
function envelope(width: number, height: number, addressLeft: number, addressTop: number) {
  return {
    page: { width, height },
    sender: {
      left: mm(10),
      top: mm(10),
      width: width - mm(10) - mm(74),
      size: 9,
      maxBottom: mm(40),
    },
    marks: { left: mm(10), top: addressTop, width: addressLeft - mm(20), size: 11 },
    address: {
      left: addressLeft,
      top: addressTop,
      width: width - addressLeft - mm(12),
      size: 11,
      minSize: 8,
      leading: 14,
      maxLines: 6,
    },
    label: null,
  } satisfies LabelGeometry;
}

/** Labels of 70 × 37.125 mm, 3 across and 8 down, filling an A4 sheet edge to edge. */
export const SHEET = { columns: 3, rows: 8, width: mm(70), height: mm(297) / 8 } as const;

function sheetLabel(position: number): LabelGeometry {
  const index = Math.min(Math.max(position, 1), SHEET.columns * SHEET.rows) - 1;
  const left = (index % SHEET.columns) * SHEET.width;
  const top = Math.floor(index / SHEET.columns) * SHEET.height;
  const padding = mm(5);
  const inner = SHEET.width - 2 * padding;
  return {
    page: { width: mm(210), height: mm(297) },
    sender: {
      left: left + padding,
      top: top + mm(4),
      width: inner,
      size: 6.5,
      maxBottom: top + mm(8),
    },
    marks: { left: left + padding, top: top + mm(7.5), width: inner, size: 7.5 },
    address: {
      left: left + padding,
      top: top + mm(11.5),
      width: inner,
      size: 9,
      minSize: 7,
      leading: 10.5,
      maxLines: 6,
    },
    label: { left, top, width: SHEET.width, height: SHEET.height },
  };
}

export function labelGeometry(format: PostLabelFormat, position = 1): LabelGeometry {
  switch (format) {
    case 'dl-envelope':
      return envelope(mm(220), mm(110), mm(110), mm(50));
    case 'c5-envelope':
      return envelope(mm(229), mm(162), mm(120), mm(92));
    case 'label-a4-3x8':
      return sheetLabel(position);
  }
}
