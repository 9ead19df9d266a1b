import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n';
import { formatFileSize } from '../../ui/formatFileSize';
import type { ScanFolderCheckState } from './useScanFolderCheck';

/** Files shown by name; a busy scanner folder is summed up by its count. */
const LISTED = 5;

/** What the check of the saved scanner folder found, or its Czech error. */
export function ScanFolderCheckView({ state }: { state: ScanFolderCheckState }) {
  const { t, i18n } = useTranslation();
  if (state.status === 'idle' || state.status === 'checking') return null;
  if (state.status === 'failed')
    return (
      <p className="settings-form__failure" role="alert" data-testid="scan-folder-check-failed">
        {errorText(t, state.error)}
      </p>
    );
  if (state.folder === null)
    return (
      <p className="settings-note" role="status" data-testid="scan-folder-check-result">
        {t('conversionSettings.folder.notSet')}
      </p>
    );
  return (
    <div role="status" data-testid="scan-folder-check-result">
      <p className="settings-note">
        {state.files.length === 0
          ? t('conversionSettings.folder.empty', { folder: state.folder })
          : t('conversionSettings.folder.found', {
              count: state.files.length,
              folder: state.folder,
            })}
      </p>
      {state.files.length > 0 ? (
        <ul
          className="conversion-settings__files"
          aria-label={t('conversionSettings.folder.listLabel')}
        >
          {state.files.slice(0, LISTED).map((file) => (
            <li key={file.name}>
              {t('conversionSettings.folder.file', {
                name: file.name,
                size: formatFileSize(file.size, i18n.language),
              })}
            </li>
          ))}
          {state.files.length > LISTED ? (
            <li>{t('conversionSettings.folder.more', { count: state.files.length - LISTED })}</li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
