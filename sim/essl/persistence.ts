import { existsSync, readFileSync, truncateSync } from 'node:fs';
import { mkdir, open, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogRecord } from './types';

/** The eSSL's own folder inside the sim's data dir. */
export const ESSL_DIR = 'essl';
export const LOG_FILE = 'log.jsonl';
export const META_FILE = 'meta.json';

/** What the seeded base was built from; a restart rebuilds the same base from it. */
export interface SeedParams {
  today: Date;
  seed: number | undefined;
  documents: number | undefined;
}

interface MetaFile {
  version: 1;
  today: string;
  seed: number | null;
  documents: number | null;
}

function readMeta(file: string): SeedParams | null {
  if (!existsSync(file)) return null;
  const meta = JSON.parse(readFileSync(file, 'utf8')) as Partial<MetaFile>;
  const today = typeof meta.today === 'string' ? new Date(meta.today) : null;
  if (meta.version !== 1 || !today || Number.isNaN(today.getTime())) {
    throw new Error(`${file} nelze přečíst (neznámá verze nebo chybné datum).`);
  }
  return {
    today,
    seed: typeof meta.seed === 'number' ? meta.seed : undefined,
    documents: typeof meta.documents === 'number' ? meta.documents : undefined,
  };
}

/**
 * The seed parameters of a data dir: those written on its first start, else the
 * requested ones (written now). Null `dataDir`: the requested ones, nothing kept.
 * `differs` says that the requested ones were set aside for the stored ones.
 */
export async function resolveSeedParams(
  dataDir: string | null,
  requested: SeedParams,
): Promise<{ params: SeedParams; differs: boolean }> {
  if (!dataDir) return { params: requested, differs: false };
  const dir = join(dataDir, ESSL_DIR);
  await mkdir(dir, { recursive: true });
  const file = join(dir, META_FILE);
  const stored = readMeta(file);
  if (stored) {
    const differs =
      (requested.seed !== undefined && requested.seed !== stored.seed) ||
      (requested.documents !== undefined && requested.documents !== stored.documents);
    return { params: stored, differs };
  }
  const meta: MetaFile = {
    version: 1,
    today: requested.today.toISOString(),
    seed: requested.seed ?? null,
    documents: requested.documents ?? null,
  };
  await writeFile(file, `${JSON.stringify(meta, null, 2)}\n`);
  return { params: requested, differs: false };
}

/** Where applied changes go before the answer does. */
export interface ChangeLog {
  append(records: ReadonlyArray<LogRecord>): Promise<void>;
  close(): Promise<void>;
}

export const memoryLog: ChangeLog = {
  append: async () => {},
  close: async () => {},
};

/**
 * Reads `<data>/essl/log.jsonl`. A last line cut short (the process died mid-write,
 * before it answered) is dropped and cut off the file, so the next append starts on
 * a line of its own; a broken line before the end is an error.
 */
export function readChangeLog(dataDir: string): { records: LogRecord[]; droppedTail: boolean } {
  const file = join(dataDir, ESSL_DIR, LOG_FILE);
  if (!existsSync(file)) return { records: [], droppedTail: false };
  const text = readFileSync(file, 'utf8');
  const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
  const records: LogRecord[] = [];
  complete.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line) as LogRecord);
    } catch {
      throw new Error(`${file}: řádek ${index + 1} nelze přečíst.`);
    }
  });
  const droppedTail = complete.length < text.length;
  if (droppedTail) truncateSync(file, Buffer.byteLength(complete, 'utf8'));
  return { records, droppedTail };
}

/**
 * Appends one JSON line per change, in the order the changes were made. Without
 * fsync: the sim survives its own restarts, not a power cut.
 */
export function fileLog(dataDir: string): ChangeLog {
  const file = join(dataDir, ESSL_DIR, LOG_FILE);
  let handle: Promise<FileHandle> | null = null;
  let queue: Promise<void> = Promise.resolve();
  let closed = false;
  const handleOf = () => (handle ??= open(file, 'a'));
  return {
    append(records) {
      if (records.length === 0) return queue;
      if (closed) return Promise.reject(new Error('Záznam změn eSSL je už zavřený.'));
      const text = records.map((record) => JSON.stringify(record)).join('\n') + '\n';
      const write = queue.then(async () => {
        await (await handleOf()).write(text);
      });
      // One failed write must not stop the next ones from being attempted.
      queue = write.catch(() => {});
      return write;
    },
    async close() {
      closed = true;
      await queue;
      if (handle) await (await handle).close();
    },
  };
}
