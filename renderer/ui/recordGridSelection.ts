import type { RefObject } from 'react';

/** What a screen hands its record grid: the label, the selection and the detail's open / close. */
export interface RecordGridSelection {
  label: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onClose: () => void;
  gridRef: RefObject<HTMLDivElement | null>;
}
