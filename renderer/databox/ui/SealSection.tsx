import { useTranslation } from 'react-i18next';
import type { SealCheck, TimestampCheck } from '../../../common/contract/isds';
import { timeText } from './messageText';
import { problemText, sealVerdict, timestampVerdict } from './sealText';

const sealTone = {
  valid: 'ok',
  untrusted: 'warning',
  invalid: 'error',
  unchecked: 'warning',
} as const;

/**
 * The ISDS seal and the qualified timestamp of the message. Only a seal that verifies
 * and comes from a trusted issuer is green; INVALID is said in capitals and red.
 */
export function SealSection({
  seal,
  timestamp,
}: {
  seal: SealCheck | null;
  timestamp: TimestampCheck | null;
}) {
  const { t } = useTranslation();
  const verdict = sealVerdict(seal);
  const stamp = timestampVerdict(timestamp);
  const certificate = seal?.certificate ?? null;
  const sealProblem = verdict === 'valid' ? null : problemText(t, seal?.problem ?? null);
  const stampProblem =
    stamp === 'valid' || stamp === 'unchecked' ? null : problemText(t, timestamp?.problem ?? null);
  return (
    <section className="journal-detail__section" aria-labelledby="databox-seal-title">
      <h3 id="databox-seal-title">{t('databox.seal.title')}</h3>
      <p
        className={`databox-verdict databox-verdict--${sealTone[verdict]}`}
        data-testid="databox-seal"
        data-verdict={verdict}
      >
        <span aria-hidden="true">{verdict === 'valid' ? '✔ ' : '⚠ '}</span>
        {t(`databox.seal.${verdict}`)}
      </p>
      {sealProblem ? <p className="databox-verdict__why">{sealProblem}</p> : null}
      {certificate ? (
        <dl className="journal-fields" data-testid="databox-certificate">
          <div className="journal-fields__row">
            <dt>{t('databox.seal.subject')}</dt>
            <dd>{certificate.subject}</dd>
          </div>
          <div className="journal-fields__row">
            <dt>{t('databox.seal.issuer')}</dt>
            <dd>{certificate.issuer}</dd>
          </div>
          <div className="journal-fields__row">
            <dt>{t('databox.seal.serial')}</dt>
            <dd className="journal-fields__code">{certificate.serialNumber}</dd>
          </div>
          <div className="journal-fields__row">
            <dt>{t('databox.seal.validity')}</dt>
            <dd>
              {t('databox.seal.validityRange', {
                from: timeText(certificate.notBefore),
                to: timeText(certificate.notAfter),
              })}
            </dd>
          </div>
          {seal?.signingTime ? (
            <div className="journal-fields__row">
              <dt>{t('databox.seal.signingTime')}</dt>
              <dd>{timeText(seal.signingTime)}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <p
        className={`databox-verdict databox-verdict--${stamp === 'valid' ? 'ok' : stamp === 'unchecked' || stamp === 'missing' || stamp === 'untrusted' ? 'warning' : 'error'}`}
        data-testid="databox-timestamp"
        data-verdict={stamp}
      >
        <span aria-hidden="true">{stamp === 'valid' ? '✔ ' : '⚠ '}</span>
        {t(`databox.timestamp.${stamp}`)}
      </p>
      {stampProblem ? <p className="databox-verdict__why">{stampProblem}</p> : null}
      {timestamp?.present ? (
        <dl className="journal-fields">
          <div className="journal-fields__row">
            <dt>{t('databox.timestamp.time')}</dt>
            <dd>{timestamp.time ? timeText(timestamp.time) : t('databox.flag.unset')}</dd>
          </div>
          {timestamp.authority ? (
            <div className="journal-fields__row">
              <dt>{t('databox.timestamp.authority')}</dt>
              <dd>{timestamp.authority}</dd>
            </div>
          ) : null}
          <div className="journal-fields__row">
            <dt>{t('databox.timestamp.hash')}</dt>
            <dd>
              {timestamp.hashMatches === null
                ? t('databox.timestamp.hashUnknown')
                : timestamp.hashMatches
                  ? t('databox.timestamp.hashMatches')
                  : t('databox.timestamp.hashDiffers')}
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}
