/**
 * The scanner's folder (often a network share the scanner saves to): what waits there,
 * reading one scan, and clearing it once converted.
 *
 * It is polled, not watched: `fs.watch` relies on inotify / ReadDirectoryChangesW, which
 * do not report changes made by other machines on SMB/CIFS or NFS shares (and not
 * reliably on some local mounts either), so the caller asks `list()` again every few
 * seconds (`pollScanFolder`). A file is listed only once the scanner has finished it:
 * its modification time at least `quietMs` old and its size and time unchanged between
 * two looks `recheckMs` apart (a share may report an old time while data still flows).
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONVERSION_LIMITS, type ScanFolderEntry } from '../../../common/contract/conversion';
import { ServiceError } from '../../../common/contract/envelope';
import {
  folderBadName,
  folderFileBusy,
  folderFileTooLarge,
  folderLink,
  folderMissing,
  folderNotFound,
  folderNotScan,
  folderReadFailed,
  folderRemoveFailed,
  folderUnreadable,
  fsReason,
} from './scanFolderErrors';
import { hasScanExtension, isListedName, isPlainName } from './scanFolderName';

export interface ScanFolderOptions {
  root: string;
  /** A file modified more recently than this is still being written; default 2 s. */
  quietMs?: number;
  /** Pause between the two looks at a file's size; default 300 ms. */
  recheckMs?: number;
  /** The clock (ms since the epoch); tests move it. */
  now?: () => number;
  /** How the pause between the two looks is waited out; tests write into a file meanwhile. */
  wait?: (ms: number) => Promise<void>;
  /** Largest file read; default CONVERSION_LIMITS.fileBytes. */
  maxBytes?: number;
}

export interface ScanFolder {
  readonly root: string;
  /** Finished scans, oldest first (the order the scanner saved them in). */
  list(): Promise<ScanFolderEntry[]>;
  read(name: string): Promise<{ name: string; bytes: Uint8Array }>;
  /**
   * Removes a scan that was converted (the output is in the records; the scan is a copy):
   * true when removed, false when it was gone already (cleared from another PC).
   */
  remove(name: string): Promise<boolean>;
}

/** How often the caller should look again. */
export const SCAN_FOLDER_POLL_MS = 3_000;

const DEFAULT_QUIET_MS = 2_000;
const DEFAULT_RECHECK_MS = 300;
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

