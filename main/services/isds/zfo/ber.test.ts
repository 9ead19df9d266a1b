import type * as asn1js from 'asn1js';
import { describe, expect, it } from 'vitest';
import { MalformedError, octets, readBer, withPkijs } from './ber';
import { parseSignedData } from './cms';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('reading untrusted BER', () => {
  it('reads indefinite lengths and joins a constructed OCTET STRING, as ISDS writes large ZFOs', () => {
    // SEQUENCE (indefinite) { INTEGER 5, OCTET STRING (constructed, indefinite) { "a", "b" } }
    const node = readBer(
      bytes(
        0x30,
        0x80,
        0x02,
        0x01,
        0x05,
        0x24,
        0x80,
        0x04,
        0x01,
        0x61,
        0x04,
        0x01,
        0x62,
        0,
        0,
        0,
        0,
      ),
      'test',
    );
    const [, pieces] = (node as asn1js.Sequence).valueBlock.value;
    expect(new TextDecoder().decode(octets(pieces, 'test'))).toBe('ab');
  });

  it('gives views into the input, not copies', () => {
    const input = bytes(0x04, 0x03, 0x61, 0x62, 0x63);
    const view = octets(readBer(input, 'test'), 'test');
    expect(view.buffer).toBe(input.buffer);
    expect(view.byteOffset).toBe(2);
  });

  it('refuses lengths past the data, a missing end of contents, and bytes after the element', () => {
    for (const input of [
      bytes(0x30, 0x05, 0x02, 0x01),
      bytes(0x30, 0x80, 0x02, 0x01, 0x05),
      bytes(0x04, 0x01, 0x61, 0x00),
      bytes(0x04, 0x80, 0x00, 0x00),
      bytes(0x30, 0x85, 1, 0, 0, 0, 0),
      new Uint8Array(),
    ])
      expect(() => readBer(input, 'test')).toThrow(MalformedError);
  });

  it('refuses nesting deeper than any CMS structure without exhausting the stack', () => {
    const depth = 100_000;
    const nested = new Uint8Array(depth * 2 + depth * 2);
    for (let level = 0; level < depth; level++) nested.set([0x30, 0x80], level * 2);
    expect(() => readBer(nested, 'test')).toThrow(/depth/);
  });

  it('refuses a flood of tiny elements beyond what the size of the input allows', () => {
    const count = 20_000;
    const flood = new Uint8Array(4 + count * 2);
    flood.set([0x30, 0x82, ((count * 2) >> 8) & 0xff, (count * 2) & 0xff]);
    for (let index = 0; index < count; index++) flood.set([0x05, 0x00], 4 + index * 2);
    expect(() => readBer(flood, 'test')).toThrow(/node count/);
  });

  it('turns a value asn1js throws on into MalformedError', () => {
    const text = 'včera';
    const encoded = new TextEncoder().encode(text);
    expect(() => readBer(bytes(0x18, encoded.byteLength, ...encoded), 'time')).toThrow(
      MalformedError,
    );
  });

  it('turns whatever pkijs throws into MalformedError', () => {
    expect(() =>
      withPkijs('test', () => {
        throw new TypeError('Cannot read properties of undefined');
      }),
    ).toThrow(MalformedError);
    // A SEQUENCE that is not a ContentInfo.
    expect(() => parseSignedData(bytes(0x30, 0x03, 0x02, 0x01, 0x05))).toThrow(MalformedError);
  });
});
