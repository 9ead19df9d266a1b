import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { issueText } from '../i18n';
import type { PlacedIssue } from './fieldKeys';

interface Props {
  placed: PlacedIssue[];
  failure: string | null;
  labelOf: (field: string) => string;
  onFocusField: (field: string) => void;
}

/**
 * Every reason the document was not saved, at the top of the form; each links to its
 * field. It takes the focus after a refused save, so a screen reader reads it first.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, Props>(function ErrorSummary(
  { placed, failure, labelOf, onFocusField },
  ref,
) {
  const { t } = useTranslation();
  if (placed.length === 0 && !failure) return null;
  return (
    <div
      ref={ref}
      className="error-summary"
      tabIndex={-1}
      aria-labelledby="intake-error-summary-title"
      role="region"
    >
      <h2 id="intake-error-summary-title" className="error-summary__title">
        {t('intake.summary.title')}
      </h2>
      {failure ? <p className="error-summary__failure">{failure}</p> : null}
      {placed.length > 0 ? (
        <>
          <p className="error-summary__intro">{t('intake.summary.fieldsIntro')}</p>
          <ul className="error-summary__list">
            {placed.map(({ issue, field }, index) => (
              <li key={`${issue.path}-${issue.message}-${index}`}>
                {field ? (
                  <a
                    href={`#${field}`}
                    onClick={(event) => {
                      // The hash is the app's router; the link only moves the focus.
                      event.preventDefault();
                      onFocusField(field);
                    }}
                  >
                    {t('intake.summary.item', {
                      label: labelOf(field),
                      message: issueText(t, issue),
                    })}
                  </a>
                ) : (
                  issueText(t, issue)
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
});
