import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { Provider } from 'react-redux';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../common/contract/api';
import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord, LetterState } from '../../../common/domain/letter';
import { ServicesProvider } from '../../app/services';
import { createStore } from '../../app/store';
import { openTestDatabase } from '../../db/testing/fixtures';
import { letterTestI18n } from '../testing/letterI18n';
import { LetterDraftActions } from './LetterDraftActions';

// A static render never runs the live query: the letter is handed in here.
let current: LetterRecord | null = null;
vi.mock('./useDocumentLetter', () => ({ useDocumentLetter: () => current }));
// pdf.js needs a browser; the editor that imports it is never open here.
vi.mock('../../ui/PdfPreview', () => ({ PdfPreview: () => null }));

let i18n: I18n;
const db = openTestDatabase();
// Effects do not run in a static render: nothing of the API is called.
const api = new Proxy({} as Api, {
  get: () => () => Promise.reject(new Error('not called in a static render')),
});
beforeAll(async () => {
  i18n = await letterTestI18n();
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

const doc = {
  pid: 'OUHL0001',
  referenceNumber: 'OUHL 12/2026',
  direction: 'own',
  state: 'registered',
} as unknown as DocumentRecord;

const letterIn = (state: LetterState): LetterRecord => ({
  id: 'l1',
  pid: 'OUHL0001',
  source: 'template',
  templateId: null,
  content: null,
  state,
  draftBlobId: 'b1',
  signedComponentId: state === 'signed' || state === 'dispatched' ? 'c1' : null,
  signatureLevel: null,
  signatureBox: null,
  request: null,
  queuedAt: null,
  post: null,
  history: [],
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
});

/** The two buttons' opening tags, in order ("Upravit/Napsat dopis", "Načíst PDF jako dopis"). */
const buttons = (markup: string) =>
  [
    ...markup.matchAll(/<span class="letter-action" data-testid="letter-[a-z-]+"><button[^>]*>/g),
  ].map((match) => match[0]);
const count = (markup: string, text: string) => markup.split(text).length - 1;
const describedBy = (tag: string) => tag.match(/aria-describedby="([^"]+)"/)?.[1];

const SIGNED = 'Dopis je už podepsaný — podepsaný dopis nelze měnit.';
const IN_QUEUE = 'Dopis čeká na podpis ve frontě „K podpisu“';
const CANCELLED = 'Dokument je stornovaný — nelze s ním dále pracovat.';

describe('LetterDraftActions', () => {
  it.each<[LetterState, string]>([
    ['signed', SIGNED],
    ['dispatched', SIGNED],
    ['awaitingSignature', IN_QUEUE],
  ])(
    'a %s letter: both buttons disabled, the reason written once and named by both',
    (state, reason) => {
      current = letterIn(state);
      const markup = html(<LetterDraftActions doc={doc} />);
      expect(count(markup, reason)).toBe(1);
      expect(count(markup, 'case-action__reason')).toBe(1);
      expect(markup).toContain('>Upravit dopis</button>');
      expect(markup).toContain('>Načíst PDF jako dopis</button>');
      const [write = '', load = ''] = buttons(markup);
      expect(write).toContain('data-testid="letter-write"');
      expect(load).toContain('data-testid="letter-import-pdf"');
      for (const tag of [write, load]) expect(tag).toContain('aria-disabled="true"');
      const id = describedBy(write);
      expect(id).toBeTruthy();
      expect(describedBy(load)).toBe(id);
      expect(markup).toContain(`<span id="${id}" class="case-action__reason">${reason}`);
      expect(markup).not.toContain('letter-request-signature-detail');
    },
  );

  it('a cancelled document: one reason for both, even with a draft letter', () => {
    current = letterIn('draft');
    const markup = html(<LetterDraftActions doc={{ ...doc, state: 'cancelled' }} />);
    expect(count(markup, CANCELLED)).toBe(1);
    const [write = '', load = ''] = buttons(markup);
    expect(describedBy(write)).toBe(describedBy(load));
    expect(markup).not.toContain('letter-request-signature-detail');
  });

  it('a draft: both buttons work, no reason, and it can go for signature', () => {
    current = letterIn('draft');
    const markup = html(<LetterDraftActions doc={doc} />);
    expect(markup).not.toContain('case-action__reason');
    for (const tag of buttons(markup)) {
      expect(tag).not.toContain('aria-disabled');
      expect(tag).not.toContain('aria-describedby');
    }
    expect(markup).toContain('Dopis: rozpracovaný');
    expect(markup).toContain('data-testid="letter-request-signature-detail"');
  });

  it('no letter yet: "Napsat dopis" and the import, both working', () => {
    current = null;
    const markup = html(<LetterDraftActions doc={doc} />);
    expect(markup).toContain('>Napsat dopis</button>');
    expect(markup).toContain('>Načíst PDF jako dopis</button>');
    expect(markup).not.toContain('case-action__reason');
    expect(buttons(markup)).toHaveLength(2);
  });
});
