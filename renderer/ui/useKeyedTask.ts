import { useEffect, useRef, useState } from 'react';

export type KeyedTask<R> =
  { status: 'pending' } | { status: 'done'; value: R } | { status: 'failed'; error: unknown };

const PENDING = { status: 'pending' } as const;

/**
 * The outcome of an async job for the current `key` (a Blob, an id, a content hash):
 * run again when the key changes, and never the outcome of an earlier key — a late
 * answer for a file no longer shown is dropped, and the new key is pending until its
 * own answer comes. `run` may be a fresh closure each render; only the key decides.
 * Null: nothing to run yet.
 */
export function useKeyedTask<K, R>(key: K | null, run: (key: K) => Promise<R>): KeyedTask<R> {
  const latestRun = useRef(run);
  useEffect(() => {
    latestRun.current = run;
  });
  const [outcome, setOutcome] = useState<{ key: K; task: KeyedTask<R> } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    latestRun.current(key).then(
      (value) => {
        if (live) setOutcome({ key, task: { status: 'done', value } });
      },
      (error: unknown) => {
        if (live) setOutcome({ key, task: { status: 'failed', error } });
      },
    );
    return () => {
      live = false;
    };
  }, [key]);
  return outcome !== null && key !== null && Object.is(outcome.key, key) ? outcome.task : PENDING;
}
