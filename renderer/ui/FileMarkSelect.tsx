import { useMemo } from 'react';
import type { FilePlanGroup } from '../../common/domain/filePlan';
import { fileMarkGroups } from '../intake/filePlanOptions';

export interface FileMarkSelectProps {
  /** The groups to offer (those open today, or the plan of the document's date). */
  groups: readonly FilePlanGroup[];
  value: string;
  onChange: (fileMark: string) => void;
  /** The first option, for no mark chosen yet. */
  emptyLabel: string;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
  /** The intake form finds its controls by the path of their value. */
  'data-field'?: string;
}

/**
 * The marks a record can be classified with (only those that carry a retention rule),
 * grouped under their parents.
 */
export function FileMarkSelect({
  groups,
  value,
  onChange,
  emptyLabel,
  ...attributes
}: FileMarkSelectProps) {
  const options = useMemo(() => fileMarkGroups(groups), [groups]);
  return (
    <select
      {...attributes}
      className="select"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{emptyLabel}</option>
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
