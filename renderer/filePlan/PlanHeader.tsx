import { useTranslation } from 'react-i18next';
import type { FilePlanVersion } from '../../common/domain/filePlan';
import { formatCalendarDate } from '../journal/format';

export interface PlanHeaderProps {
  version: FilePlanVersion | null;
  groupCount: number;
  classifiableCount: number;
}

/** The version of the plan in force: what it is called, who issued it, since when it applies. */
export function PlanHeader({ version, groupCount, classifiableCount }: PlanHeaderProps) {
  const { t } = useTranslation();
  if (!version) {
    return (
      <section className="file-plan-header" aria-labelledby="file-plan-header-title">
        <h2 id="file-plan-header-title">{t('filePlan.header.title')}</h2>
        <p>{groupCount > 0 ? t('filePlan.header.noVersion') : t('filePlan.header.empty')}</p>
      </section>
    );
  }
  return (
    <section className="file-plan-header" aria-labelledby="file-plan-header-title">
      <h2 id="file-plan-header-title">{version.title}</h2>
      <dl className="file-plan-header__facts">
        <div>
          <dt>{t('filePlan.header.identifier')}</dt>
          <dd>
            {version.identifier}
            {version.identifierSource ? (
              <span className="file-plan-header__source"> ({version.identifierSource})</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('filePlan.header.issuer')}</dt>
          <dd>{version.issuer || t('filePlan.header.unknown')}</dd>
        </div>
        <div>
          <dt>{t('filePlan.header.validFrom')}</dt>
          <dd>{formatCalendarDate(version.validFrom)}</dd>
        </div>
        <div>
          <dt>{t('filePlan.header.validTo')}</dt>
          <dd>
            {version.validTo ? formatCalendarDate(version.validTo) : t('filePlan.header.open')}
          </dd>
        </div>
        <div>
          <dt>{t('filePlan.header.groups')}</dt>
          <dd>
            {t('filePlan.header.groupCount', {
              count: groupCount,
              classifiable: classifiableCount,
            })}
          </dd>
        </div>
      </dl>
      {version.comment ? <p className="file-plan-header__comment">{version.comment}</p> : null}
      {version.legacy ? (
        <p className="file-plan-header__legacy" role="note">
          {t('filePlan.header.legacy')}
        </p>
      ) : null}
    </section>
  );
}
