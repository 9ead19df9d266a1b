import { useTranslation } from 'react-i18next';
import type { SigningOutcome } from '../../../common/contract/signing';
import { timeText } from './letterRows';
import { outcomeLines } from './signForm';

/** After signing: the level reached, and for B-B why and what can still be done. */
export function SignOutcomeView({
  outcome,
  askedTimestamp,
}: {
  outcome: Pick<
    SigningOutcome,
    'level' | 'timestampNotice' | 'timestampTime' | 'signingTime' | 'certificate'
  >;
  askedTimestamp: boolean;
}) {
  const { t } = useTranslation();
  const lines = outcomeLines(outcome, askedTimestamp, timeText);
  return (
    <div data-testid="sign-outcome" data-level={outcome.level} role="status">
      {lines.map((line) => (
        <p key={line.key} className={`databox-verdict databox-verdict--${line.tone}`}>
          <span aria-hidden="true">{line.tone === 'ok' ? '✔ ' : '⚠ '}</span>
          {t(line.key as never, line.params ?? {})}
        </p>
      ))}
      <p>{t('signingUi.outcome.signer', { name: outcome.certificate.subjectName })}</p>
      <p>{t('signingUi.outcome.signingTime', { time: timeText(outcome.signingTime) })}</p>
    </div>
  );
}