export function createScanFolder(options: ScanFolderOptions): ScanFolder {
  const { root } = options;
  const quietMs = options.quietMs ?? DEFAULT_QUIET_MS;
  const recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS;
  const now = options.now ?? Date.now;
  const wait = options.wait ?? ((ms: number) => sleep(ms));
  const maxBytes = options.maxBytes ?? CONVERSION_LIMITS.fileBytes;
  const limitMb = Math.round(maxBytes / 1024 / 1024);

  const namesInRoot = async (): Promise<string[]> => {
    try {
      const rootStats = await stat(root);
      if (!rootStats.isDirectory()) throw folderMissing(root);
      return await readdir(root);
    } catch (error) {
      if (isMissing(error)) throw folderMissing(root);
      if (error instanceof ServiceError) throw error;
      throw folderUnreadable(root, fsReason(error));
    }
  };

  /** lstat: a link is seen as a link, never as what it points to. */
  const look = async (name: string): Promise<Stats | null> => {
    try {
      return await lstat(join(root, name));
    } catch (error) {
      if (isMissing(error)) return null;
      throw folderUnreadable(root, fsReason(error));
    }
  };

  const quiet = (stats: Stats) => stats.mtimeMs <= now() - quietMs;

  /**
   * The file behind a name from outside: a plain name, listed in the folder under exactly
   * that name (not matched case-insensitively by the file system), a regular file.
   */
  const resolve = async (name: string): Promise<Stats> => {
    if (!isPlainName(name)) throw folderBadName(name);
    if (!(await namesInRoot()).includes(name)) throw folderNotFound(name);
    const stats = await look(name);
    if (!stats) throw folderNotFound(name);
    if (stats.isSymbolicLink()) throw folderLink(name);
    if (!stats.isFile() || !hasScanExtension(name)) throw folderNotScan(name);
    return stats;
  };

  return {
    root,

    async list() {
      const names = (await namesInRoot()).filter(isListedName);
      const first = await Promise.all(
        names.map(async (name) => ({ name, stats: await look(name) })),
      );
      const settled = first.filter(
        (item): item is { name: string; stats: Stats } =>
          item.stats !== null && item.stats.isFile() && quiet(item.stats),
      );
      if (settled.length === 0) return [];
      await wait(recheckMs);
      const entries: ScanFolderEntry[] = [];
      for (const { name, stats } of settled) {
        const again = await look(name);
        if (!again?.isFile() || again.size !== stats.size || again.mtimeMs !== stats.mtimeMs)
          continue;
        entries.push({ name, size: again.size, modifiedAt: again.mtime.toISOString() });
      }
      return entries.sort(
        (a, b) => a.modifiedAt.localeCompare(b.modifiedAt) || a.name.localeCompare(b.name),
      );
    },

    async read(name) {
      const listed = await resolve(name);
      if (!quiet(listed)) throw folderFileBusy(name);
      if (listed.size > maxBytes) throw folderFileTooLarge(name, limitMb);
      let handle;
      try {
        // O_NOFOLLOW (POSIX): a link swapped in since the check above is refused, not followed.
        handle = await open(join(root, name), constants.O_RDONLY | NO_FOLLOW);
      } catch (error) {
        if (isMissing(error)) throw folderNotFound(name);
        if ((error as { code?: unknown }).code === 'ELOOP') throw folderLink(name);
        throw folderReadFailed(name, fsReason(error));
      }
      try {
        const opened = await handle.stat();
        if (!opened.isFile()) throw folderNotScan(name);
        if (opened.size > maxBytes) throw folderFileTooLarge(name, limitMb);
        if (opened.size !== listed.size || opened.mtimeMs !== listed.mtimeMs)
          throw folderFileBusy(name);
        const bytes = new Uint8Array(opened.size);
        let filled = 0;
        while (filled < bytes.length) {
          // A share may hand over a large file in parts.
          const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        const after = await handle.stat();
        if (
          filled !== opened.size ||
          after.size !== opened.size ||
          after.mtimeMs !== opened.mtimeMs
        )
          throw folderFileBusy(name);
        return { name, bytes };
      } catch (error) {
        if (error instanceof ServiceError) throw error;
        throw folderReadFailed(name, fsReason(error));
      } finally {
        await handle.close();
      }
    },

    async remove(name) {
      try {
        await resolve(name);
      } catch (error) {
        if (error instanceof ServiceError && error.code === 'errors.conversion.folderNotFound')
          return false;
        throw error;
      }
      try {
        await unlink(join(root, name));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw folderRemoveFailed(name, fsReason(error));
      }
    },
  };
}

/**
 * Lists the folder every `intervalMs` and reports a listing that differs from the last
 * one reported (and the first one). Failures are reported too and polling goes on: a
 * share that drops out comes back. Returns the stop function.
 */
export function pollScanFolder(
  folder: ScanFolder,
  onChange: (result: { entries: ScanFolderEntry[] } | { error: unknown }) => void,
  intervalMs = SCAN_FOLDER_POLL_MS,
): () => void {
  let stopped = false;
  let last: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const round = async () => {
    let key: string;
    let result: { entries: ScanFolderEntry[] } | { error: unknown };
    try {
      const entries = await folder.list();
      result = { entries };
      key = JSON.stringify(entries);
    } catch (error) {
      result = { error };
      key = `error:${error instanceof Error ? error.message : String(error)}`;
    }
    if (stopped) return;
    if (key !== last) {
      last = key;
      onChange(result);
    }
    timer = setTimeout(() => void round(), intervalMs);
  };
  void round();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
