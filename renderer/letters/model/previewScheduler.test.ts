import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPreviewScheduler,
  initialPreview,
  previewReducer,
  type PreviewState,
} from './previewScheduler';

interface Deferred {
  input: string;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

function harness() {
  const calls: Deferred[] = [];
  const states: Array<PreviewState<string>> = [];
  const scheduler = createPreviewScheduler<string, string>({
    delayMs: 400,
    render: (input) =>
      new Promise<string>((resolve, reject) => calls.push({ input, resolve, reject })),
    onState: (state) => states.push(state),
  });
  return { calls, states, scheduler, last: () => states.at(-1) };
}

/** Lets the promise callbacks of settled renders run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('previewReducer', () => {
  it('drops answers of any request but the newest', () => {
    let state = initialPreview<string>();
    state = previewReducer(state, { type: 'requested', id: 1 });
    state = previewReducer(state, { type: 'requested', id: 2 });
    state = previewReducer(state, { type: 'rendered', id: 2, result: 'new' });
    state = previewReducer(state, { type: 'rendered', id: 1, result: 'old' });
    state = previewReducer(state, { type: 'failed', id: 1, error: 'old failure' });
    expect(state).toMatchObject({ preview: 'new', error: null, pending: false, latest: 2 });
  });

  it('keeps the last good preview beside a failure, and clears the failure on success', () => {
    let state = initialPreview<string>();
    state = previewReducer(state, { type: 'requested', id: 1 });
    state = previewReducer(state, { type: 'rendered', id: 1, result: 'good' });
    state = previewReducer(state, { type: 'requested', id: 2 });
    state = previewReducer(state, { type: 'failed', id: 2, error: 'glyph' });
    expect(state).toMatchObject({ preview: 'good', error: 'glyph', pending: false });
    state = previewReducer(state, { type: 'requested', id: 3 });
    state = previewReducer(state, { type: 'rendered', id: 3, result: 'fixed' });
    expect(state).toMatchObject({ preview: 'fixed', error: null });
  });
});

describe('createPreviewScheduler', () => {
  it('renders once after typing rests, with the last input', async () => {
    const { calls, scheduler, last } = harness();
    scheduler.update('D');
    await vi.advanceTimersByTimeAsync(399);
    scheduler.update('Do');
    await vi.advanceTimersByTimeAsync(399);
    scheduler.update('Dop');
    expect(calls).toHaveLength(0);
    expect(last()?.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls.map((call) => call.input)).toEqual(['Dop']);
    calls[0]?.resolve('pdf:Dop');
    await settle();
    expect(last()).toEqual({ preview: 'pdf:Dop', error: null, pending: false });
  });

  it('shows only the newest request even when an older one answers last', async () => {
    const { calls, scheduler, last } = harness();
    scheduler.update('first');
    await vi.advanceTimersByTimeAsync(400);
    scheduler.update('second');
    await vi.advanceTimersByTimeAsync(400);
    expect(calls.map((call) => call.input)).toEqual(['first', 'second']);
    calls[1]?.resolve('pdf:second');
    await settle();
    calls[0]?.resolve('pdf:first');
    await settle();
    expect(last()).toEqual({ preview: 'pdf:second', error: null, pending: false });
  });

  it('keeps the good preview when a later render fails', async () => {
    const { calls, scheduler, last } = harness();
    scheduler.update('ok');
    await vi.advanceTimersByTimeAsync(400);
    calls[0]?.resolve('pdf:ok');
    await settle();
    scheduler.update('ok 字');
    await vi.advanceTimersByTimeAsync(400);
    calls[1]?.reject(new Error('missing glyph'));
    await settle();
    expect(last()?.preview).toBe('pdf:ok');
    expect(last()?.error).toBeInstanceOf(Error);
  });

  it('ignores answers after it is disposed', async () => {
    const { calls, scheduler, states } = harness();
    scheduler.update('x');
    await vi.advanceTimersByTimeAsync(400);
    const seen = states.length;
    scheduler.dispose();
    calls[0]?.resolve('pdf:x');
    await settle();
    scheduler.update('y');
    await vi.advanceTimersByTimeAsync(400);
    expect(states).toHaveLength(seen);
    expect(calls).toHaveLength(1);
  });

  it('reports a render that throws at once as a failure', async () => {
    const states: Array<PreviewState<string>> = [];
    const scheduler = createPreviewScheduler<string, string>({
      delayMs: 400,
      render: () => {
        throw new Error('no bridge');
      },
      onState: (state) => states.push(state),
    });
    scheduler.update('x');
    await vi.advanceTimersByTimeAsync(400);
    expect(states.at(-1)).toMatchObject({ pending: false, preview: null });
    expect(states.at(-1)?.error).toBeInstanceOf(Error);
  });
});
