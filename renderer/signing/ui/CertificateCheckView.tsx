import { useTranslation } from 'react-i18next';
import type { SigningCertificateCheck } from '../../../common/contract/signing';
import { timeText } from './letterRows';
import { checkProblemText } from './signatureVerdict';

/** The certificate the mayor is about to sign with: who, by whom, how long, qualified or not. */
export function CertificateCheckView({ check }: { check: SigningCertificateCheck }) {
  const { t } = useTranslation();
  const { certificate } = check;
  const problem = (key: string) => checkProblemText(t, key, 'signingUi.certificate.problemUnknown');
  return (
    <section
      className="certificate-check"
      aria-label={t('signingUi.certificate.title')}
      data-testid="sign-certificate"
      data-blocked={check.blocking.length > 0 || undefined}
    >
      <dl className="journal-fields">
        <div className="journal-fields__row">
          <dt>{t('signingUi.certificate.subject')}</dt>
          <dd>
            <strong>{certificate.subjectName}</strong>
            <span className="field__hint signature-item__subject">{certificate.subject}</span>
          </dd>
        </div>
        <div className="journal-fields__row">
          <dt>{t('signingUi.certificate.issuer')}</dt>
          <dd>{certificate.issuer}</dd>
        </div>
        <div className="journal-fields__row">
          <dt>{t('signingUi.certificate.validity')}</dt>
          <dd>
            {t('signingUi.certificate.validityRange', {
              from: timeText(certificate.notBefore),
              to: timeText(certificate.notAfter),
            })}
          </dd>
        </div>
        <div className="journal-fields__row">
          <dt>{t('signingUi.certificate.serial')}</dt>
          <dd className="journal-fields__code">{certificate.serialNumber}</dd>
        </div>
      </dl>
      {check.qualified ? (
        <p className="databox-verdict databox-verdict--ok" data-testid="sign-qualified">
          <span aria-hidden="true">✔ </span>
          {check.onQscd
            ? t('signingUi.certificate.qualifiedQscd')
            : t('signingUi.certificate.qualified')}
        </p>
      ) : (
        <p className="databox-verdict databox-verdict--warning" data-testid="sign-not-qualified">
          <span aria-hidden="true">⚠ </span>
          {t('signingUi.certificate.notQualified')}
        </p>
      )}
      {check.blocking.length > 0 ? (
        <div className="databox-verdict databox-verdict--error" data-testid="sign-blocking">
          <p>{t('signingUi.certificate.blocking')}</p>
          <ul className="certificate-check__list">
            {check.blocking.map((key) => (
              <li key={key}>{problem(key)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {check.warnings.length > 0 ? (
        <div className="databox-verdict databox-verdict--warning" data-testid="sign-warnings">
          <p>{t('signingUi.certificate.warnings')}</p>
          <ul className="certificate-check__list">
            {check.warnings.map((key) => (
              <li key={key}>{problem(key)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
