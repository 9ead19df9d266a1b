import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TabList } from './TabList';

describe('TabList', () => {
  it('names the list, selects one tab, and puts only that one in the Tab order', () => {
    const markup = renderToStaticMarkup(
      <TabList
        tabs={['received', 'sent'] as const}
        selected="sent"
        onSelect={() => {}}
        label="Zprávy"
        text={(tab) => (tab === 'received' ? 'Přijaté' : 'Odeslané')}
        tabId={(tab) => `tab-${tab}`}
        panelId={() => 'panel'}
        className="tabs"
        tabClassName="tab"
        testId={(tab) => `t-${tab}`}
      />,
    );
    expect(markup).toBe(
      '<div role="tablist" aria-label="Zprávy" class="tabs">' +
        '<button id="tab-received" type="button" role="tab" aria-selected="false" aria-controls="panel" tabindex="-1" class="tab" data-testid="t-received">Přijaté</button>' +
        '<button id="tab-sent" type="button" role="tab" aria-selected="true" aria-controls="panel" tabindex="0" class="tab tab--active" data-testid="t-sent">Odeslané</button>' +
        '</div>',
    );
  });
});
