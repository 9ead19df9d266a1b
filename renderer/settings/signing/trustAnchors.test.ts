import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { czechTexts, issueInCzech } from './testing';
import { OLD_PEM, ROOT_PEM } from './testCertificates';
import { readCertificateSummary } from './derCertificate';
import {
  checkTrustAnchors,
  nameTrustAnchors,
  readTrustAnchors,
  TRUST_ANCHORS_MAX_CHARS,
  type TrustAnchorsCheck,
  type TrustAnchorsNames,
} from './trustAnchors';

let t: TFunction;
beforeAll(async () => {
  t = await czechTexts();
});

/** Both steps, as the form takes them: the PEM check, then reading each certificate. */
const checkAndName = (text: string): TrustAnchorsCheck | TrustAnchorsNames => {
  const check = checkTrustAnchors(text);
  return check.ok ? nameTrustAnchors(check.der, readCertificateSummary) : check;
};
const refusal = (text: string) => {
  const result = checkAndName(text);
  if (result.ok) throw new Error('accepted');
  expect(result.issue.path).toBe('signingTrustAnchorsPem');
  return { key: result.issue.message, czech: issueInCzech(t, result.issue) };
};
const body = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, '').trim();

describe('checkTrustAnchors', () => {
  it('treats an empty field as no anchors of our own', () => {
    expect(checkTrustAnchors(' \n ')).toEqual({ ok: true, value: null, der: [] });
  });

  it('names every certificate and keeps the text as pasted, with OpenSSL comments', () => {
    const text = `subject=CN = Testovací kořenová CA\n${ROOT_PEM}\n# stará\n${OLD_PEM}`;
    const check = checkTrustAnchors(`\n${text}\n`);
    if (!check.ok) throw new Error('refused');
    expect(check.value).toBe(text.trim());
    expect(check.der.map((der) => der.length)).toEqual([462, 465]);
    const result = nameTrustAnchors(check.der, readCertificateSummary);
    if (!result.ok) throw new Error('not named');
    expect(result.certificates.map((certificate) => certificate.subjectName)).toEqual([
      'Testovací kořenová CA',
      'Stará autorita s.r.o.',
    ]);
    expect(result.certificates[1]?.notAfter).toBe('2021-01-01T00:00:00.000Z');
  });

  it('fetches the reader by itself when saving', async () => {
    const check = checkTrustAnchors(`${OLD_PEM}\n${ROOT_PEM}`);
    if (!check.ok) throw new Error('refused');
    const result = await readTrustAnchors(check.der);
    expect(result.ok && result.certificates.map((certificate) => certificate.issuerName)).toEqual([
      'Testovací kořenová CA',
      'Testovací kořenová CA',
    ]);
  });

  it('accepts Windows line ends', () => {
    const result = checkAndName(ROOT_PEM.replace(/\n/g, '\r\n'));
    expect(result.ok && 'certificates' in result && result.certificates.length).toBe(1);
  });

  it('refuses text without a certificate', () => {
    expect(refusal('MIIByjCCAXGgAwIBAgIBATAKBggqhkjOPQQDAj')).toEqual({
      key: 'signingSettings.validation.pemNoCertificate',
      czech: expect.stringContaining('V textu není žádný certifikát.'),
    });
  });

  it('refuses a private key, alone or beside a certificate', () => {
    const key =
      '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49\n-----END PRIVATE KEY-----';
    for (const text of [
      key,
      `${ROOT_PEM}\n${key}`,
      `${ROOT_PEM}\n-----BEGIN EC PRIVATE KEY-----\nMHc`,
    ]) {
      expect(refusal(text)).toEqual({
        key: 'signingSettings.validation.pemPrivateKey',
        czech: expect.stringContaining('Text obsahuje soukromý klíč.'),
      });
    }
  });

  it('refuses a block of another kind, naming it', () => {
    const request = '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----';
    expect(refusal(`${ROOT_PEM}\n${request}`)).toEqual({
      key: 'signingSettings.validation.pemNotCertificate',
      czech: 'Blok č. 2 není certifikát, ale „CERTIFICATE REQUEST“. Vložte jen certifikáty.',
    });
  });

  it('refuses a certificate cut short, wherever it is', () => {
    const cut = ROOT_PEM.replace('-----END CERTIFICATE-----', '');
    const expected = (index: number) => ({
      key: 'signingSettings.validation.pemUnterminated',
      czech: `Certifikát č. ${index} není celý — chybí jeho konec (-----END CERTIFICATE-----).`,
    });
    expect(refusal(cut)).toEqual(expected(1));
    expect(refusal(`${ROOT_PEM}\n${cut}`)).toEqual(expected(2));
    // the cut one swallows the next block's markers
    expect(refusal(`${cut}\n${OLD_PEM}`)).toEqual(expected(1));
    expect(refusal(`${ROOT_PEM}\n-----END CERTIFICATE-----`)).toEqual(expected(2));
  });

  it('refuses characters that are not base64', () => {
    const broken = ROOT_PEM.replace(body(ROOT_PEM).slice(10, 14), 'ab*d');
    expect(refusal(`${OLD_PEM}\n${broken}`)).toEqual({
      key: 'signingSettings.validation.pemBase64',
      czech: 'Certifikát č. 2 je poškozený: obsahuje znaky, které do PEM nepatří.',
    });
    // a length no base64 text has
    expect(refusal(ROOT_PEM.replace(body(ROOT_PEM), `${body(ROOT_PEM)}A`))).toMatchObject({
      key: 'signingSettings.validation.pemBase64',
    });
  });

  it('refuses base64 that is no X.509 certificate', () => {
    const noCertificate = `-----BEGIN CERTIFICATE-----\n${btoa('not a certificate')}\n-----END CERTIFICATE-----`;
    expect(refusal(noCertificate)).toEqual({
      key: 'signingSettings.validation.pemNotDer',
      czech: 'Certifikát č. 1 je poškozený nebo to není certifikát X.509.',
    });
    // truncated inside: the base64 is fine, the DER is not
    const lines = body(ROOT_PEM).split('\n');
    const truncated = `-----BEGIN CERTIFICATE-----\n${lines.slice(0, 4).join('\n')}\n-----END CERTIFICATE-----`;
    expect(refusal(truncated).key).toBe('signingSettings.validation.pemNotDer');
  });

  it('refuses more text than main keeps', () => {
    expect(refusal(`${ROOT_PEM}\n${'#'.repeat(TRUST_ANCHORS_MAX_CHARS)}`)).toEqual({
      key: 'signingSettings.validation.pemTooLarge',
      czech: 'Certifikátů je příliš mnoho — text může mít nejvýše 1024 kB.',
    });
  });
});
