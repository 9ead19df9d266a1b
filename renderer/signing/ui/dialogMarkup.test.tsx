import i18next from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { Provider } from 'react-redux';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../../common/contract/api';
import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord } from '../../../common/domain/letter';
import { ServicesProvider } from '../../app/services';
import { createStore } from '../../app/store';
import { PostDispatchDialog } from '../../dispatch/post/PostDispatchDialog';
import { openTestDatabase } from '../../db/testing/fixtures';
import { resources } from '../../i18n/resources';
import { RequestSignatureDialog } from './RequestSignatureDialog';
import { SignDialog } from './SignDialog';

const i18n = i18next.createInstance();
const db = openTestDatabase();
// Effects do not run in a static render: nothing of the API is called.
const api = new Proxy({} as Api, {
  get: () => () => Promise.reject(new Error('not called in a static render')),
});

beforeAll(async () => {
  await i18n.init({
    resources,
    lng: 'cs',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});
afterAll(async () => {
  await db.delete();
});

const html = (element: ReactElement) =>
  renderToStaticMarkup(
    <Provider store={createStore()}>
      <ServicesProvider services={{ api, db }}>
        <I18nextProvider i18n={i18n}>{element}</I18nextProvider>
      </ServicesProvider>
    </Provider>,
  );

const letter: LetterRecord = {
  id: 'l1',
  pid: 'OUHL0001',
  source: 'template',
  templateId: null,
  content: null,
  state: 'awaitingSignature',
  draftBlobId: 'b1',
  signedComponentId: null,
  signatureLevel: null,
  signatureBox: { page: 0, x: 300, y: 80, width: 200, height: 60 },
  request: null,
  queuedAt: '2026-03-02T09:00:00.000Z',
  post: null,
  history: [],
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
};
const doc = {
  pid: 'OUHL0001',
  referenceNumber: 'OUHL 12/2026',
  addressees: [{ kind: 'person', name: 'Jan Novák' }],
} as unknown as DocumentRecord;

/** The opening tag of the first element that matches. */
const tag = (markup: string, pattern: RegExp) => markup.match(pattern)?.[0] ?? '';

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
  const draft: LetterRecord = { ...letter, state: 'draft', queuedAt: null };
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
