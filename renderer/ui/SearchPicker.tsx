import { useId, type Ref } from 'react';

export interface PickerOption {
  value: string;
  /** The reference (number) it is known by, shown first. */
  reference: string;
  title: string;
  /** What else tells it apart (its file mark, its date and sender), muted. */
  note: string;
}

export interface SearchPickerProps {
  searchLabel: string;
  placeholder: string;
  /** What the search looks at; read out with the search box. */
  hint?: string;
  search: string;
  onSearch: (text: string) => void;
  searchRef?: Ref<HTMLInputElement>;
  legend: string;
  options: readonly PickerOption[];
  value: string;
  onChange: (value: string) => void;
  /** A line before the options: still loading, nothing found. */
  status?: string | null;
  /** A line after the options: more were found than are shown. */
  more?: string | null;
  error?: string | null;
}

/** Pick one of many by typing part of it into a search box and choosing from the list. */
export function SearchPicker({
  searchLabel,
  placeholder,
  hint,
  search,
  onSearch,
  searchRef,
  legend,
  options,
  value,
  onChange,
  status,
  more,
  error,
}: SearchPickerProps) {
  const id = useId();
  return (
    <>
      <label className="field__label" htmlFor={`${id}-search`}>
        {searchLabel}
      </label>
      <input
        id={`${id}-search`}
        ref={searchRef}
        type="search"
        className="input"
        value={search}
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onSearch(event.target.value)}
      />
      {hint ? (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      ) : null}
      <fieldset
        className="search-picker__list"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <legend>{legend}</legend>
        {status ? <p>{status}</p> : null}
        {options.map((option) => (
          <label key={option.value} className="search-picker__option">
            <input
              type="radio"
              name={`${id}-option`}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className="search-picker__reference">{option.reference}</span>
            <span className="search-picker__title">{option.title}</span>
            <span className="search-picker__note">{option.note}</span>
          </label>
        ))}
        {more ? <p className="field__hint">{more}</p> : null}
      </fieldset>
      {error ? (
        <span id={`${id}-error`} className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
