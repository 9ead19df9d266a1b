import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_MB } from '../../common/domain/attachments';
import { useServices } from '../app/services';
import { issueText } from '../i18n';
import { useNotify } from '../ui/useNotify';
import {
  checkScanFiles,
  readDroppedFiles,
  type CheckedFiles,
  type Refusal,
  type ScanFile,
} from './scanFile';
import { ScanFileRow } from './ScanFileRow';

interface Props {
  files: ScanFile[];
  refusals: Refusal[];
  error: string | null;
  onAdd: (checked: CheckedFiles) => void;
  onRemove: (id: string) => void;
  onDismissRefusals: () => void;
}

/** Scans of the letter: dropped or picked, checked at once, listed with a preview. */
export function ScanFiles({ files, refusals, error, onAdd, onRemove, onDismissRefusals }: Props) {
  const { t } = useTranslation();
  const { api } = useServices();
  const notify = useNotify();
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<CheckedFiles>) => {
    setBusy(true);
    try {
      onAdd(await work());
    } catch (failure) {
      notify.failure(failure);
    } finally {
      setBusy(false);
    }
  };

  const choose = () =>
    run(async () => {
      const result = await api['files.open']({ purpose: 'scan' });
      const checked = await checkScanFiles(result.files);
      const rejected = result.rejected.map((issue) => ({ id: crypto.randomUUID(), issue }));
      return { accepted: checked.accepted, refused: [...rejected, ...checked.refused] };
    });

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = [...event.dataTransfer.files];
    if (dropped.length > 0) void run(() => readDroppedFiles(dropped));
  };

  return (
    <fieldset className="scan-files">
      <legend>{t('intake.sections.files')}</legend>
      <div className="scan-files__intake">
        <div
          className={dragging ? 'scan-drop scan-drop--active' : 'scan-drop'}
          data-testid="scan-drop"
          onDragEnter={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragOver={(event) => {
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
          }}
          onDragLeave={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null))
              setDragging(false);
          }}
          onDrop={onDrop}
        >
          <span className="scan-drop__title">
            {dragging ? t('intake.files.dropActive') : t('intake.files.dropZone')}
          </span>
          <span className="scan-drop__formats">
            {t('intake.files.formats', { limit: MAX_ATTACHMENT_MB })}
          </span>
        </div>
        <button
          type="button"
          className="button"
          data-field="files"
          onClick={() => void choose()}
          disabled={busy}
        >
          {t('intake.files.choose')}
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {busy ? t('intake.files.reading') : ''}
      </p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {refusals.length > 0 ? (
        <div className="scan-refusals" role="alert">
          <div className="scan-refusals__head">
            <strong>{t('intake.files.refused')}</strong>
            <button type="button" className="button button--small" onClick={onDismissRefusals}>
              {t('intake.files.dismiss')}
            </button>
          </div>
          <ul>
            {refusals.map((refusal) => (
              <li key={refusal.id}>{issueText(t, refusal.issue)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {files.length > 0 ? (
        <ul className="scan-files__list" aria-label={t('intake.files.list')}>
          {files.map((file) => (
            <ScanFileRow key={file.id} file={file} onRemove={() => onRemove(file.id)} />
          ))}
        </ul>
      ) : (
        <p className="scan-files__none">{t('intake.files.none')}</p>
      )}
    </fieldset>
  );
}
