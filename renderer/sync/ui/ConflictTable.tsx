import { useTranslation } from 'react-i18next';
import type { ConflictField } from '../../../common/domain/sync';
import type { FieldChoice } from '../commands/resolveConflict';
import { fieldNameText, fieldValueBlocks } from './fieldValue';

export interface ConflictTableProps {
  /** Makes the radio names unique when more than one table is on the page. */
  idPrefix: string;
  fields: ReadonlyArray<ConflictField>;
  choices: Readonly<Record<string, FieldChoice | undefined>>;
  onChoose: (field: string, choice: FieldChoice) => void;
}

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      {fieldValueBlocks(t, value).map((lines, block) => (
        <div key={block} className="conflict-table__block">
          {lines.map((line, index) => (
            <span key={index} className="conflict-table__line">
              {line}
            </span>
          ))}
        </div>
      ))}
    </>
  );
}

/**
 * The conflict side by side: per field the value at the last sync, this device's edit
 * and the eSSL's version, and which of the two to keep. Each row's choice is a radio
 * group named by the field (arrow keys switch within it, Tab goes to the next field).
 */
export function ConflictTable({ idPrefix, fields, choices, onChoose }: ConflictTableProps) {
  const { t } = useTranslation();
  return (
    <table className="conflict-table">
      <caption className="conflict-table__caption">{t('sync.conflict.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sync.conflict.field')}</th>
          <th scope="col">{t('sync.conflict.base')}</th>
          <th scope="col">{t('sync.conflict.mine')}</th>
          <th scope="col">{t('sync.conflict.theirs')}</th>
          <th scope="col">{t('sync.conflict.choice')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => {
          const name = fieldNameText(t, field.field);
          const chosen = choices[field.field];
          return (
            <tr key={field.field} data-field={field.field}>
              <th scope="row">{name}</th>
              <td className="conflict-table__base">
                <Value value={field.base} />
              </td>
              <td className={chosen === 'mine' ? 'conflict-table__kept' : undefined}>
                <Value value={field.mine} />
              </td>
              <td className={chosen === 'theirs' ? 'conflict-table__kept' : undefined}>
                <Value value={field.theirs} />
              </td>
              <td>
                <div role="radiogroup" aria-label={name} className="conflict-table__choice">
                  {(['mine', 'theirs'] as const).map((choice) => (
                    <label key={choice} className="conflict-table__option">
                      <input
                        type="radio"
                        name={`${idPrefix}-${field.field}`}
                        value={choice}
                        checked={chosen === choice}
                        onChange={() => onChoose(field.field, choice)}
                      />
                      {t(`sync.conflict.${choice}`)}
                    </label>
                  ))}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
