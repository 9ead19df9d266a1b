import bwipjs from 'bwip-js/node';

/** ISO/IEC 15417 asks for at least ten modules of white on either side of the symbol. */
export const QUIET_ZONE_MODULES = 10;

/** What our PIDs and reference numbers are made of; outside it we print no barcode. */
const ENCODABLE = /^[\x20-\x7e]+$/;

export function canEncodeCode128(text: string): boolean {
  return ENCODABLE.test(text);
}

/**
 * The Code 128 symbol for `text` (start, data, check character, stop) as module
 * widths, alternately bar and space, beginning with a bar. bwip-js chooses the code
 * sets (switching to C for runs of digits), so the symbol is as short as it can be.
 */
export function code128Widths(text: string): number[] {
  if (!canEncodeCode128(text)) throw new Error('Code 128 here encodes printable ASCII only');
  const [symbol] = bwipjs.raw({ bcid: 'code128', text });
  if (!symbol || !('sbs' in symbol)) throw new Error('bwip-js returned no linear symbol');
  return symbol.sbs;
}

export function totalModules(widths: readonly number[]): number {
  return widths.reduce((sum, width) => sum + width, 0);
}

/** A bar's left edge and width, measured from the symbol's left edge. */
export interface Bar {
  x: number;
  width: number;
}

/** The bars to draw, in the unit of `moduleWidth`; spaces are what lies between. */
export function barsOf(widths: readonly number[], moduleWidth: number): Bar[] {
  const bars: Bar[] = [];
  let modules = 0;
  widths.forEach((width, index) => {
    if (index % 2 === 0) bars.push({ x: modules * moduleWidth, width: width * moduleWidth });
    modules += width;
  });
  return bars;
}
