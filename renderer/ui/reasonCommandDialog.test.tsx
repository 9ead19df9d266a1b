import { describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../db/schema';
import { ReasonCommandDialog, type ReasonCommandDialogProps } from './ReasonCommandDialog';
import { markupTest } from './testing/markupTest';
import { firstMatch } from './testing/markupText';

const { html } = markupTest({ services: () => ({ db: {} as UradovnaDatabase }) });

const dialog = (props: Partial<ReasonCommandDialogProps> = {}) =>
  html(
    <ReasonCommandDialog
      title="Zrušit konverzi KO-1"
      confirmLabel="Zrušit konverzi"
      workingLabel="Ruším…"
      reasonLabel="Důvod"
      reasonHint="Nejvýše 500 znaků."
      maxLength={500}
      run={() => Promise.resolve()}
      done={() => 'Zrušeno.'}
      onClose={() => {}}
      {...props}
    >
      <p>Číslo zůstává v evidenci.</p>
    </ReasonCommandDialog>,
  );

describe('ReasonCommandDialog', () => {
  it('asks for the required reason below what the step means, confirmed as dangerous', () => {
    const markup = dialog();
    expect(markup).toContain('Zrušit konverzi KO-1');
    expect(markup).toMatch(/<p>Číslo zůstává v evidenci.<\/p>.*Důvod.*Nejvýše 500 znaků./);
    const reason = firstMatch(markup, /<textarea[^>]*>/);
    expect(reason).toMatch(/^<textarea class="textarea" maxLength="500" id=/);
    expect(reason).toContain('aria-required="true"');
    expect(markup).toMatch(/class="button button--danger"[^>]*>Zrušit konverzi/);
    expect(markup).not.toContain('role="alert"');
  });

  it('names the form and the reason for tests, and takes the rows asked for', () => {
    const markup = dialog({ testId: 'cancel', reasonTestId: 'cancel-reason', rows: 4 });
    expect(markup).toContain('data-testid="cancel"');
    expect(firstMatch(markup, /<textarea[^>]*>/)).toMatch(
      /^<textarea class="textarea" rows="4" maxLength="500" data-testid="cancel-reason" id=/,
    );
  });
});
