import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ContractCallError } from '../../../common/contract/envelope';
import { letterTestI18n } from '../testing/letterI18n';
import { sampleRendered } from '../testing/fixtures';
import { LetterPreviewPane } from './LetterPreviewPane';

// pdf.js needs a browser; the pages are drawn in an effect, which static markup never runs.
vi.mock('../../ui/PdfPreview', () => ({
  PdfPreview: ({ label }: { label: string }) => <div data-pdf={label} />,
}));

let i18n: I18n;
beforeAll(async () => {
  i18n = await letterTestI18n();
});

const html = (element: ReactElement) =>
  renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);

const glyphError = new ContractCallError({
  code: 'errors.letters.missingGlyph',
  message: 'x',
  params: { char: '字', codePoint: 'U+5B57', field: 'Věc', fieldKey: 'subject' },
});

describe('LetterPreviewPane', () => {
  it('shows the render error in Czech above the last good preview, marked as older', () => {
    const markup = html(
      <LetterPreviewPane
        state={{ preview: sampleRendered(), error: glyphError, pending: false }}
        label="Náhled dopisu"
        invalidReason={null}
        testId="letter-preview"
      />,
    );
    expect(markup).toContain('data-testid="letter-preview-error"');
    expect(markup).toContain('Znak „字“ (U+5B57) v poli Věc nelze vysázet');
    expect(markup).toContain('Náhled ukazuje poslední podobu dopisu');
    expect(markup).toContain('letter-preview__pages--stale');
    expect(markup).toContain('data-pdf="Náhled dopisu"');
  });

  it('asks for the missing parts before the first preview', () => {
    const markup = html(
      <LetterPreviewPane
        state={{ preview: null, error: null, pending: false }}
        label="Náhled dopisu"
        invalidReason="Napište text dopisu."
        testId="letter-preview"
      />,
    );
    expect(markup).toContain('Náhled čeká na opravu: Napište text dopisu.');
    expect(markup).toContain('Náhled se ukáže, jakmile vyplníte adresáta, věc a text dopisu.');
    expect(markup).not.toContain('letter-preview-error');
  });
});
