import { describe, expect, it } from 'vitest';
import type { PdfSignatureReport, TimestampReport } from '../../../../common/contract/signing';
import { examinationOf, isSeal } from './examination';
import { needsConfirmation } from '../../../../common/domain/conversionRules';
import { problemText } from './problemTexts';
import { sheetsOf } from './sheets';

const stamp: TimestampReport = {
  time: '2026-03-02T09:00:01.000Z',
  authority: 'PostSignum QTSA 2',
  serialNumber: '0A1B',
  status: 'valid',
  chain: 'trusted',
  problems: [],
};

const signature: PdfSignatureReport = {
  fieldName: 'Signature_1',
  kind: 'signature',
  subFilter: 'ETSI.CAdES.detached',
  status: 'valid',
  signer: {
    subject: 'C=CZ, GN=Petr, SN=Starosta, CN=Petr Starosta',
    subjectName: 'Petr Starosta',
    issuer: 'C=CZ, O=Česká pošta, s.p., CN=PostSignum Qualified CA 4',
    serialNumber: '1F2E',
    notBefore: '2026-01-01T00:00:00Z',
    notAfter: '2027-01-01T00:00:00Z',
  },
  signingTime: '2026-03-02T09:00:00.000Z',
  timestamp: stamp,
  level: 'B-T',
  chain: 'trusted',
  coversRevision: true,
  laterChanges: 'none',
  qualified: true,
  qcType: 'esign',
  holder: 'naturalPerson',
  provider: 'Česká pošta, s.p.',
  problems: [],
};

const documentTimestamp: PdfSignatureReport = {
  ...signature,
  fieldName: 'Timestamp_1',
  kind: 'documentTimestamp',
  subFilter: 'ETSI.RFC3161',
  level: null,
  timestamp: { ...stamp, serialNumber: 'DD01', time: '2026-03-03T10:00:00.000Z' },
};

describe('examinationOf', () => {
  it('describes a valid B-T signature with its certificate, provider and timestamp', () => {
    expect(examinationOf({ signatures: [signature], unreadable: null }, 2)).toEqual({
      kind: 'signed',
      valid: true,
      certificate: signature.signer,
      qualified: true,
      provider: 'Česká pošta, s.p.',
      signer: 'Petr Starosta',
      timestamp: {
        time: stamp.time,
        serialNumber: '0A1B',
        provider: 'PostSignum QTSA 2',
        valid: true,
      },
      problems: [],
      pages: 2,
    });
  });

  it('takes a B-B signature’s time from the document timestamp that follows', () => {
    const bb = {
      ...signature,
      timestamp: null,
      level: 'B-B' as const,
      laterChanges: 'signaturesOnly' as const,
    };
    const examination = examinationOf({ signatures: [bb, documentTimestamp], unreadable: null }, 1);
    expect(examination).toMatchObject({
      valid: true,
      timestamp: { serialNumber: 'DD01', time: '2026-03-03T10:00:00.000Z', valid: true },
    });
  });

  it('is not valid when any signature fails, the chain is untrusted, or the document changed', () => {
    const cases: [Partial<PdfSignatureReport>, string][] = [
      [
        { status: 'invalid', problems: ['signatureCheck.digestMismatch'] },
        'signatureCheck.digestMismatch',
      ],
      [{ chain: 'untrusted', problems: ['signatureCheck.untrusted'] }, 'signatureCheck.untrusted'],
      [
        { laterChanges: 'modified', problems: ['signatureCheck.modifiedAfterSigning'] },
        'signatureCheck.modifiedAfterSigning',
      ],
      [{ status: 'indeterminate', problems: [] }, 'signatureCheck.status.indeterminate'],
    ];
    for (const [change, problem] of cases) {
      const second = { ...signature, fieldName: 'Signature_2', ...change };
      const examination = examinationOf({ signatures: [signature, second], unreadable: null }, 1);
      expect(examination.valid).toBe(false);
      expect(examination.problems).toEqual([problem]);
      expect(needsConfirmation(examination)).toBe(true);
    }
  });

  it('is not valid when the timestamp fails, and says why', () => {
    const untrustedStamp = {
      ...stamp,
      chain: 'untrusted' as const,
      problems: ['signatureCheck.timestamp.untrusted'],
    };
    const examination = examinationOf(
      { signatures: [{ ...signature, timestamp: untrustedStamp }], unreadable: null },
      1,
    );
    expect(examination).toMatchObject({
      valid: false,
      problems: ['signatureCheck.timestamp.untrusted'],
    });
    expect(examination.timestamp?.valid).toBe(false);
  });

  it('an unsigned input needs no confirmation, unless its timestamp failed', () => {
    const none = examinationOf({ signatures: [], unreadable: null }, 3);
    expect(none).toMatchObject({ kind: 'none', valid: false, problems: [], timestamp: null });
    expect(needsConfirmation(none)).toBe(false);
    const badStamp = {
      ...documentTimestamp,
      status: 'invalid' as const,
      problems: ['signatureCheck.digestMismatch'],
    };
    const stamped = examinationOf({ signatures: [badStamp], unreadable: null }, 3);
    expect(stamped.kind).toBe('none');
    expect(needsConfirmation(stamped)).toBe(true);
  });
});

describe('isSeal', () => {
  it('is a seal by QcType eseal, or a legal person’s certificate without QcType', () => {
    expect(isSeal({ qcType: 'eseal', holder: 'naturalPerson' })).toBe(true);
    expect(isSeal({ qcType: null, holder: 'legalPerson' })).toBe(true);
    expect(isSeal({ qcType: 'esign', holder: 'legalPerson' })).toBe(false);
    expect(isSeal({ qcType: null, holder: null })).toBe(false);
    expect(isSeal({ qcType: null, holder: 'naturalPerson' })).toBe(false);
  });
});

describe('problemText', () => {
  it('has Czech for the verifier’s keys and names a key it does not know', () => {
    expect(problemText('signatureCheck.digestMismatch')).toBe(
      'dokument byl po podepsání změněn (otisk nesouhlasí)',
    );
    expect(problemText('signatureCheck.timestamp.untrusted')).toBe(
      'certifikát vydavatele časového razítka nevydala důvěryhodná autorita',
    );
    expect(problemText('signatureCheck.novyDuvod')).toBe('důvod signatureCheck.novyDuvod');
  });
});

describe('sheetsOf', () => {
  it('counts a sheet a page one-sided and two pages a sheet on both sides', () => {
    expect([1, 2, 3, 4, 5].map((pages) => sheetsOf(pages, false))).toEqual([1, 2, 3, 4, 5]);
    expect([1, 2, 3, 4, 5].map((pages) => sheetsOf(pages, true))).toEqual([1, 1, 2, 2, 3]);
    expect(() => sheetsOf(0, true)).toThrow();
  });
});
