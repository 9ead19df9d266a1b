import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComponentRecord } from '../db/schema';
import { useServices } from '../app/services';
import { FilePreview } from '../ui/FilePreview';
import { useNotify } from '../ui/useNotify';
import { useStableBlob } from '../ui/useStableBlob';
import { formatFileSize } from '../ui/formatFileSize';
import { SignaturePanel } from '../signing/ui/SignaturePanel';
import {
  ConversionBadges,
  formatChangedOriginals,
  verifiesOnSight,
} from '../conversion/ui/ConversionBadges';

/** Fits the narrowest detail pane. */
const PREVIEW_WIDTH = 300;

function FileItem({
  file,
  initiallyOpen,
  convertedToPdfA,
}: {
  file: ComponentRecord;
  initiallyOpen: boolean;
  convertedToPdfA: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const notify = useNotify();
  const [open, setOpen] = useState(initiallyOpen);
  // The detail's query re-reads every file on each sync write: preview and signature
  // check follow the content (id + SHA-256), not the new Blob object.
  const blob = useStableBlob(file);
  const save = async () => {
    try {
      const bytes = new Uint8Array(await file.blob.arrayBuffer());
      const result = await api['files.save']({ suggestedName: file.name, mime: file.mime, bytes });
      if (result.saved) notify.success(t('journal.detail.files.saved', { name: file.name }));
    } catch (error) {
      notify.failure(error);
    }
  };
  return (
    <li className="journal-file">
      <div className="journal-file__head">
        <span className="journal-file__name" title={file.name}>
          {file.name}
        </span>
        <span className="journal-file__size">{formatFileSize(file.size, i18n.language)}</span>
      </div>
      <ConversionBadges file={file} convertedToPdfA={convertedToPdfA} />
      {file.originalName !== file.name ? (
        <p className="field__hint">
          {t('journal.detail.files.renamed', { name: file.originalName })}
        </p>
      ) : null}
      <div className="journal-file__actions">
        <button
          type="button"
          className="button button--small"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t('journal.detail.files.hidePreview') : t('journal.detail.files.showPreview')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('journal.detail.files.saveNamed', { name: file.name })}
          onClick={() => void save()}
        >
          {t('journal.detail.files.save')}
        </button>
      </div>
      {file.mime === 'application/pdf' ? (
        // Any PDF, ours or received, may carry signatures; our signed outputs are checked at once.
        <SignaturePanel
          key={file.sha256}
          blob={blob}
          name={file.name}
          autoVerify={verifiesOnSight(file)}
        />
      ) : null}
      {open ? (
        <div
          className="journal-file__preview"
          role="group"
          aria-label={t('journal.detail.files.previewOf', { name: file.name })}
        >
          <FilePreview blob={blob} name={file.name} maxPages={2} width={PREVIEW_WIDTH} />
        </div>
      ) : null}
    </li>
  );
}

/** The document's files (komponenty): preview in the app and saving a copy. */
export function DocumentFiles({ files }: { files: ComponentRecord[] }) {
  const { t } = useTranslation();
  const converted = formatChangedOriginals(files);
  return (
    <section className="journal-detail__section" aria-labelledby="journal-detail-files">
      <h3 id="journal-detail-files">{t('journal.detail.sections.files')}</h3>
      {files.length === 0 ? (
        <p className="journal-detail__none">{t('journal.detail.files.none')}</p>
      ) : (
        <ul className="journal-files">
          {files.map((file, index) => (
            <FileItem
              key={file.id}
              file={file}
              initiallyOpen={index === 0}
              convertedToPdfA={converted.has(file.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
