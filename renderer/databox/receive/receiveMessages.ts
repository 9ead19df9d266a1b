import type { IsdsBoxInfo, IsdsDownloaded } from '../../../common/contract/isds';
import { messageStates, statusFilter, type MessageRecord } from '../../../common/isds/model';
import { isQuotaError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { storeReceivedMessage, type DataboxContext } from '../commands/storeReceived';
import { getDataboxMeta, putDataboxMeta } from '../meta';
import { intakeClassification, type IntakeClassification } from '../model/intakeClassification';
import { messageIdOf } from '../model/messageRecord';
import { provenRecord } from '../model/suspicion';
import { databoxErrorOf, type DataboxError, type DataboxPort } from '../port';
import { listAll, receiveFrom } from './listWindow';
import { prefetchInOrder } from './prefetch';

/** States of a message in our box worth downloading: delivered, accepted, read. */
export const RECEIVABLE_STATES = [
  messageStates.deliveredToBox,
  messageStates.deliveredByFiction,
  messageStates.deliveredByLogin,
  messageStates.read,
];

/** Downloads under way while the previous message is stored (main sends them one by one). */
const DOWNLOADS_AHEAD = 4;
/** After this many failures in a row of the line itself, the box waits for the next run. */
const TRANSPORT_FAILURES_TO_STOP = 3;

export interface ReceiveProgress {
  boxKey: string;
  phase: 'listing' | 'downloading' | 'done';
  /** Messages handled so far (stored, or failed) of `total` new ones. */
  done: number;
  total: number;
}

export interface MessageFailure {
  dmID: string;
  /** What the clerk sees: the subject and sender from the list, when known. */
  annotation: string | null;
  sender: string | null;
  error: DataboxError;
}

export interface BoxReceiveResult {
  boxKey: string;
  /** Messages the list returned. */
  listed: number;
  /** Newly stored and registered now. */
  stored: number;
  /** Listed but kept before. */
  skipped: number;
  failed: MessageFailure[];
  /** Why the box stopped (login refused, no line, …), or null. */
  error: DataboxError | null;
  /** Journal documents registered now. */
  pids: string[];
}

export interface ReceiveReport {
  boxes: BoxReceiveResult[];
  stored: number;
  skipped: number;
  failed: number;
  /** The run was cancelled (what was stored stays). */
  aborted: boolean;
}

export interface ReceiveOptions {
  /** Only these boxes (settings keys); all configured boxes when absent. */
  boxKeys?: ReadonlyArray<string>;
  onProgress?: (progress: ReceiveProgress) => void;
  signal?: AbortSignal;
  now?: () => Date;
  context?: Omit<DataboxContext, 'now'>;
}

/** The configured boxes the caller names (all when none are named) that have learned their ID. */
export async function boxesFor(
  port: Pick<DataboxPort, 'isds.boxes'>,
  boxKeys?: ReadonlyArray<string>,
): Promise<IsdsBoxInfo[]> {
  const { boxes } = await port['isds.boxes']({});
  return boxKeys ? boxes.filter((box) => boxKeys.includes(box.key)) : boxes;
}

/**
 * "Stáhnout zprávy": for each box, lists the received messages since the last receive
 * (90 days the first time), downloads each new one signed (main verifies it and marks
 * it downloaded in ISDS in the same call), stores and registers it. Downloads run
 * ahead of storing.
 * A message that fails is reported and the rest go on; a box whose login or line
 * fails waits for the next run. The window moves only after a box had no failure.
 */
export async function receiveMessages(
  db: UradovnaDatabase,
  port: DataboxPort,
  options: ReceiveOptions = {},
): Promise<ReceiveReport> {
  const now = options.now ?? (() => new Date());
  const report: ReceiveReport = { boxes: [], stored: 0, skipped: 0, failed: 0, aborted: false };
  let boxes: IsdsBoxInfo[];
  try {
    boxes = await boxesFor(port, options.boxKeys);
  } catch (error) {
    const failure = databoxErrorOf(error);
    report.boxes = (options.boxKeys ?? []).map((boxKey) => emptyResult(boxKey, failure));
    return report;
  }
  for (const box of boxes) {
    if (options.signal?.aborted) break;
    const result = await receiveBox(db, port, box, options, now);
    report.boxes.push(result);
    report.stored += result.stored;
    report.skipped += result.skipped;
    report.failed += result.failed.length;
    if (result.error?.code === 'errors.quotaExceeded') break;
  }
  report.aborted = options.signal?.aborted ?? false;
  return report;
}

function emptyResult(boxKey: string, error: DataboxError | null = null): BoxReceiveResult {
  return { boxKey, listed: 0, stored: 0, skipped: 0, failed: [], error, pids: [] };
}

async function receiveBox(
  db: UradovnaDatabase,
  port: DataboxPort,
  box: IsdsBoxInfo,
  options: ReceiveOptions,
  now: () => Date,
): Promise<BoxReceiveResult> {
  const result = emptyResult(box.key);
  const progress = (phase: ReceiveProgress['phase'], done: number, total: number) =>
    options.onProgress?.({ boxKey: box.key, phase, done, total });
  const startedAt = now();
  progress('listing', 0, 0);

  let records: MessageRecord[];
  try {
    const from = receiveFrom(await getDataboxMeta(db, 'lastReceive', box.key), startedAt);
    records = await listAll(
      port,
      'isds.listReceived',
      box,
      from,
      statusFilter(RECEIVABLE_STATES),
      options.signal,
    );
  } catch (error) {
    if (options.signal?.aborted) return result;
    result.error = databoxErrorOf(error);
    return result;
  }
  result.listed = records.length;

  const ids = records.map((record) => messageIdOf('received', record.envelope.dmID));
  const kept = await db.isdsMessages.bulkGet(ids);
  // An unproven record (an imported file that failed its seal) does not count as kept.
  const fresh = records.filter((_, index) => {
    const stored = kept[index];
    return stored === undefined || !provenRecord(stored);
  });
  result.skipped = records.length - fresh.length;
  // Stored earlier but ISDS never heard it was downloaded (the mark failed): say it now.
  const marks: Array<Promise<string | null>> = [];
  const mark = (dmID: string) =>
    marks.push(
      port['isds.markDownloaded']({ key: box.key, dmID }).then(
        () => dmID,
        // Left unmarked: the next run says it again.
        () => null,
      ),
    );
  for (const record of kept)
    if (record?.dmID && !record.markedDownloaded && provenRecord(record)) mark(record.dmID);

  // Worked out once for the run: it reads the settings and sorts the whole file plan.
  let resolvedClassification: Partial<IntakeClassification> | undefined;
  try {
    resolvedClassification =
      fresh.length > 0
        ? await intakeClassification(db, box.key, options.context?.classification, startedAt)
        : undefined;
  } catch (error) {
    result.error = databoxErrorOf(error);
    return result;
  }

  let done = 0;
  let transportInARow = 0;
  progress('downloading', 0, fresh.length);
  // Main marks each message downloaded right after the download, before it is stored
  // here. A crash (or a failed store) in between loses nothing: a marked message is
  // read (state 7), which RECEIVABLE_STATES still lists; the next run skips only
  // messages stored here, and the window has not moved (it moves only after a box had
  // no failure), so the next run downloads the message again.
  const downloads = prefetchInOrder(
    fresh,
    DOWNLOADS_AHEAD,
    (record): Promise<IsdsDownloaded & { markedDownloaded: boolean }> =>
      port['isds.downloadReceived']({
        key: box.key,
        dmID: record.envelope.dmID,
        markDownloaded: true,
      }),
    options.signal,
  );
  for await (const { item, result: downloaded } of downloads) {
    const dmID = item.envelope.dmID;
    const fail = (error: DataboxError) =>
      result.failed.push({
        dmID,
        annotation: item.envelope.dmAnnotation,
        sender: item.envelope.dmSender,
        error,
      });
    if (!downloaded.ok) {
      const error = databoxErrorOf(downloaded.error);
      fail(error);
      transportInARow = error.retryable ? transportInARow + 1 : 0;
      if (
        error.kind === 'auth' ||
        error.kind === 'config' ||
        transportInARow >= TRANSPORT_FAILURES_TO_STOP
      ) {
        result.error = error;
        break;
      }
    } else {
      transportInARow = 0;
      try {
        const { zfo, report, markedDownloaded } = downloaded.value;
        const stored = await storeReceivedMessage(
          db,
          { boxKey: box.key, zfo, report },
          {
            ...options.context,
            now: now(),
            downloaded: true,
            markedDownloaded,
            resolvedClassification,
          },
        );
        if (stored.stored) {
          result.stored += 1;
          if (stored.pid) result.pids.push(stored.pid);
        } else result.skipped += 1;
        // Main's mark failed: say it once more (not awaited, the next downloads are
        // already waiting in main's queue); if that fails too, the next run says it.
        if (!markedDownloaded) mark(dmID);
      } catch (error) {
        const failure = databoxErrorOf(error);
        fail(isQuotaError(error) ? { ...failure, code: 'errors.quotaExceeded' } : failure);
        if (failure.code === 'errors.quotaExceeded' || isQuotaError(error)) {
          result.error = { ...failure, code: 'errors.quotaExceeded' };
          break;
        }
      }
    }
    done += 1;
    progress('downloading', done, fresh.length);
  }

  const marked = (await Promise.all(marks)).filter((dmID): dmID is string => dmID !== null);
  if (marked.length > 0)
    await db.isdsMessages.bulkUpdate(
      marked.map((dmID) => ({
        key: messageIdOf('received', dmID),
        changes: { markedDownloaded: true },
      })),
    );

  if (!options.signal?.aborted && result.error === null && result.failed.length === 0)
    await putDataboxMeta(db, 'lastReceive', box.key, startedAt.toISOString());
  progress('done', done, fresh.length);
  return result;
}
