import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredSigner } from '../../../common/contract/signing';
import { formatOfficeDate, formatOfficeDateTime } from '../../../common/domain/time';
import { ForgetSignerDialog } from './ForgetSignerDialog';
import type { KeptSigners as KeptSignersState } from './useKeptSigners';

const validDate = (iso: string, format: (iso: string) => string) =>
  iso && !Number.isNaN(Date.parse(iso)) ? format(iso) : '';

/** The certificates kept in the OS keychain, each with a way to forget it. */
export function KeptSigners({ kept }: { kept: KeptSignersState }) {
  const { t } = useTranslation();
  const [forgetting, setForgetting] = useState<StoredSigner | null>(null);
  const { signers, failure } = kept;
  return (
    <section className="signing-settings__part" data-testid="signing-settings-kept">
      <h3 className="signing-settings__subtitle">{t('signingSettings.kept.title')}</h3>
      <p className="field__hint">{t('signingSettings.kept.hint')}</p>
      {failure ? (
        <p className="field__error" role="alert">
          {t('signingSettings.kept.failed', { reason: failure })}
        </p>
      ) : null}
      {signers === null ? (
        <p className="settings-note">{t('signingSettings.kept.loading')}</p>
      ) : null}
      {signers && signers.length === 0 && !failure ? (
        <p className="settings-note" data-testid="signing-settings-kept-none">
          {t('signingSettings.kept.none')}
        </p>
      ) : null}
      {signers && signers.length > 0 ? (
        <ul className="signing-settings__list" aria-label={t('signingSettings.kept.listLabel')}>
          {signers.map((signer) => {
            const { certificate } = signer.check;
            // The demo's own certificate comes from the simulator, never from the keychain.
            const demo = signer.storedAt === '';
            return (
              <li
                key={signer.id}
                className="signing-settings__item"
                data-testid="signing-settings-kept-item"
              >
                <dl className="settings-facts">
                  <dt>{t('signingSettings.kept.subject')}</dt>
                  <dd>
                    <strong>{certificate.subjectName}</strong>
                    <span className="field__hint"> {certificate.subject}</span>
                  </dd>
                  <dt>{t('signingSettings.kept.issuer')}</dt>
                  <dd>{certificate.issuer}</dd>
                  <dt>{t('signingSettings.kept.validTo')}</dt>
                  <dd>{validDate(certificate.notAfter, formatOfficeDate)}</dd>
                  <dt>{t('signingSettings.kept.qualified')}</dt>
                  <dd data-qualified={signer.check.qualified}>
                    {signer.check.qualified
                      ? t('signingSettings.kept.yes')
                      : t('signingSettings.kept.no')}
                  </dd>
                  {demo ? null : (
                    <>
                      <dt>{t('signingSettings.kept.storedAt')}</dt>
                      <dd>{validDate(signer.storedAt, formatOfficeDateTime)}</dd>
                    </>
                  )}
                </dl>
                {demo ? (
                  <p className="settings-note">{t('signingSettings.kept.demo')}</p>
                ) : (
                  <div className="settings-form__actions">
                    <button
                      type="button"
                      className="button button--small button--danger"
                      data-testid="signing-settings-forget"
                      aria-label={t('signingSettings.kept.forgetNamed', {
                        name: certificate.subjectName,
                      })}
                      onClick={() => setForgetting(signer)}
                    >
                      {t('signingSettings.kept.forget')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {forgetting ? (
        <ForgetSignerDialog
          signer={forgetting}
          forget={kept.forget}
          onClose={() => setForgetting(null)}
        />
      ) : null}
    </section>
  );
}
