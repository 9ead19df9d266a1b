import { useTranslation } from 'react-i18next';
import { pageRanges, type ScanNotice } from './scanNotices';

/** What will happen to some pages on the way (CMYK, transparency, …), before building. */
export function ScanNoticesView({ notices }: { notices: ScanNotice[] }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="scan-notices" data-testid="scan-notices">
      <p className="field__label">{t('conversionScan.notices.heading')}</p>
      <ul>
        {notices.map((notice) => (
          <li key={`${notice.file}:${notice.kind}`}>
            {notice.pages.length > 0
              ? t('conversionScan.notices.filePages', {
                  file: notice.file,
                  pages: pageRanges(notice.pages),
                })
              : t('conversionScan.notices.file', { file: notice.file })}
            : {t(`conversionScan.notices.${notice.kind}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
