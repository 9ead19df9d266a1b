import { describe, expect, it, vi } from 'vitest';
import type { SigningOutcome } from '../../../common/contract/signing';
import type { DocumentRecord } from '../../../common/domain/document';
import { minimalPdf } from '../../../common/domain/testing/sampleFiles';
import { ConversionSignDialog } from '../../conversion/ui/scan/ConversionSignDialog';
import { CommandError } from '../../db/errors';
import { fileTestDatabase } from '../../db/testing/databaseLifecycle';
import { markupTest } from '../../ui/testing/markupTest';
import { firstMatch as tag } from '../../ui/testing/markupText';
import { sampleLetter } from '../testing/sampleLetter';
import { signAndKeep } from './signAndKeep';
import { SignDialog } from './SignDialog';
import { SignPdfDialog } from './SignPdfDialog';

const db = fileTestDatabase();
const { html } = markupTest({ services: () => ({ db }) });

const BOX = { page: 1, x: 56, y: 90, width: 220, height: 64 };

const letter = sampleLetter({
  state: 'signed',
  signedComponentId: 'c1',
  signatureLevel: 'B-T',
  queuedAt: null,
});
const doc = { pid: 'OUHL0001', referenceNumber: 'OUHL 12/2026' } as unknown as DocumentRecord;

describe('SignDialog (a letter)', () => {
  it('adds a further signature to a signed letter invisibly unless asked', () => {
    const markup = html(<SignDialog letter={letter} doc={doc} onClose={() => {}} />);
    expect(markup).toContain('Připojit další podpis — OUHL 12/2026');
    const visible = tag(markup, /<input[^>]*data-testid="sign-visible"[^>]*>/);
    expect(visible).not.toBe('');
    expect(visible).not.toContain('checked');
    expect(markup).toContain('Viditelný podpis v podpisovém poli dopisu');
  });
});

describe('SignPdfDialog', () => {
  const props = {
    title: 'Podepsat výstup konverze č. KV 7/2026',
    loadPdf: () => Promise.resolve(minimalPdf() as Uint8Array<ArrayBuffer>),
    visibleLabel: 'Viditelný podpis v ověřovací doložce',
    noBoxText: 'Doložka nemá podpisové pole; podpis bude neviditelný.',
    reason: 'Autorizovaná konverze č. KV 7/2026',
    onSigned: () => Promise.resolve(),
    onClose: () => {},
  };

  it('offers the key sources, B-T and the visible signature in the given box', () => {
    const markup = html(<SignPdfDialog {...props} signatureBox={BOX} />);
    expect(markup).toContain('Podepsat výstup konverze č. KV 7/2026');
    for (const source of ['pkcs12', 'stored', 'pkcs11'])
      expect(markup).toContain(`data-testid="sign-source-${source}"`);
    expect(tag(markup, /<input[^>]*data-testid="sign-timestamp"[^>]*>/)).toContain('checked');
    expect(tag(markup, /<input[^>]*data-testid="sign-visible"[^>]*>/)).toContain('checked');
    expect(markup).toContain('Viditelný podpis v ověřovací doložce');
    expect(tag(markup, /<button[^>]*data-testid="sign-confirm"[^>]*>/)).toContain('disabled');
  });

  it('says the signature is invisible when there is no box', () => {
    const markup = html(<SignPdfDialog {...props} signatureBox={null} />);
    expect(markup).not.toContain('data-testid="sign-visible"');
    expect(markup).toContain('Doložka nemá podpisové pole; podpis bude neviditelný.');
  });
});

describe('signAndKeep', () => {
  const outcome = { pdf: minimalPdf(), level: 'B-B' } as SigningOutcome;
  const signer = { kind: 'storedPkcs12', id: 'mayor' } as const;

  it('signs what it loads and sends no reason when none is given (a letter)', async () => {
    const port = { 'signing.sign': vi.fn(async () => outcome) };
    const onSigned = vi.fn(async () => {});
    const pdf = minimalPdf() as Uint8Array<ArrayBuffer>;
    await signAndKeep(
      port,
      { loadPdf: async () => pdf, signer, timestamp: false, visible: null },
      onSigned,
    );
    expect(port['signing.sign']).toHaveBeenCalledWith({
      pdf,
      signer,
      timestamp: false,
      visible: null,
    });
    expect(onSigned).toHaveBeenCalledWith(outcome);
  });

  it('signs nothing when the PDF cannot be read', async () => {
    const port = { 'signing.sign': vi.fn(async () => outcome) };
    const onSigned = vi.fn(async () => {});
    await expect(
      signAndKeep(
        port,
        {
          loadPdf: () => Promise.reject(new CommandError('errors.conversionRecord.noClause')),
          signer,
          timestamp: true,
          visible: BOX,
        },
        onSigned,
      ),
    ).rejects.toMatchObject({ code: 'errors.conversionRecord.noClause' });
    expect(port['signing.sign']).not.toHaveBeenCalled();
    expect(onSigned).not.toHaveBeenCalled();
  });
});

describe('ConversionSignDialog', () => {
  it('reads the conversion first', () => {
    const markup = html(<ConversionSignDialog conversionId="c1" onClose={() => {}} />);
    expect(markup).toContain('Podepsat výstup konverze');
    expect(markup).toContain('Načítám konverzi…');
  });
});
