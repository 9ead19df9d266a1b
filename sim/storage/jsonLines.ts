import { existsSync, readFileSync, truncateSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * An append-only log of JSON lines, as the simulated services keep their changes
 * (`<data>/essl/log.jsonl`, `<data>/isds/log.jsonl`): replayed over the seeded base at
 * start, appended before an answer leaves.
 */
export interface ChangeLog<T> {
  append(records: ReadonlyArray<T>): Promise<void>;
  close(): Promise<void>;
}

export function memoryChangeLog<T>(): ChangeLog<T> {
  return { append: async () => {}, close: async () => {} };
}

/**
 * Reads a log. A last line cut short (the process died mid-write, before it answered)
 * is dropped and cut off the file, so the next append starts on a line of its own; a
 * broken line before the end is an error.
 */
export function readJsonLines<T>(file: string): { records: T[]; droppedTail: boolean } {
  if (!existsSync(file)) return { records: [], droppedTail: false };
  const text = readFileSync(file, 'utf8');
  const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
  const records: T[] = [];
  complete.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line) as T);
    } catch {
      throw new Error(`${file}: řádek ${index + 1} nelze přečíst.`);
    }
  });
  const droppedTail = complete.length < text.length;
  if (droppedTail) truncateSync(file, Buffer.byteLength(complete, 'utf8'));
  return { records, droppedTail };
}

/**
 * Appends one JSON line per record, in order. Without fsync: the sim survives its own
 * restarts, not a power cut.
 */
export function fileChangeLog<T>(file: string, closedMessage: string): ChangeLog<T> {
  let handle: Promise<FileHandle> | null = null;
  let queue: Promise<void> = Promise.resolve();
  let closed = false;
  const handleOf = () => (handle ??= open(file, 'a'));
  return {
    append(records) {
      if (records.length === 0) return queue;
      if (closed) return Promise.reject(new Error(closedMessage));
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
