import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredSigner, TokenCertificate } from '../../../common/contract/signing';
import { markupText as text, testIdCount as count } from '../../ui/testing/markupText';
import { demoInfo as info, settingsMarkupTest, testConfig } from '../testing/settingsMarkup';
import { loadCertificateReader } from './certificateReader';
import { KeptSigners } from './KeptSigners';
import { SigningSection } from './SigningSection';
import { OLD_PEM, ROOT_PEM } from './testCertificates';
import { TokenSearch } from './TokenSearch';

const { html } = settingsMarkupTest();
beforeAll(async () => {
  // A static render runs no effects: the form names the certificates only with pkijs loaded.
  await loadCertificateReader();
});

const config = testConfig({
  tsaUrl: 'http://tsa.postsignum.cz/',
  signingTrustAnchorsPem: `${ROOT_PEM}\n${OLD_PEM}`,
  pkcs11Modules: ['/usr/lib/softhsm/libsofthsm2.so'],
});

const certificate = {
  subject: 'CN=Petr Starosta, O=Obec Horní Lhota',
  subjectName: 'Petr Starosta',
  issuer: 'CN=PostSignum Qualified CA 4',
  serialNumber: '0A1B2C',
  notBefore: '2026-01-01T00:00:00Z',
  notAfter: '2027-01-01T00:00:00Z',
};
const check = {
  certificate,
  qualified: true,
  onQscd: false,
  qcType: 'esign' as const,
  keyUsage: ['nonRepudiation'],
  blocking: [],
  warnings: [],
};

describe('SigningSection', () => {
  it('shows the saved settings, the certificates read from the PEM and the demo hints', () => {
    const markup = html(<SigningSection now="2026-03-01T00:00:00.000Z" />, { info, config });
    expect(markup).toContain('data-testid="signing-settings"');
    expect(markup).toContain('Podepisování');
    expect(markup).toMatch(
      /data-testid="signing-settings-tsa"[^>]*value="http:\/\/tsa.postsignum.cz\/"/,
    );
    const words = text(markup);
    expect(words).toContain('Bez adresy budou podpisy jen úrovně B-B');
    expect(words).toContain(
      'V ukázce se při prázdné adrese použije autorita časových razítek simulátoru.',
    );
    expect(words).toContain('V ukázce se certifikační autorita simulátoru přidává sama.');
    expect(words).toContain('Načtení ze souboru aplikace zatím neumí');
    expect(words).toContain('Vloženy 2 certifikáty:');
    expect(count(markup, 'signing-settings-anchor')).toBe(2);
    expect(words).toContain(
      'Testovací kořenová CA kořenová autorita (vydala sama sobě) platný 1. 1. 2026 – 1. 1. 2051',
    );
    expect(words).toContain(
      'Stará autorita s.r.o. vydal(a) Testovací kořenová CA platný 1. 1. 2019 – 1. 1. 2021 platnost skončila',
    );
    expect(count(markup, 'signing-settings-anchor-expired')).toBe(1);
    expect(count(markup, 'signing-settings-module')).toBe(1);
    expect(words).toContain('/usr/lib/softhsm/libsofthsm2.so');
    expect(markup).toContain('aria-label="Odebrat knihovnu /usr/lib/softhsm/libsofthsm2.so"');
    for (const id of [
      'signing-settings-module-input',
      'signing-settings-module-add',
      'signing-settings-tokens-search',
      'signing-settings-save',
      'signing-settings-kept',
    ])
      expect(markup).toContain(`data-testid="${id}"`);
    expect(words).toContain('Vyhledat karty');
    expect(words).toContain('Načítám uložené certifikáty…');
    // nothing is wrong yet, and the card list is the saved one
    expect(markup).not.toContain('role="alert"');
    expect(words).not.toContain('změny v seznamu nejdřív uložte');
  });

  it('outside the demo, says an empty address means no timestamp and shows no demo hints', () => {
    const markup = html(<SigningSection now="2026-03-01T00:00:00.000Z" />, {
      info: { ...info, demo: false, simUrl: null },
      config: {
        ...config,
        mode: 'custom',
        tsaUrl: null,
        signingTrustAnchorsPem: null,
        pkcs11Modules: [],
      },
    });
    const words = text(markup);
    expect(words).toContain('Bez adresy budou podpisy jen úrovně B-B');
    expect(words).not.toContain('V ukázce');
    expect(markup).toContain('data-testid="signing-settings-anchors-none"');
    expect(markup).toContain('data-testid="signing-settings-modules-none"');
  });

  it('waits for the configuration before showing the form', () => {
    const markup = html(<SigningSection />);
    expect(text(markup)).toContain('Načítám nastavení…');
    expect(markup).not.toContain('data-testid="signing-settings-form"');
  });
});

