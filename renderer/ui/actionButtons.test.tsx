import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ActionButtons } from './ActionButtons';

describe('ActionButtons', () => {
  it('groups the steps under one name, the awaited one primary, each with its own state', () => {
    const markup = renderToStaticMarkup(
      <ActionButtons
        actions={['sign', 'cancel'] as const}
        label="Další kroky"
        testId={(action) => `step-${action}`}
        text={(action) => (action === 'sign' ? 'Podepsat' : 'Zrušit')}
        primary={(action) => action === 'sign'}
        disabled={(action) => action === 'cancel'}
        onStart={() => {}}
      />,
    );
    expect(markup).toBe(
      '<div class="journal-detail__actions" role="group" aria-label="Další kroky">' +
        '<button type="button" class="button button--small button--primary" data-testid="step-sign">Podepsat</button>' +
        '<button type="button" class="button button--small" data-testid="step-cancel" disabled="">Zrušit</button>' +
        '</div>',
    );
  });
});
