import { useEffect } from 'react';
import { navigated, newDocumentRequested, searchFocusRequested } from './appSlice';
import { useAppDispatch } from './store';

/**
 * Application-wide keys. Ctrl+N cannot be taken from a browser, so the new-document
 * key is Alt+N (and F2); Ctrl+F and "/" go to the journal's search box.
 */
export const shortcuts = {
  newDocument: 'Alt+N',
  search: 'Control+F',
  intake: 'Alt+1',
  journal: 'Alt+2',
  caseFiles: 'Alt+3',
  recordsOffice: 'Alt+4',
  sync: 'Alt+5',
  databox: 'Alt+6',
  signing: 'Alt+7',
  conversion: 'Alt+8',
  settings: 'Alt+9',
} as const;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function useShortcuts(): void {
  const dispatch = useAppDispatch();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      if ((event.altKey && key === 'n') || event.key === 'F2') {
        event.preventDefault();
        dispatch(newDocumentRequested());
      } else if ((event.ctrlKey && key === 'f') || (key === '/' && !isTyping(event.target))) {
        event.preventDefault();
        dispatch(searchFocusRequested());
      } else if (event.altKey && key === '1') {
        event.preventDefault();
        dispatch(navigated('intake'));
      } else if (event.altKey && key === '2') {
        event.preventDefault();
        dispatch(navigated('journal'));
      } else if (event.altKey && key === '3') {
        event.preventDefault();
        dispatch(navigated('caseFiles'));
      } else if (event.altKey && key === '4') {
        event.preventDefault();
        dispatch(navigated('recordsOffice'));
      } else if (event.altKey && key === '5') {
        event.preventDefault();
        dispatch(navigated('sync'));
      } else if (event.altKey && key === '6') {
        event.preventDefault();
        dispatch(navigated('databox'));
      } else if (event.altKey && key === '7') {
        event.preventDefault();
        dispatch(navigated('signing'));
      } else if (event.altKey && key === '8') {
        event.preventDefault();
        dispatch(navigated('conversion'));
      } else if (event.altKey && key === '9') {
        event.preventDefault();
        dispatch(navigated('settings'));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);
}
