import { useTranslation } from 'react-i18next';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import { formatOfficeDate } from '../../common/domain/time';
import { modeText } from './format';

export interface CaseFileListProps {
  files: CaseFileRecord[];
  onOpen: (id: string) => void;
}

/** The case files a filter shows, as a table; the reference opens the file. */
export function CaseFileList({ files, onOpen }: CaseFileListProps) {
  const { t } = useTranslation();
  return (
    <div className="case-table-wrap">
      <table className="case-table case-list">
        <caption className="visually-hidden">{t('caseFiles.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('caseFiles.list.columns.reference')}</th>
            <th scope="col">{t('caseFiles.list.columns.title')}</th>
            <th scope="col">{t('caseFiles.list.columns.fileMark')}</th>
            <th scope="col">{t('caseFiles.list.columns.mode')}</th>
            <th scope="col">{t('caseFiles.list.columns.handler')}</th>
            <th scope="col">{t('caseFiles.list.columns.openedAt')}</th>
            <th scope="col">{t('caseFiles.list.columns.documents')}</th>
            <th scope="col">{t('caseFiles.list.columns.state')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={file.id} data-id={file.id} onClick={() => onOpen(file.id)}>
              <td className="case-table__reference">
                <button
                  type="button"
                  className="case-link"
                  data-case-file={file.id}
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(file.id);
                  }}
                >
                  {file.reference}
                </button>
              </td>
              <td>{file.title}</td>
              <td>{file.fileMark}</td>
              <td>{modeText(t, file.mode)}</td>
              <td>{file.handler}</td>
              <td className="case-table__number">{formatOfficeDate(file.openedAt)}</td>
              <td className="case-table__number">{file.documentCount}</td>
              <td>
                <span className={`case-state case-state--${file.state}`}>
                  {t(`common.enums.state.${file.state}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
