import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from './wire';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

describe('wire codec', () => {
  it('carries byte arrays inside nested objects and arrays', () => {
    const value = {
      ok: true,
      value: {
        pdf: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 255]),
        files: [
          { name: 'a.png', bytes: new Uint8Array([137, 80, 78, 71]) },
          { name: 'prázdný', bytes: new Uint8Array(0) },
        ],
        pages: 2,
      },
    };
    const back = fromWire(toWire(value)) as typeof value;
    expect(back).toEqual(value);
    expect(back.value.pdf).toBeInstanceOf(Uint8Array);
    expect(back.value.files[0]?.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.value.files[0]?.bytes ?? [])).toEqual([137, 80, 78, 71]);
    expect(back.value.files[1]?.bytes.byteLength).toBe(0);
  });

  it('carries a byte array on its own', () => {
    const back = fromWire(toWire(new Uint8Array([1, 2, 3])));
    expect(back).toBeInstanceOf(Uint8Array);
    expect(Array.from(back as Uint8Array)).toEqual([1, 2, 3]);
  });

  it('sends only the bytes a view shows, not its whole buffer', () => {
    const buffer = new Uint8Array([9, 9, 1, 2, 9]);
    const back = fromWire(toWire({ bytes: buffer.subarray(2, 4) })) as { bytes: Uint8Array };
    expect(Array.from(back.bytes)).toEqual([1, 2]);
  });

  it("carries byte arrays that bring their own toJSON, like Node's Buffer", () => {
    class BufferLike extends Uint8Array {
      toJSON() {
        return { type: 'Buffer', data: Array.from(this) };
      }
    }
    const back = fromWire(toWire({ pdf: new BufferLike([37, 80, 68, 70]) })) as { pdf: unknown };
    expect(back.pdf).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.pdf as Uint8Array)).toEqual([37, 80, 68, 70]);
  });

  it('does not turn an object with a $bytes key and others into bytes', () => {
    const value = { $bytes: 'AQID', name: 'x' };
    expect(fromWire(toWire(value))).toEqual(value);
    expect(fromWire('{"$bytes":"AQID","extra":1}')).toEqual({ $bytes: 'AQID', extra: 1 });
  });

  it('does not turn a $bytes key without a string into bytes', () => {
    expect(fromWire('{"$bytes":5}')).toEqual({ $bytes: 5 });
    expect(fromWire('[{"$bytes":null}]')).toEqual([{ $bytes: null }]);
  });

  it('carries large byte arrays unchanged, in the tagged form', () => {
    const zfo = new Uint8Array(12 << 20);
    for (let index = 0; index < zfo.length; index++) zfo[index] = (index * 7919) >> 5;
    const pdf = zfo.slice(1, 3_000_001);
    const text = toWire({ zfo, files: [{ content: pdf }] });
    expect(text.startsWith('{"zfo":{"$bytes":"')).toBe(true);
    // The first bytes of the PDF as btoa writes them: the standard alphabet, in place.
    const head = btoa(String.fromCharCode(...pdf.subarray(0, 30)));
    expect(text).toContain(`{"content":{"$bytes":"${head}`);
    const back = fromWire(text) as { zfo: Uint8Array; files: Array<{ content: Uint8Array }> };
    expect(back.zfo).toBeInstanceOf(Uint8Array);
    expect(sameBytes(back.zfo, zfo)).toBe(true);
    expect(sameBytes(back.files[0]?.content ?? new Uint8Array(), pdf)).toBe(true);
  });

  it('refuses a tagged string that is not base64', () => {
    expect(() => fromWire('{"$bytes":"AQI*"}')).toThrow(SyntaxError);
  });

  it('leaves ordinary JSON as JSON', () => {
    const value = { a: [1, 'dva', null, { b: false }], text: '<script>' };
    expect(fromWire(toWire(value))).toEqual(value);
  });
});
