import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilePlanGroup } from '../../common/domain/filePlan';
import { fileMarkGroups } from '../intake/filePlanOptions';

export interface FileMarkSelectProps {
  /** Groups open today. */
  groups: FilePlanGroup[];
  value: string;
  onChange: (fileMark: string) => void;
  selectRef?: Ref<HTMLSelectElement>;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
}

/** The marks a case file can be classified with today, grouped under their parents. */
export function FileMarkSelect({
  groups,
  value,
  onChange,
  selectRef,
  ...aria
}: FileMarkSelectProps) {
  const { t } = useTranslation();
  const options = useMemo(() => fileMarkGroups(groups), [groups]);
  return (
    <select
      {...aria}
      ref={selectRef}
      className="select"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t('caseFiles.create.fileMarkEmpty')}</option>
      {options.map((group) =>
        group.label === null ? (
          group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))
        ) : (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ),
      )}
    </select>
  );
}
