import type { AssignedEntry, CaseFileProfile, DocumentProfile } from '../../../common/erms/model';
import type { SyncCursor } from '../../../common/domain/sync';
import type { DocumentRecord } from '../../../common/domain/document';
import type { UradovnaDatabase } from '../../db/schema';
import { getSetting } from '../../db/settings';
import { incompleteAnswer, SyncStop, syncErrorOf, type EsslPort } from '../esslPort';
import { getSyncMeta, putSyncMeta } from '../syncMeta';
import { appendSyncLog } from '../syncLog';
import { applyCaseFileProfile } from './applyCaseFile';
import { planDocumentProfile, recordConflict, type DocumentPlan } from './applyDocument';
import { entityKey } from './entityKey';
import { pullFiles } from './pullFiles';

export { entityKey };

/** PrideleneSeznam returns at most this many rows (ermsIFSyn.xsd, pocetZaznamu). */
export const PAGE_SIZE = 100;

/**
 * Without the eSSL's change times the next pull starts this long before the server's
 * clock at the start of the last complete one — re-reading a little is harmless,
 * missing a change is not.
 */
export const SERVER_DATE_MARGIN_MS = 5 * 60_000;

export interface PullReport {
  pages: number;
  created: number;
  updated: number;
  conflicts: number;
}

export interface PullOptions {
  now?: () => Date;
  onProgress?: (pages: number, entries: number) => void;
  /** The eSSL user whose documents are listed, and the name shown as their handler. */
  account: { user: string; name: string };
}

/** The rows of a page still to apply: those at the cursor's time already applied are dropped. */
export function unseen(cursor: SyncCursor, entries: ReadonlyArray<AssignedEntry>): AssignedEntry[] {
  const seen = new Set(cursor.seen);
  return entries.filter((entry) => entry.changedAt !== cursor.since || !seen.has(entityKey(entry)));
}

/** The cursor after applying a page (rows come ordered by change time). */
export function advanceCursor(
  cursor: SyncCursor,
  entries: ReadonlyArray<AssignedEntry>,
): SyncCursor {
  const last = entries.at(-1)?.changedAt ?? null;
  if (last === null) return cursor;
  const atLast = entries.filter((entry) => entry.changedAt === last).map(entityKey);
  if (last === cursor.since)
    return { since: last, seen: [...new Set([...cursor.seen, ...atLast])] };
  return { since: last, seen: atLast };
}

/**
 * Fetches what changed in the eSSL since the cursor: one PrideleneSeznam page, the
 * profiles of its rows, then one Dexie transaction that applies them and moves the
 * cursor. A crash or a lost line between pages leaves the cursor at the last stored
 * page, so the pull resumes there and nothing is skipped (applying twice is harmless).
 */
