import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePreview } from '../ui/FilePreview';
import { formatFileSize } from '../ui/formatFileSize';
import type { ScanFile } from './scanFile';

interface Props {
  file: ScanFile;
  onRemove: () => void;
}

function ScanPreview({ file }: { file: ScanFile }) {
  const blob = useMemo(
    () => new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime }),
    [file.bytes, file.mime],
  );
  return <FilePreview blob={blob} name={file.name} maxPages={2} width={420} />;
}

/** One attached scan: what it is, a preview on request, and a way to take it back. */
export function ScanFileRow({ file, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const previewId = `preview-${file.id}`;
  return (
    <li className="scan-file">
      <div className="scan-file__row">
        <span className="scan-file__badge">{file.format.toUpperCase()}</span>
        <span className="scan-file__text">
          <span className="scan-file__name">{file.name}</span>
          <span className="scan-file__meta">{formatFileSize(file.size, i18n.language)}</span>
        </span>
        <span className="scan-file__buttons">
          <button
            type="button"
            className="button button--small"
            aria-expanded={open}
            aria-controls={previewId}
            aria-label={
              open
                ? t('intake.files.hidePreview')
                : t('intake.files.previewOf', { name: file.name })
            }
            onClick={() => setOpen((value) => !value)}
          >
            {open ? t('intake.files.hidePreview') : t('intake.files.preview')}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={t('intake.files.removeLabel', { name: file.name })}
            onClick={onRemove}
          >
            {t('intake.files.remove')}
          </button>
        </span>
      </div>
      {file.renamed ? (
        <p className="scan-file__renamed">
          {t('validation.file.renamed', { from: file.originalName, to: file.name })}
        </p>
      ) : null}
      <div id={previewId} className="scan-file__preview" hidden={!open}>
        {open ? <ScanPreview file={file} /> : null}
      </div>
    </li>
  );
}
