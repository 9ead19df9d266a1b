import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../common/domain/document';
import { formatOfficeDate } from '../../common/domain/time';
import { settlementText } from './format';

export interface InventoryProps {
  documents: DocumentRecord[];
  selectedPid: string | null;
  onSelect: (pid: string) => void;
}

/**
 * Soupis dokumentů: the file's documents in their order, with numbers, dates and
 * settlement. One row is chosen (a radio button, so arrows move the choice) and the
 * actions below act on it.
 */
export function Inventory({ documents, selectedPid, onSelect }: InventoryProps) {
  const { t } = useTranslation();
  const name = useId();
  if (documents.length === 0) {
    return <p className="case-detail__none">{t('caseFiles.inventory.empty')}</p>;
  }
  return (
    <div className="case-table-wrap">
      <table className="case-table case-inventory">
        <caption className="visually-hidden">{t('caseFiles.inventory.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('caseFiles.inventory.columns.choose')}</span>
            </th>
            <th scope="col">{t('caseFiles.inventory.columns.order')}</th>
            <th scope="col">{t('caseFiles.inventory.columns.referenceNumber')}</th>
            <th scope="col">{t('caseFiles.inventory.columns.date')}</th>
            <th scope="col">{t('caseFiles.inventory.columns.subject')}</th>
            <th scope="col">{t('caseFiles.inventory.columns.counterparty')}</th>
            <th scope="col">{t('caseFiles.inventory.columns.state')}</th>
            <th scope="col">{t('caseFiles.inventory.columns.settlement')}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((doc) => {
            const selected = doc.pid === selectedPid;
            return (
              <tr
                key={doc.pid}
                data-pid={doc.pid}
                className={[
                  selected ? 'case-table__row--selected' : '',
                  doc.state === 'cancelled' ? 'case-table__row--cancelled' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                onClick={() => onSelect(doc.pid)}
              >
                <td>
                  <input
                    type="radio"
                    name={name}
                    checked={selected}
                    aria-label={t('caseFiles.inventory.choose', {
                      referenceNumber: doc.referenceNumber,
                    })}
                    onChange={() => onSelect(doc.pid)}
                  />
                </td>
                <td className="case-table__number">{doc.caseFileOrder ?? ''}</td>
                <td className="case-table__reference">{doc.referenceNumber}</td>
                <td className="case-table__number">{formatOfficeDate(doc.documentDate)}</td>
                <td>{doc.subject}</td>
                <td>{doc.counterparty}</td>
                <td>{t(`common.enums.state.${doc.state}`)}</td>
                <td>
                  {doc.settlement
                    ? settlementText(t, doc.settlement)
                    : doc.state === 'cancelled'
                      ? t('caseFiles.empty')
                      : t('caseFiles.inventory.unsettled')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
