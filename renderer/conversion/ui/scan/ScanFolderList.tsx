import { useTranslation } from 'react-i18next';
import type { ScanFolderEntry } from '../../../../common/contract/conversion';
import { formatOfficeDateTime } from '../../../../common/domain/time';
import { formatFileSize } from '../../../ui/formatFileSize';

export interface ScanFolderListProps {
  /** null while the first listing is on its way. */
  listing: { folder: string | null; files: ScanFolderEntry[] } | null;
  failure: string | null;
  /** Names already added to this conversion. */
  added: ReadonlySet<string>;
  busy: boolean;
  onAdd: (names: string[]) => void;
}

/** The scans waiting in the scanner's folder: name, size, when saved, and "Přidat". */
export function ScanFolderList({ listing, failure, added, busy, onAdd }: ScanFolderListProps) {
  const { t, i18n } = useTranslation();
  const fresh = (listing?.files ?? []).filter((file) => !added.has(file.name));
  return (
    <div className="scan-folder" data-testid="scan-folder">
      {failure ? (
        <p className="field__error" role="alert">
          {failure}
        </p>
      ) : null}
      {listing === null ? (
        <p className="field__hint">{t('conversionScan.folder.loading')}</p>
      ) : listing.folder === null ? (
        <p className="scan-folder__unset" data-testid="scan-folder-unset">
          {t('conversionScan.folder.notConfigured')}
        </p>
      ) : (
        <>
          <p className="field__hint">
            {t('conversionScan.folder.path', { folder: listing.folder })} ·{' '}
            {t('conversionScan.folder.polling')}
          </p>
          {listing.files.length === 0 ? (
            <p className="field__hint">{t('conversionScan.folder.empty')}</p>
          ) : (
            <table className="scan-folder__table" aria-label={t('conversionScan.folder.list')}>
              <thead>
                <tr>
                  <th scope="col">{t('conversionScan.folder.name')}</th>
                  <th scope="col">{t('conversionScan.folder.size')}</th>
                  <th scope="col">{t('conversionScan.folder.modified')}</th>
                  <th scope="col">{t('conversionScan.folder.action')}</th>
                </tr>
              </thead>
              <tbody>
                {listing.files.map((file) => (
                  <tr key={file.name} data-testid="scan-folder-file">
                    <td>{file.name}</td>
                    <td>{formatFileSize(file.size, i18n.language)}</td>
                    <td>{formatOfficeDateTime(file.modifiedAt)}</td>
                    <td>
                      {added.has(file.name) ? (
                        <span className="field__hint">{t('conversionScan.folder.added')}</span>
                      ) : (
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('conversionScan.folder.addNamed', { name: file.name })}
                          disabled={busy}
                          onClick={() => onAdd([file.name])}
                        >
                          {t('conversionScan.folder.add')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {fresh.length > 1 ? (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => onAdd(fresh.map((file) => file.name))}
            >
              {t('conversionScan.folder.addAll', { count: fresh.length })}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
