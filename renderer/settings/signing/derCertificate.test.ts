import { describe, expect, it } from 'vitest';
import { readCertificateSummary } from './derCertificate';
import { OLD_PEM, ROOT_PEM } from './testCertificates';

const derOf = (pem: string) =>
  Uint8Array.from(atob(pem.replace(/-----[A-Z ]+-----|\s/g, '')), (char) => char.charCodeAt(0));

/** A DER element with a short or long length, for shapes OpenSSL would not write. */
function tlv(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const body = Uint8Array.from(contents.flatMap((part) => [...part]));
  const length = body.length < 0x80 ? [body.length] : [0x82, body.length >> 8, body.length & 0xff];
  return Uint8Array.from([tag, ...length, ...body]);
}
const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const name = (oid: number, tag: number, value: Uint8Array) =>
  tlv(0x30, tlv(0x31, tlv(0x30, tlv(0x06, bytes(0x55, 0x04, oid)), tlv(tag, value))));
const utc = (text: string) => tlv(0x17, ascii(text));
const generalized = (text: string) => tlv(0x18, ascii(text));
const certificate = (
  subject: Uint8Array,
  issuer = subject,
  version = true,
  validity = [utc('490101000000Z'), utc('500101000000Z')],
  signature = bytes(0),
) =>
  tlv(
    0x30,
    tlv(
      0x30,
      ...(version ? [tlv(0xa0, tlv(0x02, bytes(2)))] : []),
      tlv(0x02, bytes(1)),
      tlv(0x30, tlv(0x06, bytes(0x2a, 0x03))),
      issuer,
      tlv(0x30, ...validity),
      subject,
      // SubjectPublicKeyInfo: an algorithm and an empty key
      tlv(0x30, tlv(0x30, tlv(0x06, bytes(0x2a, 0x03))), tlv(0x03, bytes(0))),
    ),
    tlv(0x30, tlv(0x06, bytes(0x2a, 0x03))),
    tlv(0x03, signature),
  );

describe('readCertificateSummary', () => {
  it('names a certificate by its CN in UTF-8 and reads both kinds of time', () => {
    expect(readCertificateSummary(derOf(ROOT_PEM))).toEqual({
      subjectName: 'Testovací kořenová CA',
      issuerName: 'Testovací kořenová CA',
      notBefore: '2026-01-01T00:00:00.000Z',
      notAfter: '2051-01-01T00:00:00.000Z',
    });
  });

  it('falls back to the organisation when there is no CN', () => {
    expect(readCertificateSummary(derOf(OLD_PEM))).toEqual({
      subjectName: 'Stará autorita s.r.o.',
      issuerName: 'Testovací kořenová CA',
      notBefore: '2019-01-01T00:00:00.000Z',
      notAfter: '2021-01-01T00:00:00.000Z',
    });
  });

  it('reads BMP and Teletex strings, v1 certificates and two-digit years around 2050', () => {
    const bmp = Uint8Array.from([0x00, 0x4f, 0x00, 0xfa, 0x01, 0x59]); // "Oúř"
    const teletex = Uint8Array.from([0x53, 0xe1]); // "Sá" in Latin-1
    expect(
      readCertificateSummary(certificate(name(3, 0x1e, bmp), name(10, 0x14, teletex), false)),
    ).toEqual({
      subjectName: 'Oúř',
      issuerName: 'Sá',
      notBefore: '2049-01-01T00:00:00.000Z',
      notAfter: '1950-01-01T00:00:00.000Z',
    });
  });

  it('refuses what is not shaped like a certificate', () => {
    const good = derOf(ROOT_PEM);
    expect(readCertificateSummary(new Uint8Array())).toBeNull();
    // cut short, or followed by more bytes
    expect(readCertificateSummary(good.subarray(0, good.length - 1))).toBeNull();
    expect(readCertificateSummary(Uint8Array.from([...good, 0]))).toBeNull();
    // BER's indefinite length, alone or around a whole certificate
    expect(readCertificateSummary(bytes(0x30, 0x80, 0x00, 0x00))).toBeNull();
    const content = good.subarray(4); // after 30 82 xx xx
    expect(readCertificateSummary(Uint8Array.from([0x30, 0x80, ...content, 0, 0]))).toBeNull();
    // a length that overruns its parent
    expect(readCertificateSummary(tlv(0x30, bytes(0x30, 0x05, 0x00)))).toBeNull();
    // a sequence of the wrong things (here: a private key's shape)
    expect(
      readCertificateSummary(tlv(0x30, tlv(0x02, bytes(0)), tlv(0x30), tlv(0x04, bytes(1)))),
    ).toBeNull();
    // a Name that is not SETs of pairs
    expect(readCertificateSummary(certificate(tlv(0x30, tlv(0x30))))).toBeNull();
  });

  it('refuses a validity that is not in RFC 5280 form', () => {
    const subject = name(3, 0x0c, ascii('CA'));
    const withTimes = (...times: Uint8Array[]) =>
      readCertificateSummary(certificate(subject, subject, true, times));
    expect(withTimes(utc('260101000000Z'), generalized('20510101000000Z'))).toMatchObject({
      notBefore: '2026-01-01T00:00:00.000Z',
      notAfter: '2051-01-01T00:00:00.000Z',
    });
    // letters where digits belong (asn1js throws on one kind, notes an error on the other)
    expect(withTimes(utc('2601A1000000Z'), utc('270101000000Z'))).toBeNull();
    expect(withTimes(utc('260101000000Z'), generalized('2051A101000000Z'))).toBeNull();
    // a local time, an offset, fractions of a second, no seconds
    expect(withTimes(utc('260101000000Z'), generalized('20510101000000'))).toBeNull();
    expect(withTimes(utc('260101000000+0100'), utc('270101000000Z'))).toBeNull();
    expect(withTimes(utc('260101000000Z'), generalized('20510101000000.5Z'))).toBeNull();
    expect(withTimes(utc('2601010000Z'), utc('270101000000Z'))).toBeNull();
    // one time only
    expect(withTimes(utc('260101000000Z'))).toBeNull();
  });

  it('does not judge the bytes of a signature, even when they look like a broken time', () => {
    const subject = name(3, 0x0c, ascii('CA'));
    const times = [utc('260101000000Z'), utc('270101000000Z')];
    // 0 unused bits, then what asn1js would read as UTCTime "ABC"
    const signature = bytes(0x00, 0x17, 0x03, 0x41, 0x42, 0x43);
    expect(
      readCertificateSummary(certificate(subject, subject, true, times, signature)),
    ).toMatchObject({ subjectName: 'CA', notAfter: '2027-01-01T00:00:00.000Z' });
  });
});
