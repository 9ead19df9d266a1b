import { useTranslation } from 'react-i18next';
import type { DataMessageRecord } from '../../../common/domain/databox';
import { useServices } from '../../app/services';
import { formatFileSize } from '../../ui/formatFileSize';
import { attachmentBytes, ZFO_MIME, zfoBytes, zfoFileName } from './fileBytes';
import { useSaveFile } from './useSaveFile';

/** The message's files under their safe names (the sender's name shown as text when it differs), each to save. */
export function MessageFiles({ message }: { message: DataMessageRecord }) {
  const { t, i18n } = useTranslation();
  const { api, db } = useServices();
  const save = useSaveFile();
  const hasZfo = message.zfoSha256 !== null;
  return (
    <section className="journal-detail__section" aria-labelledby="databox-files-title">
      <h3 id="databox-files-title">{t('databox.files.title')}</h3>
      {message.files.length === 0 ? (
        <p className="journal-detail__none">{t('databox.files.none')}</p>
      ) : (
        <ul className="journal-files" data-testid="databox-files">
          {message.files.map((file) => (
            <li key={file.index} className="journal-file" data-testid="databox-file">
              <div className="journal-file__head">
                <span className="journal-file__name" title={file.name}>
                  {file.name}
                </span>
                <span className="journal-file__size">
                  {formatFileSize(file.size, i18n.language)}
                </span>
              </div>
              {file.originalName !== file.name ? (
                <p className="field__hint" data-testid="databox-file-original">
                  {t('databox.files.original', { name: file.originalName })}
                </p>
              ) : null}
              <div className="journal-file__actions">
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('databox.files.saveNamed', { name: file.name })}
                  onClick={() =>
                    void save(file.name, file.mime, () => attachmentBytes(db, api, message, file))
                  }
                >
                  {t('databox.files.save')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="journal-detail__actions">
        {hasZfo ? (
          <button
            type="button"
            className="button button--small"
            data-testid="databox-save-zfo"
            onClick={() =>
              void save(zfoFileName(message.dmID, 'message'), ZFO_MIME, () =>
                zfoBytes(db, message.id, 'message'),
              )
            }
          >
            {t('databox.files.saveZfo')}
          </button>
        ) : null}
        {message.hasDeliveryZfo ? (
          <button
            type="button"
            className="button button--small"
            data-testid="databox-save-delivery"
            onClick={() =>
              void save(zfoFileName(message.dmID, 'delivery'), ZFO_MIME, () =>
                zfoBytes(db, message.id, 'delivery'),
              )
            }
          >
            {t('databox.files.saveDelivery')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
