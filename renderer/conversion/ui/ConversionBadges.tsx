import { useTranslation } from 'react-i18next';
import type { ComponentRecord } from '../../db/schema';
import './conversionDialogs.css';

const BADGE_ROLES = new Set<ComponentRecord['role']>([
  'conversionOutput',
  'conversionPrint',
  'formatChanged',
]);

/** The originals among `files` that a format change made a PDF/A from. */
export function formatChangedOriginals(files: readonly ComponentRecord[]): ReadonlySet<string> {
  return new Set(
    files.flatMap((file) =>
      file.role === 'formatChanged' && file.derivedFrom ? [file.derivedFrom] : [],
    ),
  );
}

/** Whether the file's signature panel checks at once: our signed outputs are checked on sight. */
export function verifiesOnSight(file: ComponentRecord): boolean {
  return file.role === 'signedLetter' || file.role === 'conversionOutput';
}

/**
 * What a file is in a conversion: an authorized conversion's output or printout, the PDF/A
 * of a format change — or an original already converted to PDF/A.
 */
export function ConversionBadges({
  file,
  convertedToPdfA,
}: {
  file: ComponentRecord;
  convertedToPdfA: boolean;
}) {
  const { t } = useTranslation();
  const role = file.role && BADGE_ROLES.has(file.role) ? file.role : null;
  if (!role && !convertedToPdfA) return null;
  return (
    <p className="conversion-badges" data-testid="conversion-badges">
      {role === 'conversionOutput' ? (
        <span className="conversion-badge">{t('conversionDialogs.badge.conversionOutput')}</span>
      ) : null}
      {role === 'conversionPrint' ? (
        <span className="conversion-badge">{t('conversionDialogs.badge.conversionPrint')}</span>
      ) : null}
      {role === 'formatChanged' ? (
        <span className="conversion-badge">{t('conversionDialogs.badge.formatChanged')}</span>
      ) : null}
      {convertedToPdfA ? (
        <span className="conversion-badge">{t('conversionDialogs.badge.convertedToPdfA')}</span>
      ) : null}
    </p>
  );
}
