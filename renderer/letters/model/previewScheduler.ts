/**
 * The live preview's timing, apart from React so it can be tested: input is rendered
 * only after it has rested for `delayMs`, and a result counts only when it answers
 * the newest request — a slow render of older text must not replace a newer preview.
 * A failure keeps the last good preview beside the error, so the clerk still sees the
 * letter while fixing the one character the font lacks.
 */

export interface PreviewState<R> {
  /** The newest successful rendering; null until the first one. */
  preview: R | null;
  /** Why the newest request failed; null when it succeeded or none has answered yet. */
  error: unknown;
  /** True from an input change until its rendering (or failure) arrives. */
  pending: boolean;
}

export type PreviewEvent<R> =
  | { type: 'changed' }
  | { type: 'requested'; id: number }
  | { type: 'rendered'; id: number; result: R }
  | { type: 'failed'; id: number; error: unknown };

export interface PreviewTracker<R> extends PreviewState<R> {
  /** The id of the newest request sent; 0 before the first. */
  latest: number;
}

export function initialPreview<R>(): PreviewTracker<R> {
  return { preview: null, error: null, pending: false, latest: 0 };
}

/** Pure transition: answers of requests older than the newest are dropped. */
export function previewReducer<R>(
  state: PreviewTracker<R>,
  event: PreviewEvent<R>,
): PreviewTracker<R> {
  switch (event.type) {
    case 'changed':
      return state.pending ? state : { ...state, pending: true };
    case 'requested':
      return { ...state, latest: Math.max(state.latest, event.id), pending: true };
    case 'rendered':
      if (event.id !== state.latest) return state;
      return { ...state, preview: event.result, error: null, pending: false };
    case 'failed':
      if (event.id !== state.latest) return state;
      return { ...state, error: event.error, pending: false };
  }
}

export interface Timers {
  set: (callback: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface PreviewSchedulerOptions<I, R> {
  delayMs: number;
  render: (input: I) => Promise<R>;
  onState: (state: PreviewState<R>) => void;
  timers?: Timers;
}

export interface PreviewScheduler<I> {
  /** A new input: restarts the wait; the previous input is never rendered if it had not started. */
  update: (input: I) => void;
  /** Stops the wait and ignores every answer still on its way. */
  dispose: () => void;
}

export function createPreviewScheduler<I, R>({
  delayMs,
  render,
  onState,
  timers = realTimers,
}: PreviewSchedulerOptions<I, R>): PreviewScheduler<I> {
  let state = initialPreview<R>();
  let timer: unknown = null;
  let nextId = 0;
  let disposed = false;

  const apply = (event: PreviewEvent<R>) => {
    if (disposed) return;
    const next = previewReducer(state, event);
    if (next === state) return;
    state = next;
    onState({ preview: state.preview, error: state.error, pending: state.pending });
  };

  const fire = (input: I) => {
    timer = null;
    nextId += 1;
    const id = nextId;
    apply({ type: 'requested', id });
    let pending: Promise<R>;
    try {
      pending = render(input);
    } catch (error) {
      apply({ type: 'failed', id, error });
      return;
    }
    pending.then(
      (result) => apply({ type: 'rendered', id, result }),
      (error: unknown) => apply({ type: 'failed', id, error }),
    );
  };

  return {
    update(input) {
      if (disposed) return;
      if (timer !== null) timers.clear(timer);
      apply({ type: 'changed' });
      timer = timers.set(() => fire(input), delayMs);
    },
    dispose() {
      disposed = true;
      if (timer !== null) timers.clear(timer);
      timer = null;
    },
  };
}
