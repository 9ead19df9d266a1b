import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  fileChangeLog,
  memoryChangeLog,
  readJsonLines,
  type ChangeLog,
} from '../storage/jsonLines';
import type { IsdsLogRecord } from './logRecords';

/** The ISDS's folder inside the sim's data dir (the seal keeps its CA in `ca/` there). */
export const ISDS_DIR = 'isds';
export const ISDS_LOG_FILE = 'log.jsonl';
export const ISDS_META_FILE = 'meta.json';

export type IsdsChangeLog = ChangeLog<IsdsLogRecord>;

interface MetaFile {
  version: 1;
  /** ISDS's clock minus the real clock at the first start (the demo's "today" then). */
  offsetMs: number;
}

/**
 * The clock offset a data dir started with: written on its first start (the seed's
 * "today" minus the real now), read back afterwards so that the seeded history and
 * what happened since keep their order. Null data dir: the requested offset.
 */
export async function resolveClockOffset(
  dataDir: string | null,
  requested: number,
): Promise<number> {
  if (!dataDir) return requested;
  const dir = join(dataDir, ISDS_DIR);
  await mkdir(dir, { recursive: true });
  const file = join(dir, ISDS_META_FILE);
  if (existsSync(file)) {
    const meta = JSON.parse(readFileSync(file, 'utf8')) as Partial<MetaFile>;
    if (meta.version !== 1 || typeof meta.offsetMs !== 'number' || !Number.isFinite(meta.offsetMs))
      throw new Error(`${file} nelze přečíst (neznámá verze nebo chybný posun hodin).`);
    return meta.offsetMs;
  }
  const meta: MetaFile = { version: 1, offsetMs: requested };
  await writeFile(file, `${JSON.stringify(meta, null, 2)}\n`);
  return requested;
}

export function readIsdsLog(dataDir: string): { records: IsdsLogRecord[]; droppedTail: boolean } {
  return readJsonLines<IsdsLogRecord>(join(dataDir, ISDS_DIR, ISDS_LOG_FILE));
}

export function isdsLog(dataDir: string | null): IsdsChangeLog {
  if (!dataDir) return memoryChangeLog<IsdsLogRecord>();
  return fileChangeLog<IsdsLogRecord>(
    join(dataDir, ISDS_DIR, ISDS_LOG_FILE),
    'Záznam změn ISDS je už zavřený.',
  );
}
