import { useTranslation } from 'react-i18next';
import type { ImportRow } from './useZfoImport';

/** What became of each imported file: imported (a bad seal flagged), already here, or refused and why. */
export function ZfoImportResults({
  rows,
  onDismiss,
  onOpen,
}: {
  rows: ImportRow[];
  onDismiss: () => void;
  onOpen: (messageId: string) => void;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <div className="databox-import" role="status" data-testid="databox-import-results">
      <div className="databox-import__head">
        <strong>{t('databox.import.resultsTitle')}</strong>
        <button type="button" className="button button--small" onClick={onDismiss}>
          {t('databox.import.dismiss')}
        </button>
      </div>
      <ul className="databox-import__list">
        {rows.map((row) => (
          <li
            key={row.id}
            className={`databox-import__item databox-import__item--${row.outcome}`}
            data-testid="databox-import-row"
            data-outcome={row.outcome}
          >
            <span className="databox-import__name">{row.name}</span>
            {': '}
            <span>{t(`databox.import.outcome.${row.outcome}`)}</span>
            {row.reason ? <span> — {row.reason}</span> : null}
            {row.sealInvalid ? (
              <strong className="databox-import__seal" data-testid="databox-import-seal-invalid">
                {' '}
                <span aria-hidden="true">⚠ </span>
                {t('databox.import.sealInvalid')}
              </strong>
            ) : null}
            {row.messageId ? (
              <>
                {' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onOpen(row.messageId as string)}
                >
                  {t('databox.import.show')}
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