export async function pullChanges(
  db: UradovnaDatabase,
  port: EsslPort,
  options: PullOptions,
): Promise<PullReport> {
  const now = options.now ?? (() => new Date());
  const report: PullReport = { pages: 0, created: 0, updated: 0, conflicts: 0 };
  const ownName = (await getSetting(db, 'currentUser')) ?? options.account.name;
  let cursor: SyncCursor = (await getSyncMeta(db, 'cursor')) ?? { since: null, seen: [] };
  // Rows sharing the cursor's time that fill whole pages are stepped over by offset.
  let tieOffset = 0;
  // For an eSSL without change times: plain offset paging, the cursor moved at the end.
  let offset = 0;
  let firstServerDate: string | null = null;
  let entriesSeen = 0;

  for (;;) {
    let page;
    try {
      page = await port['essl.listAssigned']({
        kind: null,
        changedSince: cursor.since,
        from: tieOffset + offset + 1,
        count: PAGE_SIZE,
      });
    } catch (error) {
      throw new SyncStop(syncErrorOf(error));
    }
    firstServerDate ??= page.serverDate;
    const listed = page.entries;
    if (listed.length === 0) break;
    const withTimes = listed.every((entry) => entry.changedAt !== null);
    const asked = withTimes ? unseen(cursor, listed) : listed;
    const fetched = await fetchProfiles(port, asked);
    const files = await pullFiles(db, port, [...fetched.documents.values()], now());
    for (const key of files.incomplete) fetched.documents.delete(key);
    fetched.stop ??= files.stop;
    // Without change times a partial page cannot move the cursor: all of it waits.
    if (fetched.stop && !withTimes) throw fetched.stop;
    const stored = applicablePrefix(listed, asked, fetched);
    const entries = withTimes ? unseen(cursor, stored) : stored;
    const { documents, caseFiles } = fetched;
    const next = withTimes && stored.length > 0 ? advanceCursor(cursor, stored) : cursor;

    await db.transaction(
      'rw',
      [
        db.documents,
        db.components,
        db.caseFiles,
        db.outbox,
        db.conflicts,
        db.syncMeta,
        db.syncLog,
        db.planGroups,
        db.settings,
      ],
      async () => {
        const pending = await db.outbox.toArray();
        const at = now();
        const applied = new Set(entries.map((entry) => entry.id.value));
        const components = files.components.filter((component) => applied.has(component.pid));
        if (components.length > 0) await db.components.bulkPut(components);
        const documentRows = entries.filter((entry) => entry.kind === 'document');
        const held = await db.documents.bulkGet(documentRows.map((entry) => entry.id.value));
        const existing = new Map(
          documentRows.map((entry, index) => [entry.id.value, held[index] ?? null]),
        );
        // Every row of the page decided first (no awaits), then written at once.
        const writes: DocumentRecord[] = [];
        const conflicts: Array<{ doc: DocumentRecord; plan: DocumentPlan; reference: string }> = [];
        for (const entry of documentRows) {
          const profile = documents.get(entityKey(entry));
          if (!profile) continue;
          const doc = existing.get(profile.id.value) ?? null;
          const plan = planDocumentProfile(doc, profile, pending, {
            ownUser: options.account.user,
            ownName,
            changedAt: entry.changedAt,
          });
          if (plan.record) writes.push(plan.record);
          if (plan.outcome === 'created') report.created += 1;
          else if (plan.outcome === 'updated') report.updated += 1;
          else if (plan.outcome === 'conflict' && doc)
            conflicts.push({
              doc,
              plan,
              reference: profile.numbers?.referenceNumber ?? profile.id.value,
            });
        }
        await db.documents.bulkPut(writes);
        for (const { doc, plan, reference } of conflicts) {
          report.conflicts += 1;
          await recordConflict(db, doc, plan, at);
          await appendSyncLog(
            db,
            [
              {
                kind: 'conflict',
                level: 'warn',
                key: 'sync.log.conflict',
                params: { reference },
                entityId: doc.pid,
              },
            ],
            at,
          );
        }
        for (const entry of entries) {
          if (entry.kind !== 'caseFile') continue;
          const profile = caseFiles.get(entityKey(entry));
          if (!profile) continue;
          const outcome = await applyCaseFileProfile(db, profile, entry.changedAt, (owner) =>
            owner === options.account.user ? ownName : owner,
          );
          if (outcome === 'created') report.created += 1;
          else report.updated += 1;
        }
        for (const pid of new Set(components.map((component) => component.pid))) {
          const count = await db.components.where('pid').equals(pid).count();
          await db.documents.update(pid, { componentCount: count });
        }
        if (withTimes) await putSyncMeta(db, 'cursor', next);
      },
    );
    report.pages += 1;
    entriesSeen += entries.length;
    options.onProgress?.(report.pages, entriesSeen);
    if (fetched.stop) throw fetched.stop;
    if (listed.length < PAGE_SIZE) break;
    if (!withTimes) offset += listed.length;
    else if (listed.every((entry) => entry.changedAt === cursor.since)) tieOffset += listed.length;
    else tieOffset = 0;
    cursor = next;
  }

  if (offset > 0 && firstServerDate) {
    const since = new Date(Date.parse(firstServerDate) - SERVER_DATE_MARGIN_MS).toISOString();
    await putSyncMeta(db, 'cursor', { since, seen: [] });
  }
  if (report.pages > 0 && report.created + report.updated > 0) {
    await appendSyncLog(
      db,
      [
        {
          kind: 'pull',
          level: 'info',
          key: 'sync.log.pulled',
          params: { created: report.created, updated: report.updated },
          entityId: null,
        },
      ],
      now(),
    );
  }
  return report;
}

