import { describe, expect, it } from 'vitest';
import { CommandDialog, type CommandDialogProps } from './CommandDialog';
import { ConfirmButtons } from './DialogButtons';
import { markupTest } from './testing/markupTest';
import { firstMatch as tag } from './testing/markupText';

const { html } = markupTest();

const dialog = (props: Partial<CommandDialogProps> = {}) =>
  html(
    <CommandDialog
      title="Zapůjčit"
      onClose={() => {}}
      confirmLabel="Potvrdit"
      working={false}
      onSubmit={() => {}}
      failure={null}
      {...props}
    >
      <input name="reason" />
    </CommandDialog>,
  );

describe('CommandDialog', () => {
  it('puts the fields in a form that the confirm button in the footer submits', () => {
    const markup = dialog();
    const formId = tag(markup, /<form [^>]*>/).match(/id="([^"]+)"/)?.[1];
    expect(formId).toBeTruthy();
    const confirm = tag(markup, /<button type="submit"[^>]*>Potvrdit<\/button>/);
    expect(confirm).toContain(`form="${formId}"`);
    expect(markup).toMatch(/<form [^>]*><input name="reason"\/><\/form>/);
    expect(markup).toContain('>Zrušit</button>');
  });

  it('says the command runs and takes no second click meanwhile', () => {
    const markup = dialog({ working: true, workingLabel: 'Pracuji…' });
    expect(tag(markup, /<button type="submit"[^>]*>[^<]*<\/button>/)).toMatch(
      /disabled="".*>Pracuji…<\/button>$/,
    );
    const quiet = dialog({ working: true });
    expect(tag(quiet, /<button type="submit"[^>]*>[^<]*<\/button>/)).toMatch(
      /disabled="".*>Potvrdit<\/button>$/,
    );
  });

  it('shows a refusal as an alert at the end of the form, with the issues no field shows', () => {
    expect(dialog()).not.toContain('role="alert"');
    expect(dialog({ failure: 'Spis nelze uzavřít.' })).toContain(
      '<p class="field__error" role="alert">Spis nelze uzavřít.</p></form>',
    );
    expect(
      dialog({ failure: 'Údaje nejsou v pořádku.', failureDetails: ['Chybí datum.'] }),
    ).toContain(
      '<div class="field__error" role="alert"><p>Údaje nejsou v pořádku.</p><p>Chybí datum.</p></div></form>',
    );
  });

  it('marks a step that cannot be taken back as dangerous', () => {
    expect(dialog({ danger: true })).toMatch(/class="button button--danger"[^>]*>Potvrdit/);
    expect(dialog()).toMatch(/class="button button--primary"[^>]*>Potvrdit/);
  });
});

describe('ConfirmButtons', () => {
  it('runs the step itself when there is no form, with further actions before it', () => {
    const markup = html(
      <ConfirmButtons onCancel={() => {}} onConfirm={() => {}} confirmLabel="PDF" working={false}>
        <button type="button">CSV</button>
      </ConfirmButtons>,
    );
    expect(markup).toMatch(
      /^<button type="button" class="button">Zrušit<\/button><button type="button">CSV<\/button><button type="button" class="button button--primary">PDF<\/button>$/,
    );
  });
});
