import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OrganizationProfile } from '../../common/contract/types';
import type { JournalQuery } from '../db/journal/query';
import { getSetting } from '../db/settings';
import { useServices } from '../app/services';
import { sharedCaches, subscribeDocumentsChanged } from './documentsChanges';
import { JournalRows, PAGE_SIZE, type RowRange } from './journalRows';

export interface JournalData {
  /** The newest answered query's rows; older answers are never shown over newer ones. */
  rows: JournalRows | null;
  /** The query `rows` answers. */
  answered: JournalQuery | null;
  /** A newer query (or a change of the documents) is being planned. */
  pending: boolean;
  error: unknown;
  /** Bumps whenever a page of rows or the count arrives. */
  revision: number;
  /** The list reports which rows it shows, so a re-plan after a change reads those first. */
  setVisibleRange: (range: RowRange) => void;
  retry: () => void;
}

interface Answer {
  key: string;
  queryKey: string;
  /** True when the answer re-reads the same query after a change of the documents. */
  refreshed: boolean;
  rows: JournalRows | null;
  answered: JournalQuery | null;
  error: unknown;
}

const EMPTY: Answer = {
  key: '',
  queryKey: '',
  refreshed: false,
  rows: null,
  answered: null,
  error: null,
};

/**
 * After a change of the documents the count is re-read only once the journal has
 * been quiet this long: the read holds IndexedDB for a moment, and the clerk may be
 * saving the next document.
 */
const RECOUNT_AFTER_CHANGE_MS = 5000;
/**
 * Searches order what they find by the journal's order; it is read ahead of the
 * first keystroke: soon after the journal opens, and after a change only once the
 * clerk has stopped registering for a while.
 */
const WARM_AFTER_OPEN_MS = 300;
const WARM_AFTER_CHANGE_MS = 10_000;

/** Runs `work` when the browser is idle after `delay` ms (or after `delay` + 1 s at the latest). */
function whenIdle(work: () => void, delay: number): () => void {
  let idle: number | null = null;
  const timer = window.setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function')
      idle = window.requestIdleCallback(work, { timeout: 1000 });
    else work();
  }, delay);
  return () => {
    window.clearTimeout(timer);
    if (idle !== null) window.cancelIdleCallback(idle);
  };
}

/**
 * The journal's data for a query: planned in Dexie, counted, and read page by page as
 * the list scrolls. Re-plans when the query changes and after every committed change
 * of the documents table (also from another window), so a newly registered document
 * shows at once. Each plan runs in its own effect; its cleanup marks it stale, so a
 * slow old answer can never replace a newer one.
 */
export function useJournal(query: JournalQuery): JournalData {
  const { db } = useServices();
  const organization = useLiveQuery(
    async (): Promise<OrganizationProfile | null> => (await getSetting(db, 'organization')) ?? null,
    [db],
  );
  const [dataVersion, setDataVersion] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer>(EMPTY);
  const [revision, setRevision] = useState(0);
  const visible = useRef<RowRange>([0, PAGE_SIZE]);
  const shown = useRef<{ queryKey: string; rows: JournalRows | null }>({
    queryKey: '',
    rows: null,
  });

  const queryKey = JSON.stringify(query);
  const stableQuery = useMemo(() => JSON.parse(queryKey) as JournalQuery, [queryKey]);
  // Only a search needs the organisation (a typed reference number is read with its mask).
  const planOrganization = stableQuery.search?.trim() ? organization : null;
  const key = `${queryKey}|${dataVersion}|${attempt}|${planOrganization ? 'org' : '-'}`;

  useEffect(
    () => subscribeDocumentsChanged(db, () => setDataVersion((version) => version + 1)),
    [db],
  );

  useEffect(() => {
    if (planOrganization === undefined) return;
    let stale = false;
    // After a change of the data the list stays where it was and shows the previous
    // count (with what appeared above it) until the new one is read; a new query
    // starts at the top.
    const last = shown.current.queryKey === queryKey ? shown.current.rows : null;
    const same = last !== null;
    const prefetch: RowRange = last ? visible.current : [0, PAGE_SIZE];
    const previous = last
      ? { total: last.total ?? last.provisional, firstPid: last.row(0)?.pid ?? null }
      : null;
    JournalRows.open(db, stableQuery, sharedCaches(db), planOrganization, prefetch, previous).then(
      (rows) => {
        if (stale) return rows.dispose();
        shown.current = { queryKey, rows };
        setAnswer({ key, queryKey, refreshed: same, rows, answered: stableQuery, error: null });
      },
      (error: unknown) => {
        if (!stale) setAnswer((previous) => ({ ...previous, key, error }));
      },
    );
    return () => {
      stale = true;
    };
  }, [db, key, queryKey, stableQuery, planOrganization]);

  const { rows, refreshed } = answer;
  useEffect(() => {
    if (!rows) return;
    rows.onChange(() => setRevision((value) => value + 1));
    // After the first rows are on screen: the count, then the order searches need.
    const cancelCount = whenIdle(
      () => rows.completeCount(),
      refreshed ? RECOUNT_AFTER_CHANGE_MS : 0,
    );
    const cancelWarm = whenIdle(
      () =>
        void sharedCaches(db)
          .order.warm(db)
          .catch(() => undefined),
      refreshed ? WARM_AFTER_CHANGE_MS : WARM_AFTER_OPEN_MS,
    );
    return () => {
      cancelCount();
      cancelWarm();
      rows.onChange(null);
      rows.dispose();
    };
  }, [db, rows, refreshed]);

  const setVisibleRange = useCallback((range: RowRange) => {
    visible.current = range;
  }, []);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);

  return {
    rows,
    answered: answer.answered,
    pending: answer.key !== key,
    error: answer.key === key ? answer.error : null,
    revision,
    setVisibleRange,
    retry,
  };
}
