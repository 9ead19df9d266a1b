export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Yields `work(item)` for each item in order while up to `ahead` of the next ones are
 * already under way — downloads overlap with storing what came before. Failures are
 * yielded, not thrown, so one bad item does not stop the rest.
 */
export async function* prefetchInOrder<T, R>(
  items: ReadonlyArray<T>,
  ahead: number,
  work: (item: T) => Promise<R>,
  signal?: AbortSignal,
): AsyncGenerator<{ item: T; result: Settled<R> }> {
  const started: Array<Promise<Settled<R>>> = [];
  const start = (index: number) => {
    const item = items[index];
    if (item === undefined || started[index] || signal?.aborted) return;
    started[index] = work(item).then(
      (value): Settled<R> => ({ ok: true, value }),
      (error: unknown): Settled<R> => ({ ok: false, error }),
    );
  };
  for (let index = 0; index < Math.min(ahead, items.length); index++) start(index);
  for (let index = 0; index < items.length; index++) {
    if (signal?.aborted) return;
    start(index);
    const result = await (started[index] as Promise<Settled<R>>);
    // While the caller handles this one, the next `ahead` are under way.
    start(index + ahead);
    yield { item: items[index] as T, result };
  }
}
