import type { i18n as I18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initialSyncStatus } from '../syncStatus';
import { SyncIndicatorView } from './SyncIndicator';
import { noCounts } from './syncCounts';
import { syncTestI18n } from './testI18n';

let i18n: I18n;
beforeAll(async () => {
  i18n = await syncTestI18n('cs');
});

const indicator = (props: Partial<Parameters<typeof SyncIndicatorView>[0]>) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <SyncIndicatorView
        status={initialSyncStatus}
        counts={noCounts}
        now={new Date('2026-03-02T15:00:00Z')}
        onOpen={() => {}}
        {...props}
      />
    </I18nextProvider>,
  );

const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('SyncIndicatorView', () => {
  it('is one button that opens the sync screen and says everything in words', () => {
    const markup = indicator({
      status: {
        ...initialSyncStatus,
        phase: 'syncing',
        step: 'push',
        done: 2,
        total: 7,
        lastSuccessAt: '2026-03-02T13:05:00.000Z',
      },
      counts: { pending: 7, failed: 1, held: 0, conflicts: 2 },
    });
    expect(markup).toMatch(
      /^<button type="button" class="statusbar__sync statusbar__sync--attention"/,
    );
    expect(markup).toContain('title="Otevřít synchronizaci s eSSL"');
    expect(text(markup)).toBe(
      'Synchronizuji s eSSL… odesílání 2/7 · 7 změn čeká na odeslání · 1 změna selhala · 2 konflikty · naposledy synchronizováno 14:05',
    );
  });

  it('keeps the outbox text where the status bar always had it', () => {
    expect(indicator({})).toContain('<span data-testid="outbox">Vše odesláno</span>');
  });

  it('draws no attention when nothing needs the clerk', () => {
    expect(indicator({ status: { ...initialSyncStatus, phase: 'idle' } })).not.toContain(
      'statusbar__sync--attention',
    );
  });
});
