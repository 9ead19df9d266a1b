import { useTranslation } from 'react-i18next';
import type { PreviewState } from '../model/previewScheduler';
import type { RenderedLetter } from '../model/letterServices';
import { PdfPreview } from '../../ui/PdfPreview';
import { renderFailureText } from './letterErrorText';
import { useLetterText } from './text';

export interface LetterPreviewPaneProps {
  state: PreviewState<RenderedLetter>;
  /** Accessible name of the drawn pages. */
  label: string;
  /** Why the content cannot be rendered yet (first issue), or null. */
  invalidReason: string | null;
  width?: number;
  testId: string;
}

/**
 * The rendered letter beside its form. A render error is shown above the last good
 * preview (which stays, marked as older), so fixing one character does not blank
 * the whole page.
 */
export function LetterPreviewPane({
  state,
  label,
  invalidReason,
  width = 420,
  testId,
}: LetterPreviewPaneProps) {
  const { t } = useTranslation();
  const text = useLetterText();
  const failure = state.error ? renderFailureText(t, state.error) : null;
  return (
    <section className="letter-preview" aria-label={text('preview.title')} data-testid={testId}>
      <p className="letter-preview__status" aria-live="polite">
        {state.pending ? text('preview.rendering') : ''}
      </p>
      {failure ? (
        <p className="field__error" role="alert" data-testid={`${testId}-error`}>
          {failure}
        </p>
      ) : null}
      {!failure && invalidReason && !state.pending ? (
        <p className="field__hint" data-testid={`${testId}-invalid`}>
          {text('preview.invalid', { reason: invalidReason })}
        </p>
      ) : null}
      {state.preview ? (
        <>
          {failure ? <p className="field__hint">{text('preview.stale')}</p> : null}
          <div
            className={
              failure
                ? 'letter-preview__pages letter-preview__pages--stale'
                : 'letter-preview__pages'
            }
          >
            <PdfPreview bytes={state.preview.pdf} label={label} maxPages={4} width={width} />
          </div>
        </>
      ) : (
        <p className="letter-preview__empty">{text('preview.empty')}</p>
      )}
    </section>
  );
}
