import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../../app/services';
import { errorText } from '../../../i18n';

/**
 * After a conversion is prepared from files in the scanner's folder: offers to clear them
 * from the folder (a shared folder fills up, and a file left there is easily converted
 * twice). Never automatic — the clerk may still need a file, e.g. to scan a page again.
 */
export function FolderCleanup({ names }: { names: string[] }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const [state, setState] = useState<'idle' | 'working' | 'done'>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  const [removed, setRemoved] = useState(0);
  if (names.length === 0) return null;

  const remove = async () => {
    setState('working');
    setFailure(null);
    let count = 0;
    try {
      for (const name of names) {
        if ((await api['scanFolder.remove']({ name })).removed) count += 1;
      }
      setState('done');
    } catch (error) {
      setFailure(errorText(t, error));
      setState('idle');
    } finally {
      setRemoved(count);
    }
  };

  return (
    <div className="scan-folder-cleanup" data-testid="scan-folder-cleanup">
      <p>{t('conversionScan.folderCleanup.text', { count: names.length })}</p>
      {state === 'done' ? (
        <p role="status">{t('conversionScan.folderCleanup.done', { count: removed })}</p>
      ) : (
        <button
          type="button"
          className="button button--small"
          disabled={state === 'working'}
          onClick={() => void remove()}
        >
          {t('conversionScan.folderCleanup.remove')}
        </button>
      )}
      {failure ? (
        <p role="alert" className="field__error">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
