import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  fileChangeLog,
  memoryChangeLog,
  readJsonLines,
  type ChangeLog as GenericChangeLog,
} from '../storage/jsonLines';
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
export type ChangeLog = GenericChangeLog<LogRecord>;

export const memoryLog: ChangeLog = memoryChangeLog<LogRecord>();

/**
 * Reads `<data>/essl/log.jsonl` (a last line cut short is dropped, see `readJsonLines`).
 */
export function readChangeLog(dataDir: string): { records: LogRecord[]; droppedTail: boolean } {
  return readJsonLines<LogRecord>(join(dataDir, ESSL_DIR, LOG_FILE));
}

/** Appends one JSON line per change to `<data>/essl/log.jsonl`, in the order made. */
export function fileLog(dataDir: string): ChangeLog {
  return fileChangeLog<LogRecord>(
    join(dataDir, ESSL_DIR, LOG_FILE),
    'Záznam změn eSSL je už zavřený.',
  );
}
