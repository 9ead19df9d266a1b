import type { i18n as I18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initialSyncStatus, type SyncStatus } from '../syncStatus';
import { noCounts } from './syncCounts';
import { SyncSummary } from './SyncSummary';
import { syncTestI18n } from './testI18n';

let i18n: I18n;
beforeAll(async () => {
  i18n = await syncTestI18n('cs');
});

const summary = (status: Partial<SyncStatus>) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <SyncSummary
        status={{ ...initialSyncStatus, ...status }}
        counts={{ ...noCounts, pending: 4, failed: 1 }}
        onSync={() => {}}
      />
    </I18nextProvider>,
  );

describe('SyncSummary', () => {
  it('offers a run, but not while one is going', () => {
    expect(summary({ phase: 'idle' })).toMatch(/<button[^>]*>Synchronizovat<\/button>/);
    expect(summary({ phase: 'syncing', step: 'pull' })).toMatch(
      /<button[^>]*disabled=""[^>]*>Synchronizuji…<\/button>/,
    );
  });

  it('shows the counts and the eSSL’s own words of the last failure', () => {
    const markup = summary({
      phase: 'error',
      lastError: { code: 'errors.essl.status', message: 'Uživatel nemá oprávnění k operaci.' },
    });
    expect(markup).toContain('<dt>Čeká na odeslání</dt><dd>4</dd>');
    expect(markup).toContain('<dt>Odmítnuto eSSL</dt><dd>1</dd>');
    expect(markup).toContain('<dt>Naposledy úspěšně</dt><dd>zatím nikdy</dd>');
    expect(markup).toContain('Poslední chyba: Uživatel nemá oprávnění k operaci.');
  });

  it('says where to set the eSSL up when it is not', () => {
    expect(summary({ phase: 'notConfigured' })).toContain('Nastavení → Připojení');
    expect(summary({ phase: 'idle' })).not.toContain('Nastavení → Připojení');
  });
});
