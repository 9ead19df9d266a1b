import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord } from '../../../common/domain/letter';
import { PostDispatchDialog } from '../../dispatch/post/PostDispatchDialog';
import { fileTestDatabase } from '../../db/testing/databaseLifecycle';
import { markupTest } from '../../ui/testing/markupTest';
import { sampleLetter } from '../testing/sampleLetter';
import { firstMatch as tag } from '../../ui/testing/markupText';
import { RequestSignatureDialog } from './RequestSignatureDialog';
import { SignDialog } from './SignDialog';

const db = fileTestDatabase();
const { html } = markupTest({ services: () => ({ db }) });

const letter = sampleLetter();
const doc = {
  pid: 'OUHL0001',
  referenceNumber: 'OUHL 12/2026',
  addressees: [{ kind: 'person', name: 'Jan Novák' }],
} as unknown as DocumentRecord;

describe('SignDialog', () => {
  it('offers the three key sources, B-T and a visible signature, and cannot sign yet', () => {
    const markup = html(<SignDialog letter={letter} doc={doc} onClose={() => {}} />);
    expect(markup).toContain('Podepsat dopis OUHL 12/2026');
    for (const source of ['pkcs12', 'stored', 'pkcs11'])
      expect(markup).toContain(`data-testid="sign-source-${source}"`);
    expect(markup).toContain('Soubor s certifikátem (.p12, .pfx)');
    expect(markup).toContain('Čipová karta / token');
    expect(markup).toContain('Uložit do klíčenky systému');
    expect(tag(markup, /<input[^>]*data-testid="sign-password"[^>]*>/)).toContain(
      'type="password"',
    );
    expect(tag(markup, /<input[^>]*data-testid="sign-timestamp"[^>]*>/)).toContain('checked');
    expect(tag(markup, /<input[^>]*data-testid="sign-visible"[^>]*>/)).toContain('checked');
    expect(tag(markup, /<button[^>]*data-testid="sign-confirm"[^>]*>/)).toContain('disabled');
  });

  it('says there is no signature field when the letter has none', () => {
    const markup = html(
      <SignDialog letter={{ ...letter, signatureBox: null }} doc={doc} onClose={() => {}} />,
    );
    expect(markup).not.toContain('data-testid="sign-visible"');
    expect(markup).toContain('Dopis nemá podpisové pole');
  });
});

describe('PostDispatchDialog', () => {
  it('offers the four kinds of mail, the day, printing and recording', () => {
    const markup = html(
      <PostDispatchDialog letter={{ ...letter, state: 'signed' }} doc={doc} onClose={() => {}} />,
    );
    for (const kind of ['obycejne', 'doporucene', 'doporuceneDodejka', 'doVlastnichRukou'])
      expect(markup).toContain(`data-testid="post-kind-${kind}"`);
    expect(markup).toContain('Doporučeně s dodejkou');
    expect(markup).toContain('Do vlastních rukou');
    expect(tag(markup, /<input[^>]*data-testid="post-kind-doporucene"[^>]*>/)).toContain('checked');
    expect(tag(markup, /<input[^>]*data-testid="post-sent-on"[^>]*>/)).toContain('type="date"');
    expect(markup).toContain('Vytisknout obálku / štítek');
    expect(markup).toContain('Zapsat jako odeslané');
  });
});

describe('RequestSignatureDialog', () => {
  const draft = sampleLetter({ state: 'draft', queuedAt: null });
  const field = (markup: string, testId: string) =>
    tag(markup, new RegExp(`<input[^>]*data-testid="${testId}"[^>]*>`));

  it('offers whom the letter names as its signer', () => {
    const markup = html(
      <RequestSignatureDialog
        letter={{
          ...draft,
          content: { signer: { name: 'Ing. Jaroslav Novotný', function: 'starosta obce' } },
        }}
        doc={doc}
        onClose={() => {}}
      />,
    );
    expect(field(markup, 'request-signer')).toContain('value="Ing. Jaroslav Novotný"');
    expect(field(markup, 'request-function')).toContain('value="starosta obce"');
  });

  it('sends a returned imported PDF back to whom it was for, and a new one to nobody yet', () => {
    const imported: LetterRecord = { ...draft, source: 'import', templateId: null, content: null };
    const returned = html(
      <RequestSignatureDialog
        letter={{
          ...imported,
          state: 'returned',
          request: {
            signerName: 'Marie Malá',
            signerFunction: 'místostarostka',
            note: null,
            requestedAt: '2026-03-02T09:00:00.000Z',
            requestedBy: 'Jana Dvořáková',
          },
        }}
        doc={doc}
        onClose={() => {}}
      />,
    );
    expect(field(returned, 'request-signer')).toContain('value="Marie Malá"');
    const fresh = html(<RequestSignatureDialog letter={imported} doc={doc} onClose={() => {}} />);
    expect(field(fresh, 'request-signer')).toContain('value=""');
  });
});