describe('KeptSigners', () => {
  const signers: StoredSigner[] = [
    { id: 'demo-starosta', check, storedAt: '' },
    {
      id: 'k1',
      check: {
        ...check,
        qualified: false,
        certificate: { ...certificate, subjectName: 'Jana Místostarostová' },
      },
      storedAt: '2026-02-03T08:05:00.000Z',
    },
  ];
  const forget = () => Promise.resolve(true);

  it('lists holder, issuer, validity and qualification; only kept ones can be forgotten', () => {
    const markup = html(<KeptSigners kept={{ signers, failure: null, forget }} />);
    expect(count(markup, 'signing-settings-kept-item')).toBe(2);
    expect(count(markup, 'signing-settings-forget')).toBe(1);
    const words = text(markup);
    expect(words).toContain('Držitel Petr Starosta CN=Petr Starosta, O=Obec Horní Lhota');
    expect(words).toContain('Vydavatel CN=PostSignum Qualified CA 4');
    expect(words).toContain('Platný do 1. 1. 2027');
    expect(words).toContain('Kvalifikovaný ano');
    expect(words).toContain('Kvalifikovaný ne');
    expect(words).toContain('Certifikát ukázky');
    expect(words).toContain('Uložen 3. 2. 2026');
    expect(markup).toContain('aria-label="Zapomenout certifikát Jana Místostarostová"');
  });

  it('says when nothing is kept, and when the list could not be read', () => {
    expect(html(<KeptSigners kept={{ signers: [], failure: null, forget }} />)).toContain(
      'V klíčence není uložený žádný certifikát.',
    );
    const failed = html(
      <KeptSigners kept={{ signers: [], failure: 'Klíčenka není dostupná.', forget }} />,
    );
    expect(text(failed)).toContain(
      'Uložené certifikáty se nepodařilo načíst: Klíčenka není dostupná.',
    );
  });
});

describe('TokenSearch', () => {
  const search = () => Promise.resolve();
  const token: TokenCertificate = {
    id: 't1',
    tokenLabel: 'Starosta',
    tokenSerial: '42',
    label: 'Podpisový klíč',
    check,
  };

  it('lists what the cards hold, qualified or not', () => {
    const markup = html(
      <TokenSearch
        search={{
          tokens: [token, { ...token, id: 't2', check: { ...check, qualified: false } }],
          searching: false,
          failure: null,
          search,
        }}
        unsaved
      />,
    );
    expect(count(markup, 'signing-settings-token')).toBe(2);
    const words = text(markup);
    expect(words).toContain(
      'Petr Starosta — Podpisový klíč (karta Starosta) kvalifikovaný certifikát',
    );
    expect(words).toContain('není kvalifikovaný certifikát');
    expect(words).toContain('změny v seznamu nejdřív uložte');
  });

  it('says when nothing was found, and why a search failed', () => {
    expect(
      html(
        <TokenSearch
          search={{ tokens: [], searching: false, failure: null, search }}
          unsaved={false}
        />,
      ),
    ).toContain('data-testid="signing-settings-tokens-none"');
    const failed = html(
      <TokenSearch
        search={{ tokens: null, searching: false, failure: 'Ovladač karty nelze načíst.', search }}
        unsaved={false}
      />,
    );
    expect(failed).toContain('data-testid="signing-settings-tokens-error"');
    expect(text(failed)).toContain('Karty se nepodařilo vyhledat: Ovladač karty nelze načíst.');
  });
});
