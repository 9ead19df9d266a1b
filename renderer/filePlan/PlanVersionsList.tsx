import { useTranslation } from 'react-i18next';
import type { FilePlanVersion } from '../../common/domain/filePlan';
import { formatOfficeDateTime } from '../../common/domain/time';
import { formatCalendarDate } from '../journal/format';

/** Earlier versions of the plan: still what older documents were classified by. */
export function PlanVersionsList({ versions }: { versions: readonly FilePlanVersion[] }) {
  const { t } = useTranslation();
  return (
    <section className="file-plan-versions" aria-labelledby="file-plan-versions-title">
      <h2 id="file-plan-versions-title">{t('filePlan.versions.title')}</h2>
      {versions.length === 0 ? (
        <p className="file-plan__muted">{t('filePlan.versions.none')}</p>
      ) : (
        <table className="file-plan-versions__table">
          <thead>
            <tr>
              <th scope="col">{t('filePlan.versions.name')}</th>
              <th scope="col">{t('filePlan.versions.identifier')}</th>
              <th scope="col">{t('filePlan.versions.validity')}</th>
              <th scope="col">{t('filePlan.versions.imported')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id}>
                <td>
                  {version.title}
                  {version.legacy ? (
                    <span className="file-plan-versions__legacy">
                      {' '}
                      {t('filePlan.versions.legacy')}
                    </span>
                  ) : null}
                </td>
                <td>{version.identifier}</td>
                <td>
                  {version.validTo
                    ? t('filePlan.validity.range', {
                        from: formatCalendarDate(version.validFrom),
                        to: formatCalendarDate(version.validTo),
                      })
                    : t('filePlan.validity.from', { date: formatCalendarDate(version.validFrom) })}
                </td>
                <td>{formatOfficeDateTime(version.importedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
