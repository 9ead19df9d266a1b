/**
 * The stream decoding the verifier needs: object streams and cross-reference streams
 * (ISO 32000-2 §7.5.7–7.5.8) are FlateDecode, often with a PNG predictor (§7.4.4.4).
 * Output is capped — a few kilobytes of deflate can claim gigabytes.
 */
import { inflateSync } from 'node:zlib';
import type { PdfDict } from './values';
import { dictOf, isIndex, isName, PdfSyntaxError, type PdfStream, type PdfValue } from './values';

function single(value: PdfValue | undefined): PdfValue | undefined {
  return Array.isArray(value) ? (value.length === 1 ? value[0] : value) : value;
}

function inflate(data: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return inflateSync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    // Truncated deflate data is common in the wild; what inflated before the cut stands.
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new PdfSyntaxError('stream decodes too large');
    try {
      return inflateSync(data, { maxOutputLength: maxBytes, finishFlush: 2 /* Z_SYNC_FLUSH */ });
    } catch {
      throw new PdfSyntaxError('stream does not inflate');
    }
  }
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** PNG row filters, one tag byte per row (predictors 10–15). */
function unpredictPng(data: Uint8Array, columns: number, bytesPerPixel: number): Uint8Array {
  const rowLength = columns * bytesPerPixel;
  const rows = Math.floor(data.byteLength / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let row = 0; row < rows; row++) {
    const tag = data[row * (rowLength + 1)]!;
    const source = row * (rowLength + 1) + 1;
    const target = row * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[source + i]!;
      const left = i >= bytesPerPixel ? out[target + i - bytesPerPixel]! : 0;
      const up = row > 0 ? out[target - rowLength + i]! : 0;
      const upLeft =
        row > 0 && i >= bytesPerPixel ? out[target - rowLength + i - bytesPerPixel]! : 0;
      let value: number;
      if (tag === 0) value = raw;
      else if (tag === 1) value = raw + left;
      else if (tag === 2) value = raw + up;
      else if (tag === 3) value = raw + ((left + up) >> 1);
      else if (tag === 4) value = raw + paeth(left, up, upLeft);
      else throw new PdfSyntaxError(`unknown PNG predictor row tag ${tag}`);
      out[target + i] = value & 0xff;
    }
  }
  return out;
}

function unpredict(data: Uint8Array, parms: PdfDict | null): Uint8Array {
  const predictor = parms?.get('Predictor') ?? 1;
  if (predictor === 1) return data;
  if (!isIndex(predictor) || predictor < 10 || predictor > 15)
    throw new PdfSyntaxError(`unsupported predictor ${String(predictor)}`);
  const columns = parms?.get('Columns') ?? 1;
  const colors = parms?.get('Colors') ?? 1;
  const bits = parms?.get('BitsPerComponent') ?? 8;
  if (
    !isIndex(columns) ||
    !isIndex(colors) ||
    bits !== 8 ||
    columns === 0 ||
    colors === 0 ||
    columns * colors > 1 << 16
  )
    throw new PdfSyntaxError('unsupported predictor parameters');
  return unpredictPng(data, columns, colors);
}

/** The stream's decoded data: none or FlateDecode only. */
export function decodeStream(stream: PdfStream, maxBytes: number): Uint8Array {
  const filter = single(stream.dict.get('Filter'));
  if (filter === undefined) {
    if (stream.data.byteLength > maxBytes) throw new PdfSyntaxError('stream too large');
    return stream.data;
  }
  if (!isName(filter, 'FlateDecode') && !isName(filter, 'Fl'))
    throw new PdfSyntaxError('unsupported stream filter');
  const parms = dictOf(single(stream.dict.get('DecodeParms') ?? stream.dict.get('DP')));
  return unpredict(inflate(stream.data, maxBytes), parms);
}
