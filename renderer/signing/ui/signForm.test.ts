import { describe, expect, it } from 'vitest';
import type { SigningCertificateCheck } from '../../../common/contract/signing';
import {
  checkOf,
  initialSignForm,
  outcomeLines,
  signerChoiceOf,
  signReadiness,
  withoutSecrets,
  type SignForm,
} from './signForm';

const check: SigningCertificateCheck = {
  certificate: {
    subject: 'CN=Petr Starosta',
    subjectName: 'Petr Starosta',
    issuer: 'CN=Test CA',
    serialNumber: '01',
    notBefore: '2026-01-01T00:00:00Z',
    notAfter: '2027-01-01T00:00:00Z',
  },
  qualified: true,
  onQscd: false,
  qcType: 'esign',
  keyUsage: ['digitalSignature', 'nonRepudiation'],
  blocking: [],
  warnings: [],
};

const form = (patch: Partial<SignForm>): SignForm => ({
  ...initialSignForm({ hasStored: false, hasSignatureBox: true }),
  ...patch,
});

describe('initialSignForm', () => {
  it('offers the stored certificate first when there is one, and defaults to B-T and visible', () => {
    expect(initialSignForm({ hasStored: true, hasSignatureBox: false })).toMatchObject({
      source: 'stored',
      timestamp: true,
      visible: false,
    });
    expect(initialSignForm({ hasStored: false, hasSignatureBox: true })).toMatchObject({
      source: 'pkcs12',
      visible: true,
    });
  });
});

describe('signerChoiceOf', () => {
  const file = { name: 'starosta.p12', bytes: new Uint8Array([1, 2]) };

  it('names a file with its password, remembered only when asked', () => {
    expect(signerChoiceOf(form({ pkcs12: file, password: 'tajne' }))).toEqual({
      kind: 'pkcs12',
      pkcs12: file.bytes,
      password: 'tajne',
    });
    expect(signerChoiceOf(form({ pkcs12: file, password: '', remember: true }))).toEqual({
      kind: 'pkcs12',
      pkcs12: file.bytes,
      password: '',
      remember: true,
    });
    expect(signerChoiceOf(form({ pkcs12: null }))).toBeNull();
  });

  it('names a stored signer by id and a card key with its PIN', () => {
    expect(signerChoiceOf(form({ source: 'stored', storedId: 's1' }))).toEqual({
      kind: 'storedPkcs12',
      id: 's1',
    });
    expect(signerChoiceOf(form({ source: 'stored' }))).toBeNull();
    expect(signerChoiceOf(form({ source: 'pkcs11', tokenId: 't1', pin: '1234' }))).toEqual({
      kind: 'pkcs11',
      id: 't1',
      pin: '1234',
    });
    expect(signerChoiceOf(form({ source: 'pkcs11', tokenId: 't1', pin: '' }))).toBeNull();
  });

  it('forgets the password and the PIN', () => {
    expect(withoutSecrets(form({ password: 'a', pin: 'b' }))).toMatchObject({
      password: '',
      pin: '',
    });
  });
});

describe('checkOf and signReadiness', () => {
  const sources = {
    inspected: null,
    stored: [{ id: 's1', check, storedAt: '2026-01-01T00:00:00Z' }],
    tokens: [
      {
        id: 't1',
        tokenLabel: 'Karta',
        tokenSerial: '42',
        label: 'Podpis',
        check: { ...check, blocking: ['signing.certificate.expired'] },
      },
    ],
  };

  it('asks to check a file first', () => {
    const typed = form({ pkcs12: { name: 'a.p12', bytes: new Uint8Array([1]) } });
    expect(checkOf(typed, sources)).toBeNull();
    expect(signReadiness(typed, null)).toBe('needCheck');
    expect(signReadiness(form({}), null)).toBe('incomplete');
    expect(signReadiness(typed, check)).toBe('ready');
  });

  it('is ready with a stored signer', () => {
    const chosen = form({ source: 'stored', storedId: 's1' });
    expect(checkOf(chosen, sources)).toBe(check);
    expect(signReadiness(chosen, check)).toBe('ready');
  });

  it('is blocked by a blocking problem, PIN or not', () => {
    const chosen = form({ source: 'pkcs11', tokenId: 't1', pin: '1234' });
    const found = checkOf(chosen, sources);
    expect(signReadiness(chosen, found)).toBe('blocked');
  });

  it('waits for the PIN', () => {
    const chosen = form({ source: 'pkcs11', tokenId: 't1', pin: '' });
    expect(signReadiness(chosen, check)).toBe('incomplete');
  });
});

describe('outcomeLines', () => {
  const time = (iso: string) => `T(${iso})`;

  it('says B-T with the timestamp time', () => {
    expect(
      outcomeLines(
        { level: 'B-T', timestampNotice: null, timestampTime: '2026-03-03T09:00:01Z' },
        true,
        time,
      ),
    ).toEqual([
      { key: 'signingUi.outcome.bt', params: { time: 'T(2026-03-03T09:00:01Z)' }, tone: 'ok' },
    ]);
  });

  it.each(['unreachable', 'refused', 'notConfigured'] as const)(
    'explains a B-B signature when the timestamp was %s',
    (notice) => {
      expect(
        outcomeLines({ level: 'B-B', timestampNotice: notice, timestampTime: null }, true, time),
      ).toEqual([
        { key: 'signingUi.outcome.bb', tone: 'warning' },
        { key: `signingUi.outcome.notice.${notice}`, tone: 'warning' },
      ]);
    },
  );

  it('says a timestamp was not asked for', () => {
    expect(
      outcomeLines({ level: 'B-B', timestampNotice: null, timestampTime: null }, false, time),
    ).toEqual([
      { key: 'signingUi.outcome.bb', tone: 'warning' },
      { key: 'signingUi.outcome.notice.notWanted', tone: 'warning' },
    ]);
  });
});
