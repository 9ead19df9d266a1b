import { describe, expect, it } from 'vitest';
import type { PdfSignatureReport, SigningCertificateCheck } from '../../../common/contract/signing';
import { markupTest } from '../../ui/testing/markupTest';
import { markupText as text } from '../../ui/testing/markupText';
import { CertificateCheckView } from './CertificateCheckView';
import { SignatureReportView } from './SignatureReportView';
import { SignOutcomeView } from './SignOutcomeView';

const { html } = markupTest();

const certificate = {
  subject: 'CN=Petr Starosta, O=Obec Horní Lhota',
  subjectName: 'Petr Starosta',
  issuer: 'CN=PostSignum Qualified CA 4',
  serialNumber: '0A1B2C',
  notBefore: '2026-01-01T00:00:00Z',
  notAfter: '2027-01-01T00:00:00Z',
};

const signature: PdfSignatureReport = {
  fieldName: 'Podpis1',
  kind: 'signature',
  subFilter: 'ETSI.CAdES.detached',
  status: 'valid',
  signer: certificate,
  signingTime: '2026-03-03T09:00:00.000Z',
  timestamp: {
    time: '2026-03-03T09:00:01.000Z',
    authority: 'CN=TSA',
    serialNumber: '1A2B',
    status: 'valid',
    chain: 'trusted',
    problems: [],
  },
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

describe('SignatureReportView', () => {
  it('shows a valid, trusted signature green with signer, times and authority', () => {
    const markup = html(
      <SignatureReportView report={{ signatures: [signature], unreadable: null }} />,
    );
    expect(markup).toContain('data-verdict="valid"');
    expect(markup).toContain('databox-verdict--ok');
    const words = text(markup);
    expect(words).toContain('Podpis je platný');
    expect(words).toContain('Podepsal(a) Petr Starosta');
    expect(words).toContain('3. 3. 2026 10:00:01, CN=TSA');
    expect(words).toContain('žádné — dokument je takový, jak byl podepsán');
    expect(words).toContain('Kvalifikovaný certifikát ano');
  });

  it('never greens an invalid signature and lists its problems', () => {
    const markup = html(
      <SignatureReportView
        report={{
          signatures: [
            {
              ...signature,
              status: 'invalid',
              laterChanges: 'modified',
              problems: ['signatureCheck.someNewProblem'],
            },
          ],
          unreadable: null,
        }}
      />,
    );
    expect(markup).toContain('data-verdict="invalid"');
    expect(markup).not.toContain('databox-verdict--ok');
    const words = text(markup);
    expect(words).toContain('PODPIS JE NEPLATNÝ');
    expect(words).toContain('DOKUMENT BYL PO PODPISU ZMĚNĚN');
    expect(words).toContain('Podpis má vadu (signatureCheck.someNewProblem)');
  });

  it('says a document timestamp is one, and warns about an untrusted chain', () => {
    const markup = html(
      <SignatureReportView
        report={{
          signatures: [
            { ...signature, chain: 'untrusted' },
            { ...signature, kind: 'documentTimestamp', signer: null, level: null },
          ],
          unreadable: null,
        }}
      />,
    );
    const words = text(markup);
    expect(words).toContain('2 podpisy');
    expect(words).toContain('certifikát nepochází od důvěryhodné autority');
    expect(words).toContain('Časové razítko dokumentu je platné');
    expect(markup).toContain('data-verdict="untrusted"');
  });

  it('says a PDF without signatures is unsigned', () => {
    const markup = html(<SignatureReportView report={{ signatures: [], unreadable: null }} />);
    expect(markup).toContain('data-verdict="unsigned"');
    expect(text(markup)).toContain('Nepodepsaný dokument');
  });

  it('says when the PDF cannot be read', () => {
    const markup = html(
      <SignatureReportView report={{ signatures: [], unreadable: 'signatureCheck.corrupted' }} />,
    );
    expect(markup).toContain('data-verdict="unreadable"');
    expect(text(markup)).toContain('PDF nelze přečíst');
  });
});

describe('CertificateCheckView', () => {
  const check: SigningCertificateCheck = {
    certificate,
    qualified: true,
    onQscd: true,
    qcType: 'esign',
    keyUsage: ['nonRepudiation'],
    blocking: [],
    warnings: [],
  };

  it('shows the holder, issuer, validity and that it is qualified', () => {
    const words = text(html(<CertificateCheckView check={check} />));
    expect(words).toContain('Držitel Petr Starosta');
    expect(words).toContain('Vydavatel CN=PostSignum Qualified CA 4');
    expect(words).toContain('od 1. 1. 2026 01:00:00 do 1. 1. 2027 01:00:00');
    expect(words).toContain('klíč na kvalifikovaném prostředku (QSCD)');
  });

  it('warns about a certificate that is not qualified and lists what blocks signing', () => {
    const markup = html(
      <CertificateCheckView
        check={{ ...check, qualified: false, blocking: ['signing.certificate.whatever'] }}
      />,
    );
    expect(markup).toContain('data-testid="sign-not-qualified"');
    expect(markup).toContain('data-testid="sign-blocking"');
    expect(markup).toContain('data-blocked="true"');
    expect(text(markup)).toContain('Certifikát má vadu (signing.certificate.whatever)');
  });
});

describe('SignOutcomeView', () => {
  it('explains a B-B signature when the authority was unreachable', () => {
    const words = text(
      html(
        <SignOutcomeView
          outcome={{
            level: 'B-B',
            timestampNotice: 'unreachable',
            timestampTime: null,
            signingTime: '2026-03-03T09:00:00.000Z',
            certificate,
          }}
          askedTimestamp
        />,
      ),
    );
    expect(words).toContain(
      'Časové razítko nebylo dostupné, dokument je podepsán bez něj (B-B); razítko lze doplnit před odesláním.',
    );
    expect(words).toContain('Podepsal(a): Petr Starosta');
  });

  it('gives the timestamp time of a B-T signature', () => {
    const markup = html(
      <SignOutcomeView
        outcome={{
          level: 'B-T',
          timestampNotice: null,
          timestampTime: '2026-03-03T09:00:01.000Z',
          signingTime: '2026-03-03T09:00:00.000Z',
          certificate,
        }}
        askedTimestamp
      />,
    );
    expect(markup).toContain('data-level="B-T"');
    expect(text(markup)).toContain('Čas razítka: 3. 3. 2026 10:00:01.');
  });
});
