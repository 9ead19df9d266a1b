import { useTranslation } from 'react-i18next';
import { errorText } from '../../../i18n';
import type { FormatChangeProgress, FormatChangeRow } from './runFormatChanges';

/** One file's progress in words; a refusal names its reason in the clerk's language. */
function ProgressText({ progress }: { progress: FormatChangeProgress }) {
  const { t } = useTranslation();
  switch (progress.state) {
    case 'waiting':
      return <>{t('conversionDialogs.formatChange.state.waiting')}</>;
    case 'converting':
      return <>{t('conversionDialogs.formatChange.state.converting')}</>;
    case 'done':
      return <>{t('conversionDialogs.formatChange.state.done', { name: progress.name })}</>;
    case 'failed':
      return (
        <span className="conversion-row__failed" role="alert">
          {t('conversionDialogs.formatChange.state.failed', {
            reason: errorText(t, progress.error),
          })}
        </span>
      );
    case 'skipped':
      return <>{t('conversionDialogs.formatChange.state.skipped')}</>;
  }
}

/** The files of a format change with their verdict and, once it runs, their progress. */
export function FormatChangeTable({
  rows,
  progress,
}: {
  rows: readonly FormatChangeRow[];
  progress: Readonly<Record<string, FormatChangeProgress>>;
}) {
  const { t } = useTranslation();
  return (
    <table className="conversion-table" data-testid="format-change-rows">
      <caption className="visually-hidden">{t('conversionDialogs.formatChange.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('conversionDialogs.formatChange.file')}</th>
          <th scope="col">{t('conversionDialogs.formatChange.verdictColumn')}</th>
          <th scope="col">{t('conversionDialogs.formatChange.stateColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ component, verdict }) => {
          const shown: FormatChangeProgress =
            progress[component.id] ??
            (verdict === 'needsChange' ? { state: 'waiting' } : { state: 'skipped' });
          return (
            <tr
              key={component.id}
              data-testid={`format-change-row-${component.id}`}
              data-state={shown.state}
            >
              <th scope="row" className="conversion-table__name">
                {component.name}
              </th>
              <td>{t(`conversionDialogs.formatChange.verdict.${verdict}`)}</td>
              <td aria-live="polite">
                <ProgressText progress={shown} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
