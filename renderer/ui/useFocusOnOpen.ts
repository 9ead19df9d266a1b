import { useEffect, useLayoutEffect, type RefObject } from 'react';

/**
 * Focuses the dialog's first field once the dialog is open, and gives the focus back
 * to what opened it when the dialog goes away (a keyboard user goes on from there).
 */
export function useFocusOnOpen(ref: RefObject<HTMLElement | null>): void {
  // A layout effect runs before the dialog's showModal (a passive effect) moves the
  // focus into it, so what had the focus is still the opener.
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      // The dialog is still in the page (and modal) while this runs; once the commit
      // has removed it, the opener can take the focus again.
      queueMicrotask(() => {
        if (opener?.isConnected) opener.focus();
      });
    };
  }, []);
  // The field's own effect would run before showModal, when it cannot take focus yet.
  useEffect(() => {
    const timer = setTimeout(() => ref.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [ref]);
}
