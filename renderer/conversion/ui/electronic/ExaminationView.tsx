import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ElectronicInputExamination } from '../../../../common/contract/conversion';
import { formatOfficeDateTime } from '../../../../common/domain/time';

function headline(t: TFunction, examination: ElectronicInputExamination): string {
  if (examination.kind === 'none') return t('conversionDialogs.electronic.verdict.none');
  const valid = examination.valid ? 'Valid' : 'Invalid';
  return t(`conversionDialogs.electronic.verdict.${examination.kind}${valid}`);
}

function tone(examination: ElectronicInputExamination): 'ok' | 'warning' | 'error' {
  if (examination.valid) return 'ok';
  return examination.kind === 'none' && examination.problems.length === 0 ? 'warning' : 'error';
}

/**
 * What the verification of the input found, as the § 25(2) clause will state it: signed,
 * sealed or neither; valid or not and why; the certificate, the provider, the signer and
 * the timestamp.
 */
export function ExaminationView({ examination }: { examination: ElectronicInputExamination }) {
  const { t } = useTranslation();
  const notStated = t('conversionDialogs.electronic.notStated');
  const stamp = examination.timestamp;
  return (
    <section
      className={`conversion-verdict conversion-verdict--${tone(examination)}`}
      aria-label={t('conversionDialogs.electronic.examinationTitle')}
      data-testid="conversion-examination"
      data-valid={examination.valid}
    >
      <p className="conversion-verdict__headline">
        {t(`conversionDialogs.electronic.kind.${examination.kind}`)} {headline(t, examination)}
      </p>
      {examination.problems.length > 0 ? (
        <>
          <p>{t('conversionDialogs.electronic.why')}</p>
          <ul data-testid="conversion-problems">
            {examination.problems.map((problem) => (
              <li key={problem}>{t(problem as never)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <dl>
        {examination.kind !== 'none' ? (
          <>
            <dt>
              {examination.kind === 'sealed'
                ? t('conversionDialogs.electronic.sealer')
                : t('conversionDialogs.electronic.signer')}
            </dt>
            <dd>{examination.signer ?? notStated}</dd>
            <dt>{t('conversionDialogs.electronic.certificateSerial')}</dt>
            <dd>{examination.certificate?.serialNumber ?? notStated}</dd>
            <dt>{t('conversionDialogs.electronic.provider')}</dt>
            <dd>
              {examination.provider ?? notStated}
              {' — '}
              {examination.qualified
                ? t('conversionDialogs.electronic.qualified')
                : t('conversionDialogs.electronic.notQualified')}
            </dd>
          </>
        ) : null}
        <dt>{t('conversionDialogs.electronic.timestamp')}</dt>
        <dd>
          {stamp
            ? stamp.valid
              ? t('conversionDialogs.electronic.timestampValid')
              : t('conversionDialogs.electronic.timestampInvalid')
            : t('conversionDialogs.electronic.noTimestamp')}
        </dd>
        {stamp ? (
          <>
            <dt>{t('conversionDialogs.electronic.timestampTime')}</dt>
            <dd>{formatOfficeDateTime(stamp.time)}</dd>
            <dt>{t('conversionDialogs.electronic.timestampSerial')}</dt>
            <dd>{stamp.serialNumber}</dd>
            <dt>{t('conversionDialogs.electronic.timestampProvider')}</dt>
            <dd>{stamp.provider}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
