import Dexie from 'dexie';
import type { ValidationIssue } from '../../common/domain/validation';

/**
 * A command refused. `issues` carry i18n keys for each field; `code` is set for
 * failures that are not about one field (a full disk, a missing setting).
 */
export class CommandError extends Error {
  readonly code: string;
  readonly issues: ValidationIssue[];
  /** Placeholders of the code's message (e.g. the documents that block closing). */
  readonly params: Record<string, string | number>;
  constructor(
    code: string,
    issues: ValidationIssue[] = [],
    message = code,
    params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'CommandError';
    this.code = code;
    this.issues = issues;
    this.params = params;
  }
}

/**
 * True when a storage failure, however Dexie wrapped it, comes from a full disk: the
 * error itself, the cause of an aborted transaction (`inner`), or one of the failed
 * rows of a bulk write (`failures`).
 */
export function isQuotaError(error: unknown): boolean {
  return quotaWithin(error, 0);
}

function quotaWithin(error: unknown, depth: number): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  const { name, inner, failures } = error as {
    name?: unknown;
    inner?: unknown;
    failures?: unknown;
  };
  // Older Firefox names it NS_ERROR_DOM_QUOTA_REACHED.
  if (name === Dexie.errnames.QuotaExceeded || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (inner !== undefined && inner !== error && quotaWithin(inner, depth + 1)) return true;
  return Array.isArray(failures) && failures.some((failure) => quotaWithin(failure, depth + 1));
}

/**
 * Runs a command's transaction and turns storage failures into messages a clerk can
 * act on. IndexedDB aborts the whole transaction on any failure, so nothing is half
 * written; this only names what happened.
 */
export async function runCommand<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CommandError) throw error;
    if (isQuotaError(error)) throw new CommandError('errors.quotaExceeded');
    throw error;
  }
}
