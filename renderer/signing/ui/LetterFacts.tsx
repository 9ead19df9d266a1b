import { useTranslation } from 'react-i18next';
import type { LetterRecord } from '../../../common/domain/letter';
import { dateText, lastStep, signerText, timeText } from './letterRows';

/** What the mayor and the clerk need to know about a letter: request, comment, level, post. */
export function LetterFacts({ letter }: { letter: LetterRecord }) {
  const { t } = useTranslation();
  const request = letter.request;
  const returned = letter.state === 'returned' ? lastStep(letter, 'returned') : null;
  const post = letter.post;
  return (
    <>
      <dl className="journal-fields" data-testid="letter-facts">
        <div className="journal-fields__row">
          <dt>{t('signingUi.panel.state')}</dt>
          <dd data-testid="letter-signing-state" data-state={letter.state}>
            {t(`signingUi.state.${letter.state}`)}
          </dd>
        </div>
        {request ? (
          <>
            <div className="journal-fields__row">
              <dt>{t('signingUi.detail.signer')}</dt>
              <dd>{signerText(t, letter)}</dd>
            </div>
            <div className="journal-fields__row">
              <dt>{t('signingUi.detail.requestedBy')}</dt>
              <dd>
                {t('signingUi.grid.requestedBy', {
                  by: request.requestedBy,
                  at: timeText(request.requestedAt),
                })}
              </dd>
            </div>
            {request.note && letter.state === 'awaitingSignature' ? (
              <div className="journal-fields__row">
                <dt>{t('signingUi.detail.note')}</dt>
                <dd>{request.note}</dd>
              </div>
            ) : null}
          </>
        ) : null}
        {letter.signatureLevel ? (
          <div className="journal-fields__row">
            <dt>{t('signingUi.grid.columns.level')}</dt>
            <dd
              className={letter.signatureLevel === 'B-B' ? 'signing-level--bb' : undefined}
              data-testid="letter-level"
            >
              {t(`signingUi.level.${letter.signatureLevel}`)}
            </dd>
          </div>
        ) : null}
        {post ? (
          <div className="journal-fields__row">
            <dt>{t('signingUi.steps.sentByPost')}</dt>
            <dd data-testid="letter-post">
              {t('signingUi.panel.post', {
                date: dateText(post.sentOn),
                kind: t(`postDispatch.mailKinds.${post.mailKind}`),
              })}
              <br />
              {post.returnReceiptOn
                ? t('signingUi.panel.receipt', { date: dateText(post.returnReceiptOn) })
                : t('signingUi.panel.receiptPending')}
            </dd>
          </div>
        ) : null}
      </dl>
      {returned?.comment ? (
        <div role="note" aria-label={t('signingUi.detail.returnedComment')}>
          <p className="field__label">{t('signingUi.detail.returnedComment')}</p>
          <p className="signing-detail__comment" data-testid="letter-return-comment">
            {returned.comment}
          </p>
        </div>
      ) : null}
    </>
  );
}
