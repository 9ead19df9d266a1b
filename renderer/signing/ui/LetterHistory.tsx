import { useTranslation } from 'react-i18next';
import type { LetterRecord } from '../../../common/domain/letter';
import { timeText } from './letterRows';

/** The letter's way so far, oldest first. */
export function LetterHistory({ letter }: { letter: LetterRecord }) {
  const { t } = useTranslation();
  if (letter.history.length === 0) return null;
  return (
    <details className="signing-history-box">
      <summary>{t('signingUi.detail.history')}</summary>
      <ol className="signing-history" data-testid="letter-history">
        {letter.history.map((step, index) => (
          <li key={`${step.at}-${index}`}>
            {timeText(step.at)} — {t(`signingUi.steps.${step.step}`)} ({step.by})
            {step.comment ? `: ${step.comment}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}
