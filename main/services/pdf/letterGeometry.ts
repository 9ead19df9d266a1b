import { mm } from './pen';

/**
 * Where things sit on an A4 letter, in points, measured from the TOP of the sheet
 * (as ČSN 01 6910 and envelope makers give them); `pdfY` turns such a distance into
 * pdf-lib's bottom-up y.
 *
 * The address: ČSN 01 6910 reserves an address field of 9 line pitches (38.1 mm) whose
 * middle 6 lines (25.4 mm, the "adresové pásmo") carry the address, the first line and
 * the last two kept empty so nothing else shows when the sheet slides in the envelope.
 * A DL window envelope (110 × 220 mm) has its 45 × 90 mm window 20 mm from the side and
 * 15 mm from the bottom, i.e. 50–95 mm below the top of the sheet folded in thirds; a C5
 * envelope takes the sheet folded once with the window in the same place. So the field
 * starts 50 mm from the top; the text starts at the text margin, 25 mm from the left
 * edge (left window, 20–110 mm), or at 120 mm (right window, 20 mm from the right edge,
 * the field at 119 mm by ČSN 01 6910), and stays within 70 mm of width.
 */
export const PAGE = { width: mm(210), height: mm(297) } as const;

export const pdfY = (fromTop: number): number => PAGE.height - fromTop;

export const MARGIN = { left: mm(25), right: mm(20) } as const;
export const CONTENT = {
  left: MARGIN.left,
  right: PAGE.width - MARGIN.right,
  width: PAGE.width - MARGIN.left - MARGIN.right,
} as const;

export const LETTERHEAD = {
  top: mm(12),
  logoMaxWidth: mm(45),
  logoMaxHeight: mm(20),
  logoGap: mm(5),
  nameSize: 13,
  lineSize: 9,
  lineLeading: 11,
  /** The thin rule under the letterhead; at least 10 mm above the address field. */
  rule: mm(38),
} as const;

/** ČSN 01 6910 line pitch: 6 lines in 25.4 mm. */
const ADDRESS_PITCH = mm(25.4) / 6;

export const ADDRESS = {
  fieldTop: mm(50),
  zoneTop: mm(50) + ADDRESS_PITCH,
  fieldBottom: mm(50) + 9 * ADDRESS_PITCH,
  x: { left: mm(25), right: mm(120) },
  width: mm(70),
  pitch: ADDRESS_PITCH,
  maxLines: 6,
  size: 10,
  minSize: 8,
} as const;

export const REFERENCES = {
  labelSize: 8,
  valueSize: 9,
  minValueSize: 6.5,
  pitch: 11,
  /** Free space between the address field and a reference column beside it. */
  gapToAddress: mm(7),
  labelWidth: mm(22),
  /** The row sits 10 mm below the address field. */
  rowTop: mm(50) + 9 * ADDRESS_PITCH + mm(8),
  rowGap: mm(3),
} as const;

export const BODY = {
  size: 10,
  leading: 14,
  subjectSize: 10.5,
  headingSize: 13,
  bulletIndent: mm(6),
  attachmentIndent: mm(6),
} as const;

/** The text area of every page. */
export const FLOW = {
  /** Below the address field (column layout), with room to breathe. */
  firstTop: mm(50) + 9 * ADDRESS_PITCH + mm(10),
  nextTop: mm(26),
  bottom: mm(268),
} as const;

export const FOOTER = {
  rule: mm(274),
  firstLine: mm(278.5),
  secondLine: mm(282.5),
  size: 7.5,
} as const;

/** The running head of the second and later pages: who writes and under which number. */
export const RUNNING_HEAD = {
  baseline: mm(15),
  rule: mm(18),
  size: 8,
} as const;

export const SIGNATURE = {
  width: mm(70),
  height: mm(25),
  /** The official stamp's place beside the signature. */
  stampWidth: mm(45),
  noteSize: 8,
} as const;

/** Fold marks for a DL envelope (ČSN 01 6910: 105 and 210 mm) and the punch mark. */
export const FOLD_MARKS = {
  folds: [mm(105), mm(210)],
  punch: PAGE.height / 2,
  x1: mm(4),
  x2: mm(9),
  punchX2: mm(7),
} as const;

export const GREY = 0.35;
export const RULE_WIDTH = 0.5;
