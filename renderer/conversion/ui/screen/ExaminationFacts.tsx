import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElectronicInputExamination } from '../../../../common/contract/conversion';
import { timeText } from '../../../databox/ui/messageText';
import { checkProblemText } from '../../../signing/ui/signatureVerdict';

/**
 * What the verification of an e → p input found, as the clause of § 25 odst. 2 states it:
 * signed or sealed, the certificate's serial number, its provider, the signer, the
 * timestamp — or that the input was not signed; an invalid one is never shown green.
 */
export function ExaminationFacts({
  examination,
  confirmedInvalid,
}: {
  examination: ElectronicInputExamination;
  confirmedInvalid: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const signed = examination.kind !== 'none';
  const verdictClass = !signed
    ? 'databox-verdict'
    : examination.valid
      ? 'databox-verdict databox-verdict--ok'
      : 'databox-verdict databox-verdict--error';
  const timestamp = examination.timestamp;
  return (
    <section
      className="conversion-examination"
      aria-labelledby={headingId}
      data-testid="conversion-examination"
      data-verdict={!signed ? 'none' : examination.valid ? 'valid' : 'invalid'}
    >
      <h3 id={headingId} className="conversion-detail__heading">
        {t('conversionScreen.examination.title')}
      </h3>
      <p className={verdictClass}>
        <strong>{t(`conversionScreen.examination.kind.${examination.kind}`)}</strong>
        {signed
          ? ` — ${
              examination.valid
                ? t('conversionScreen.examination.valid')
                : t('conversionScreen.examination.invalid')
            }`
          : null}
      </p>
      {confirmedInvalid ? (
        <p className="conversion-status conversion-status--warning">
          {t('conversionScreen.examination.confirmedInvalid')}
        </p>
      ) : null}
      {signed ? (
        <dl className="journal-fields">
          <div className="journal-fields__row">
            <dt>{t('conversionScreen.examination.signer')}</dt>
            <dd>{examination.signer ?? examination.certificate?.subjectName ?? '—'}</dd>
          </div>
          <div className="journal-fields__row">
            <dt>{t('conversionScreen.examination.serial')}</dt>
            <dd data-testid="conversion-certificate-serial">
              {examination.certificate?.serialNumber ?? '—'}
            </dd>
          </div>
          <div className="journal-fields__row">
            <dt>{t('conversionScreen.examination.provider')}</dt>
            <dd>{examination.provider ?? examination.certificate?.issuer ?? '—'}</dd>
          </div>
          <div className="journal-fields__row">
            <dt>{t('conversionScreen.examination.qualified')}</dt>
            <dd>
              {examination.qualified
                ? t('conversionScreen.examination.yes')
                : t('conversionScreen.examination.no')}
            </dd>
          </div>
          <div className="journal-fields__row">
            <dt>{t('conversionScreen.examination.timestamp')}</dt>
            <dd data-testid="conversion-timestamp">
              {timestamp
                ? t('conversionScreen.examination.timestampText', {
                    time: timeText(timestamp.time),
                    serial: timestamp.serialNumber,
                    provider: timestamp.provider,
                  })
                : t('conversionScreen.examination.noTimestamp')}
              {timestamp && !timestamp.valid
                ? ` — ${t('conversionScreen.examination.timestampInvalid')}`
                : ''}
            </dd>
          </div>
        </dl>
      ) : null}
      {examination.problems.length > 0 ? (
        <>
          <p className="field__label">{t('conversionScreen.examination.problems')}</p>
          <ul className="conversion-examination__problems" data-testid="conversion-problems">
            {examination.problems.map((problem) => (
              <li key={problem}>
                {checkProblemText(t, problem, 'signingUi.verify.problemUnknown')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
