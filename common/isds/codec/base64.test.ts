import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('base64', () => {
  it('encodes as RFC 4648 does, with padding', () => {
    const text = new TextEncoder();
    expect(encodeBase64(new Uint8Array())).toBe('');
    expect(encodeBase64(text.encode('f'))).toBe('Zg==');
    expect(encodeBase64(text.encode('fo'))).toBe('Zm8=');
    expect(encodeBase64(text.encode('foo'))).toBe('Zm9v');
    expect(encodeBase64(text.encode('foobar'))).toBe('Zm9vYmFy');
    expect(encodeBase64(bytes(0xfb, 0xff, 0xbf))).toBe('+/+/');
  });

  it('decodes with whitespace anywhere and refuses what is not base64', () => {
    expect(decodeBase64('Zm9v\nYmFy\r\n', 'x')).toEqual(new TextEncoder().encode('foobar'));
    expect(decodeBase64(' Z g = = ', 'x')).toEqual(bytes(0x66));
    expect(decodeBase64('', 'x')).toEqual(new Uint8Array());
    for (const bad of ['Zm9v!', 'Z', 'Zg=', 'Zg===', 'Zg==Zg==', '=Zg=', 'Zm9vYg=a', 'ž'])
      expect(() => decodeBase64(bad, 'where'), bad).toThrow(/where: not xs:base64Binary/);
  });

  it('round-trips every length and byte value', () => {
    for (let length = 0; length < 300; length++) {
      const data = Uint8Array.from({ length }, (_, index) => (index * 37 + length) & 255);
      expect(decodeBase64(encodeBase64(data), 'x')).toEqual(data);
    }
  });

  it('round-trips 20 MB', () => {
    const data = new Uint8Array(20 << 20);
    for (let index = 0; index < data.length; index++) data[index] = (index * 7919) & 255;
    const back = decodeBase64(encodeBase64(data), 'x');
    expect(back.length).toBe(data.length);
    expect(back[12_345_678]).toBe(data[12_345_678]);
  });
});
