import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { tabAfterKey } from './tabKeys';

export interface TabListProps<T extends string> {
  tabs: readonly T[];
  selected: T;
  onSelect: (tab: T) => void;
  /** The list's accessible name. */
  label: string;
  /** What each tab says (a count may be part of it). */
  text: (tab: T) => ReactNode;
  /** The element id of a tab; its panel is labelled by it. */
  tabId: (tab: T) => string;
  /** The id of the panel a tab controls. */
  panelId: (tab: T) => string;
  className: string;
  /** The tabs' class; the selected one also gets `<tabClassName>--active`. */
  tabClassName: string;
  testId?: (tab: T) => string;
}

/**
 * Tabs as the ARIA pattern has them: one tab in the Tab order (the selected one),
 * the arrows move and select with wrap-around, Home and End go to the ends.
 */
export function TabList<T extends string>({
  tabs,
  selected,
  onSelect,
  label,
  text,
  tabId,
  panelId,
  className,
  tabClassName,
  testId,
}: TabListProps<T>) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabAfterKey(tabs, selected, event.key);
    if (next === null) return;
    event.preventDefault();
    if (next !== selected) onSelect(next);
    buttons.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab}
          ref={(element) => {
            if (element) buttons.current.set(tab, element);
            else buttons.current.delete(tab);
          }}
          id={tabId(tab)}
          type="button"
          role="tab"
          aria-selected={tab === selected}
          aria-controls={panelId(tab)}
          tabIndex={tab === selected ? 0 : -1}
          className={tab === selected ? `${tabClassName} ${tabClassName}--active` : tabClassName}
          data-testid={testId?.(tab)}
          onClick={() => onSelect(tab)}
        >
          {text(tab)}
        </button>
      ))}
    </div>
  );
}
