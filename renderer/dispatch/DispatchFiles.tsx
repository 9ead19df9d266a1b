import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../ui/formatFileSize';
import { moveFile, type DraftFile } from './dispatchForm';

/** The document's files to send: which ones, and in what order (the first is the main file). */
export function DispatchFiles({
  files,
  problems,
  error,
  onChange,
}: {
  files: DraftFile[];
  /** The ISDS limits the chosen files break, already in words. */
  problems: string[];
  error: string | null;
  onChange: (files: DraftFile[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const firstIncluded = files.findIndex((file) => file.include);
  const total = files.filter((file) => file.include).reduce((sum, file) => sum + file.size, 0);
  return (
    <fieldset className="dispatch-files" data-testid="dispatch-files">
      <legend>{t('dispatch.files.title')}</legend>
      {files.length === 0 ? <p className="field__hint">{t('dispatch.files.none')}</p> : null}
      <ol className="dispatch-files__list">
        {files.map((file, index) => (
          <li key={file.componentId} className="dispatch-files__item" data-testid="dispatch-file">
            <label className="dispatch-files__pick">
              <input
                type="checkbox"
                checked={file.include}
                onChange={(event) =>
                  onChange(
                    files.map((item) =>
                      item.componentId === file.componentId
                        ? { ...item, include: event.target.checked }
                        : item,
                    ),
                  )
                }
              />{' '}
              <span className="dispatch-files__name">{file.name}</span>
            </label>
            <span className="dispatch-files__size">{formatFileSize(file.size, i18n.language)}</span>
            {index === firstIncluded ? (
              <span className="dispatch-files__main">{t('dispatch.files.main')}</span>
            ) : null}
            <span className="dispatch-files__order">
              <button
                type="button"
                className="button button--small"
                disabled={index === 0}
                aria-label={t('dispatch.files.up', { name: file.name })}
                onClick={() => onChange(moveFile(files, index, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={index === files.length - 1}
                aria-label={t('dispatch.files.down', { name: file.name })}
                onClick={() => onChange(moveFile(files, index, 1))}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="field__hint">
        {t('dispatch.files.total', { size: formatFileSize(total, i18n.language) })}
      </p>
      <div aria-live="polite" data-testid="dispatch-limits">
        {problems.map((problem) => (
          <p key={problem} className="field__error">
            {problem}
          </p>
        ))}
        {error ? <p className="field__error">{error}</p> : null}
      </div>
    </fieldset>
  );
}
