import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeByTable, encodeBase64, encodeByTable } from './base64';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = new TextEncoder();

/** What the platform's btoa says, to hold ours against (slow, but independent of ours). */
function reference(data: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < data.length; at += 0x8000)
    binary += String.fromCharCode(...data.subarray(at, at + 0x8000));
  return btoa(binary);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

describe.each([
  ['the table', encodeByTable, decodeByTable],
  ['the platform', encodeBase64, decodeBase64],
])('base64 by %s', (_name, encode, decode) => {
  it('encodes as RFC 4648 does, with padding', () => {
    expect(encode(new Uint8Array())).toBe('');
    expect(encode(utf8.encode('f'))).toBe('Zg==');
    expect(encode(utf8.encode('fo'))).toBe('Zm8=');
    expect(encode(utf8.encode('foo'))).toBe('Zm9v');
    expect(encode(utf8.encode('foobar'))).toBe('Zm9vYmFy');
    expect(encode(bytes(0xfb, 0xff, 0xbf))).toBe('+/+/');
  });

  it('encodes only the bytes a view shows', () => {
    const whole = bytes(9, 9, 0x66, 0x6f, 9);
    expect(encode(whole.subarray(2, 4))).toBe('Zm8=');
  });

  it('round-trips every length and byte value, as btoa encodes them', () => {
    for (let length = 0; length < 300; length++) {
      const data = Uint8Array.from({ length }, (_, index) => (index * 37 + length) & 255);
      const text = encode(data);
      expect(text).toBe(reference(data));
      expect(decode(text)).toEqual(data);
    }
  });

  it('refuses what is not padded base64 of its alphabet', () => {
    for (const bad of ['Zm9v!', 'Z', 'Zg=', 'Zg===', 'Zg==Zg==', '=Zg=', 'Zm9vYg=a', 'ž', 'Zm9ž'])
      expect(() => decode(bad), bad).toThrow(SyntaxError);
    // Left-over bits of the last character must be zero.
    expect(() => decode('Zh==')).toThrow(SyntaxError);
    expect(() => decode('Zm9=')).toThrow(SyntaxError);
  });

  it('round-trips 30 MB', () => {
    const data = new Uint8Array(30 << 20);
    for (let index = 0; index < data.length; index++) data[index] = (index * 7919) >> 3;
    const text = encode(data);
    expect(text.length).toBe(Math.ceil(data.length / 3) * 4);
    expect(text.slice(-4_000)).toBe(reference(data.subarray(data.length - 3_000)));
    const back = decode(text);
    expect(back.length).toBe(data.length);
    expect(sameBytes(back, data)).toBe(true);
  });
});

describe('the table decoder', () => {
  it('refuses characters outside Latin-1 that share low bits with the alphabet', () => {
    // 'A' + 0x100 * k: a table of 256 entries would read them as 'A'.
    const wide = String.fromCharCode(0x141, 0x241, 0x341, 0x441);
    expect(() => decodeByTable(wide)).toThrow(SyntaxError);
  });
});
