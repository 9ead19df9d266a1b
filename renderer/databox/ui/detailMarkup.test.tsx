import { describe, expect, it } from 'vitest';
import { markupTest } from '../../ui/testing/markupTest';
import { markupText as text } from '../../ui/testing/markupText';
import { sampleEnvelope, validSeal, validTimestamp } from '../testing/sampleMessages';
import { DeliveryStatus } from './DeliveryStatus';
import { EnvelopeFields } from './EnvelopeFields';
import { SealSection } from './SealSection';
import { testRecord } from './testRecord';
import { ZfoImportResults } from './ZfoImportResults';

const { html } = markupTest();

const certificate = {
  subject: 'CN=ISDS seal, O=Ministerstvo vnitra',
  subjectName: 'ISDS seal',
  issuer: 'CN=PostSignum Qualified CA 4',
  serialNumber: '0A1B2C',
  notBefore: '2025-01-01T00:00:00Z',
  notAfter: '2027-01-01T00:00:00Z',
};

describe('SealSection', () => {
  it('shows a valid, trusted seal green with its certificate and the timestamp', () => {
    const markup = html(
      <SealSection seal={{ ...validSeal, certificate }} timestamp={validTimestamp} />,
    );
    expect(markup).toContain('data-verdict="valid"');
    expect(markup).toContain('databox-verdict--ok');
    expect(text(markup)).toContain('Pečeť ISDS je platná');
    expect(text(markup)).toContain('Vydavatel CN=PostSignum Qualified CA 4');
    expect(text(markup)).toContain('Sériové číslo 0A1B2C');
    expect(text(markup)).toContain('Otisk zprávy souhlasí s razítkem');
  });

  it('never shows a seal that does not verify green, and says INVALID', () => {
    const markup = html(
      <SealSection
        seal={{
          ...validSeal,
          valid: false,
          trusted: true,
          problem: 'zfo.seal.signatureInvalid',
          certificate,
        }}
        timestamp={{ ...validTimestamp, hashMatches: false }}
      />,
    );
    expect(markup).not.toContain('databox-verdict--ok');
    expect(markup).toContain('data-verdict="invalid"');
    expect(text(markup)).toContain('Pečeť je NEPLATNÁ');
    expect(text(markup)).toContain('Časové razítko NEPATŘÍ k této zprávě');
  });

  it('warns about an untrusted issuer without calling the seal valid', () => {
    const markup = html(
      <SealSection
        seal={{ ...validSeal, trusted: false, problem: 'zfo.seal.untrusted' }}
        timestamp={null}
      />,
    );
    expect(markup).toContain('data-verdict="untrusted"');
    expect(markup).not.toContain('databox-verdict--ok');
  });
});

describe('EnvelopeFields', () => {
  it('shows markup in the subject as text', () => {
    const markup = html(
      <EnvelopeFields
        message={testRecord({
          envelope: sampleEnvelope({ dmAnnotation: '<script>alert(1)</script><b>Věc</b>' }),
        })}
      />,
    );
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<b>');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;Věc&lt;/b&gt;');
  });

  it('lists the envelope’s flags and references', () => {
    const content = text(html(<EnvelopeFields message={testRecord()} />));
    expect(content).toContain('Schránka odesílatele cit7777');
    expect(content).toContain('Č. j. odesílatele JN-7/2026');
    expect(content).toContain('Do vlastních rukou ne');
    expect(content).toContain('Doručení fikcí dovoleno ano');
  });
});

describe('DeliveryStatus', () => {
  it('lists the delivery steps of a sent message', () => {
    const markup = html(
      <DeliveryStatus
        message={testRecord({
          direction: 'sent',
          state: 6,
          acceptanceTime: '2026-03-03T08:30:00Z',
        })}
        now={new Date('2026-03-05T10:00:00Z')}
      />,
    );
    expect(markup).toContain('data-step="sent"');
    expect(markup).toContain('data-step="deliveredToBox"');
    expect(markup).toContain('data-step="login"');
    expect(markup).not.toContain('data-step="fictionAhead"');
  });
});

describe('ZfoImportResults', () => {
  it('lists each file with its outcome and flags a bad seal in words', () => {
    const markup = html(
      <ZfoImportResults
        rows={[
          {
            id: '1',
            name: '<b>a</b>.zfo',
            outcome: 'imported',
            reason: null,
            sealInvalid: true,
            messageId: 'received:1',
          },
          {
            id: '2',
            name: 'x.zfo',
            outcome: 'refused',
            reason: 'Soubor není platná datová zpráva (ZFO).',
            sealInvalid: false,
            messageId: null,
          },
        ]}
        onDismiss={() => {}}
        onOpen={() => {}}
      />,
    );
    expect(markup).toContain('&lt;b&gt;a&lt;/b&gt;.zfo');
    expect(text(markup)).toContain('importováno ⚠ POZOR: pečeť je neplatná');
    expect(text(markup)).toContain('x.zfo : odmítnuto — Soubor není platná datová zpráva (ZFO).');
  });
});
