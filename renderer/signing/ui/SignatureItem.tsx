import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfSignatureReport } from '../../../common/contract/signing';
import { timeText } from './letterRows';
import { checkProblemText, signatureVerdict, statusTone, verdictTone } from './signatureVerdict';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="journal-fields__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One signature or document timestamp of a PDF, with everything the check found. */
export function SignatureItem({ signature }: { signature: PdfSignatureReport }) {
  const { t } = useTranslation();
  const verdict = signatureVerdict(signature);
  const tone = verdictTone(verdict);
  const isTimestamp = signature.kind === 'documentTimestamp';
  const stamp = signature.timestamp;
  const problems = [...signature.problems, ...(stamp?.problems ?? [])];
  return (
    <li
      className="signature-item"
      data-testid="signature-item"
      data-verdict={verdict}
      data-kind={signature.kind}
    >
      <p
        className={`databox-verdict databox-verdict--${tone}`}
        data-testid="signature-verdict"
        data-tone={tone}
      >
        <span aria-hidden="true">{tone === 'ok' ? '✔ ' : '⚠ '}</span>
        {isTimestamp
          ? t(`signingUi.verify.timestampVerdict.${verdict}`)
          : t(`signingUi.verify.verdict.${verdict}`)}
      </p>
      <dl className="journal-fields">
        <Row label={t('signingUi.verify.kind')}>
          {t(`signingUi.verify.kinds.${signature.kind}`)}
        </Row>
        {signature.signer ? (
          <>
            <Row label={t('signingUi.verify.signer')}>
              <span data-testid="signature-signer">{signature.signer.subjectName}</span>
              <span className="field__hint signature-item__subject">
                {signature.signer.subject}
              </span>
            </Row>
            <Row label={t('signingUi.verify.issuer')}>{signature.signer.issuer}</Row>
          </>
        ) : null}
        {signature.signingTime && !isTimestamp ? (
          <Row label={t('signingUi.verify.signingTime')}>
            {timeText(signature.signingTime)}{' '}
            <span className="field__hint">({t('signingUi.verify.signingTimeHint')})</span>
          </Row>
        ) : null}
        <Row label={t('signingUi.verify.timestamp')}>
          {stamp ? (
            <span data-testid="signature-timestamp">
              {t('signingUi.verify.timestampValue', {
                time: timeText(stamp.time),
                authority: stamp.authority,
              })}{' '}
              <span
                className={`signature-item__status signature-item__status--${statusTone(stamp.status, stamp.chain === 'trusted')}`}
              >
                ({t(`signingUi.verify.timestampStatus.${stamp.status}`)}
                {stamp.chain !== 'trusted'
                  ? `; ${t(`signingUi.verify.chains.${stamp.chain}`)}`
                  : ''}
                )
              </span>
            </span>
          ) : (
            t('signingUi.verify.timestampNone')
          )}
        </Row>
        {signature.level ? <Row label={t('signingUi.verify.level')}>{signature.level}</Row> : null}
        <Row label={t('signingUi.verify.laterChanges')}>
          <span data-testid="signature-changes" data-changes={signature.laterChanges}>
            {t(`signingUi.verify.changes.${signature.laterChanges}`)}
          </span>
        </Row>
        <Row label={t('signingUi.verify.chain')}>
          <span data-testid="signature-chain" data-chain={signature.chain}>
            {t(`signingUi.verify.chains.${signature.chain}`)}
          </span>
        </Row>
        {!isTimestamp ? (
          <Row label={t('signingUi.verify.qualified')}>
            {signature.qualified ? t('signingUi.verify.yes') : t('signingUi.verify.no')}
          </Row>
        ) : null}
      </dl>
      {problems.length > 0 ? (
        <div className="signature-item__problems">
          <p className="signature-item__problems-title">{t('signingUi.verify.problems')}</p>
          <ul data-testid="signature-problems">
            {problems.map((key) => (
              <li key={key}>{checkProblemText(t, key, 'signingUi.verify.problemUnknown')}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="field__hint">{t('signingUi.verify.field', { name: signature.fieldName })}</p>
    </li>
  );
}
