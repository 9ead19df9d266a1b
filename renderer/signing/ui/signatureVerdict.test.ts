import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { PdfSignatureReport } from '../../../common/contract/signing';
import { signingUi } from '../../i18n/locales/cs/signingUi';
import {
  checkProblemText,
  reportVerdict,
  signatureVerdict,
  statusTone,
  verdictTone,
} from './signatureVerdict';

const good: PdfSignatureReport = {
  fieldName: 'Signature1',
  kind: 'signature',
  subFilter: 'ETSI.CAdES.detached',
  status: 'valid',
  signer: null,
  signingTime: '2026-03-03T09:00:00.000Z',
  timestamp: null,
  level: 'B-T',
  chain: 'trusted',
  coversRevision: true,
  laterChanges: 'none',
  qualified: true,
  qcType: null,
  holder: null,
  provider: null,
  problems: [],
};

describe('signatureVerdict', () => {
  it('is valid (green) only when it verifies, the chain is trusted and nothing changed after', () => {
    expect(signatureVerdict(good)).toBe('valid');
    expect(verdictTone('valid')).toBe('ok');
    expect(signatureVerdict({ ...good, laterChanges: 'signaturesOnly' })).toBe('valid');
  });

  it('warns about an untrusted chain', () => {
    expect(signatureVerdict({ ...good, chain: 'untrusted' })).toBe('untrusted');
    expect(verdictTone('untrusted')).toBe('warning');
  });

  it('warns about a document changed after signing', () => {
    expect(signatureVerdict({ ...good, laterChanges: 'modified' })).toBe('modified');
    expect(verdictTone('modified')).toBe('warning');
  });

  it('cannot verify without a known chain or with a certificate not valid at signing', () => {
    expect(signatureVerdict({ ...good, status: 'indeterminate' })).toBe('indeterminate');
    expect(signatureVerdict({ ...good, chain: 'unknown' })).toBe('indeterminate');
    expect(signatureVerdict({ ...good, chain: 'notValidAtSigning' })).toBe('indeterminate');
    expect(verdictTone('indeterminate')).toBe('warning');
  });

  it('is invalid (red) when it does not verify or does not cover its revision, whatever else', () => {
    expect(signatureVerdict({ ...good, status: 'invalid' })).toBe('invalid');
    expect(signatureVerdict({ ...good, coversRevision: false })).toBe('invalid');
    expect(signatureVerdict({ ...good, status: 'invalid', chain: 'untrusted' })).toBe('invalid');
    expect(verdictTone('invalid')).toBe('error');
  });
});

describe('reportVerdict', () => {
  it('says unsigned for no signatures and unreadable for a broken file', () => {
    expect(reportVerdict({ signatures: [], unreadable: null })).toBe('unsigned');
    expect(reportVerdict({ signatures: [], unreadable: 'signatureCheck.corrupted' })).toBe(
      'unreadable',
    );
  });

  it('takes the worst signature', () => {
    expect(
      reportVerdict({
        signatures: [good, { ...good, chain: 'untrusted' }, { ...good, status: 'invalid' }],
        unreadable: null,
      }),
    ).toBe('invalid');
    expect(reportVerdict({ signatures: [good, good], unreadable: null })).toBe('valid');
  });
});

describe('statusTone', () => {
  it('greens a timestamp only when valid and trusted', () => {
    expect(statusTone('valid', true)).toBe('ok');
    expect(statusTone('valid', false)).toBe('warning');
    expect(statusTone('indeterminate', true)).toBe('warning');
    expect(statusTone('invalid', true)).toBe('error');
  });
});

describe('checkProblemText', () => {
  it('reads a known key and names an unknown one', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: {
        cs: { translation: { signingUi, signatureCheck: { digestMismatch: 'Otisk nesouhlasí.' } } },
      },
      lng: 'cs',
      showSupportNotice: false,
    });
    const t = i18n.t.bind(i18n);
    expect(
      checkProblemText(t, 'signatureCheck.digestMismatch', 'signingUi.verify.problemUnknown'),
    ).toBe('Otisk nesouhlasí.');
    expect(checkProblemText(t, 'signatureCheck.newThing', 'signingUi.verify.problemUnknown')).toBe(
      'Podpis má vadu (signatureCheck.newThing).',
    );
  });
});