/** Rounds of asking again for the profiles a flaky line lost, before the run stops. */
const PROFILE_ROUNDS = 3;

interface FetchedPage {
  documents: Map<string, DocumentProfile>;
  caseFiles: Map<string, CaseFileProfile>;
  /** Rows the eSSL no longer gives (gone, or not the user's any more): nothing to apply. */
  vanished: Set<string>;
  /** Set when some profiles could not be fetched: the page is applied up to the first of them. */
  stop: SyncStop | null;
}

/**
 * The profiles of a page's rows. Profiles lost to a failing line are asked for again
 * a few times; what still misses stops the run after the rows before it are stored,
 * so even a poor line makes progress.
 */
async function fetchProfiles(
  port: EsslPort,
  entries: ReadonlyArray<AssignedEntry>,
): Promise<FetchedPage> {
  const page: FetchedPage = {
    documents: new Map(),
    caseFiles: new Map(),
    vanished: new Set(),
    stop: null,
  };
  let missing = entries.filter((entry) => entry.kind === 'document').map((entry) => entry.id);
  for (let round = 0; round < PROFILE_ROUNDS && missing.length > 0; round++) {
    let results;
    try {
      results = (await port['essl.documentProfiles']({ ids: missing })).results;
    } catch (error) {
      page.stop = new SyncStop(syncErrorOf(error));
      continue;
    }
    for (const result of results) {
      if (result.ok) page.documents.set(entityKey(result), result.profile);
      else {
        const failure = syncErrorOf(result.error);
        if (failure.kind === 'status') page.vanished.add(entityKey(result));
        else page.stop = new SyncStop(failure);
      }
    }
    missing = missing.filter((id) => {
      const key = entityKey({ id });
      return !page.documents.has(key) && !page.vanished.has(key);
    });
    if (missing.length === 0) page.stop = null;
    else if (!page.stop) page.stop = new SyncStop(incompleteAnswer('profiles'));
    if (page.stop && !page.stop.error.retryable) break;
  }
  // Case files too, even after a lost document profile: the page is stored up to the
  // first row missing, whichever kind it is.
  if (page.stop && !page.stop.error.retryable) return page;
  for (const entry of entries) {
    if (entry.kind !== 'caseFile') continue;
    try {
      page.caseFiles.set(entityKey(entry), await port['essl.caseFileProfile']({ id: entry.id }));
    } catch (error) {
      const failure = syncErrorOf(error);
      if (failure.kind === 'status') page.vanished.add(entityKey(entry));
      else {
        page.stop ??= new SyncStop(failure);
        break;
      }
    }
  }
  return page;
}

/** The page's rows up to the first one whose profile is missing (rows already applied need none). */
function applicablePrefix(
  listed: ReadonlyArray<AssignedEntry>,
  asked: ReadonlyArray<AssignedEntry>,
  page: FetchedPage,
): AssignedEntry[] {
  if (!page.stop) return [...listed];
  const needed = new Set(asked.map(entityKey));
  const end = listed.findIndex((entry) => {
    const key = entityKey(entry);
    if (!needed.has(key)) return false;
    return !page.documents.has(key) && !page.caseFiles.has(key) && !page.vanished.has(key);
  });
  return end < 0 ? [...listed] : listed.slice(0, end);
}
