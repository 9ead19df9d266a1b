import { useTranslation } from 'react-i18next';
import { formatOfficeDate } from '../../../common/domain/time';
import type { CertificateSummary } from './derCertificate';

const dateOf = (iso: string) => formatOfficeDate(iso);

/** The certificates read from the pasted PEM: who, issued by whom, valid when. */
export function AnchorList({
  certificates,
  now,
}: {
  certificates: CertificateSummary[];
  /** When "expired" is judged (ISO). */
  now: string;
}) {
  const { t } = useTranslation();
  if (certificates.length === 0)
    return (
      <p className="settings-note" data-testid="signing-settings-anchors-none">
        {t('signingSettings.anchors.none')}
      </p>
    );
  return (
    <div className="signing-settings__anchors">
      <p className="settings-note" data-testid="signing-settings-anchors-count">
        {t('signingSettings.anchors.count', { count: certificates.length })}
      </p>
      <ul
        className="signing-settings__list"
        aria-label={t('signingSettings.anchors.listLabel')}
        data-testid="signing-settings-anchors-list"
      >
        {certificates.map((certificate, index) => {
          const expired = certificate.notAfter !== null && certificate.notAfter < now;
          const selfSigned =
            certificate.issuerName !== '' && certificate.issuerName === certificate.subjectName;
          return (
            // The list is rebuilt from the text on every change; the position is its identity.
            <li
              key={index}
              className="signing-settings__item"
              data-testid="signing-settings-anchor"
            >
              <strong>{certificate.subjectName || t('signingSettings.anchors.unnamed')}</strong>
              <span className="field__hint">
                {selfSigned
                  ? t('signingSettings.anchors.selfSigned')
                  : t('signingSettings.anchors.issuer', {
                      name: certificate.issuerName || t('signingSettings.anchors.unnamed'),
                    })}
              </span>
              <span className="field__hint">
                {certificate.notBefore && certificate.notAfter
                  ? t('signingSettings.anchors.validity', {
                      from: dateOf(certificate.notBefore),
                      to: dateOf(certificate.notAfter),
                    })
                  : t('signingSettings.anchors.validityUnknown')}
              </span>
              {expired ? (
                <span
                  className="signing-settings__warning"
                  data-testid="signing-settings-anchor-expired"
                >
                  {t('signingSettings.anchors.expired')}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
