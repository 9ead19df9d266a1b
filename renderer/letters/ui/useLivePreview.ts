import { useEffect, useRef, useState } from 'react';
import {
  createPreviewScheduler,
  type PreviewScheduler,
  type PreviewState,
} from '../model/previewScheduler';

/** How long typing must rest before the letter is rendered again. */
export const PREVIEW_DELAY_MS = 400;

/**
 * A preview of `input` kept up to date as it changes: rendered after a pause in
 * typing, newest request wins, a failure keeps the last good preview. `input` null
 * means there is nothing worth rendering yet (the content does not validate): the
 * preview then stays as it was. Pass a memoised input — a new object is a change.
 */
export function useLivePreview<I, R>(
  input: I | null,
  render: (input: I) => Promise<R>,
): PreviewState<R> {
  const [state, setState] = useState<PreviewState<R>>({
    preview: null,
    error: null,
    pending: false,
  });
  const renderRef = useRef(render);
  // Before the input effect below, so a render started by this commit uses this `render`.
  useEffect(() => {
    renderRef.current = render;
  });
  const scheduler = useRef<PreviewScheduler<I> | null>(null);

  useEffect(() => {
    const created = createPreviewScheduler<I, R>({
      delayMs: PREVIEW_DELAY_MS,
      render: (value) => renderRef.current(value),
      onState: setState,
    });
    scheduler.current = created;
    return () => {
      created.dispose();
      scheduler.current = null;
    };
  }, []);

  useEffect(() => {
    if (input !== null) scheduler.current?.update(input);
  }, [input]);

  return state;
}
