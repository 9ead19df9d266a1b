import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useServices } from '../app/services';
import type { TxLogEntry } from '../db/txlog/entry';
import { resolveIdentifiers } from './identifiers';
import { entryMatcher, periodBounds, type TxLogFilter } from './txlogFilter';
import { countInPeriod, readLogPage, type LogCursor } from './txlogQuery';

export const PAGE_SIZE = 100;

export interface ShownPage {
  entries: TxLogEntry[];
  labels: Map<string, string>;
  hasNext: boolean;
  next: LogCursor | null;
}

export interface Counts {
  period: number;
  /** Entries passing the narrowing; null when nothing narrows. */
  matching: number | null;
}

type Loaded<T> = { ok: true; value: T } | { ok: false };

/**
 * The visible page of the period and its counts, live: a new entry in the period
 * shows up without a reload. Pages are walked with (at, seq) cursors kept per page
 * number, so going back never re-reads from the start.
 */
export function usePagedLog(filter: TxLogFilter) {
  const { db } = useServices();
  const bounds = useMemo(() => periodBounds(filter.from, filter.to), [filter.from, filter.to]);
  const match = useMemo(() => entryMatcher(filter), [filter]);
  const resetKey = JSON.stringify(filter);
  const [paging, setPaging] = useState<{ key: string; cursors: Array<LogCursor | null> }>({
    key: resetKey,
    cursors: [null],
  });
  // A changed filter starts again at the first page.
  const cursors = paging.key === resetKey ? paging.cursors : [null];
  const pageIndex = cursors.length - 1;
  const cursor = cursors[pageIndex] ?? null;

  const page = useLiveQuery(async (): Promise<Loaded<ShownPage> | null> => {
    if (!bounds) return null;
    try {
      const read = await readLogPage(db, bounds, match, cursor, PAGE_SIZE);
      const labels = await resolveIdentifiers(db, read.entries);
      return {
        ok: true,
        value: { entries: read.entries, labels, hasNext: read.next !== null, next: read.next },
      };
    } catch {
      return { ok: false };
    }
  }, [db, bounds, match, cursor?.at, cursor?.seq]);

  const counts = useLiveQuery(async (): Promise<Counts | null> => {
    if (!bounds) return null;
    const period = await countInPeriod(db, bounds, null);
    return { period, matching: match ? await countInPeriod(db, bounds, match) : null };
  }, [db, bounds, match]);

  const loaded = page?.ok ? page.value : null;
  return {
    bounds,
    page: loaded,
    failed: page?.ok === false,
    counts: counts ?? null,
    pageIndex,
    next: () => {
      if (loaded?.next) setPaging({ key: resetKey, cursors: [...cursors, loaded.next] });
    },
    previous: () => {
      if (pageIndex > 0) setPaging({ key: resetKey, cursors: cursors.slice(0, -1) });
    },
  };
}
