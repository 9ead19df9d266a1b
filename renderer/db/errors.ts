import Dexie from 'dexie';
import type { ValidationIssue } from '../../common/domain/validation';

/**
 * A command refused. `issues` carry i18n keys for each field; `code` is set for
 * failures that are not about one field (a full disk, a missing setting).
 */
export class CommandError extends Error {
  readonly code: string;
  readonly issues: ValidationIssue[];
  constructor(code: string, issues: ValidationIssue[] = [], message = code) {
    super(message);
    this.name = 'CommandError';
    this.code = code;
    this.issues = issues;
  }
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError' || error.name === Dexie.errnames.QuotaExceeded) return true;
  const inner = (error as { inner?: unknown }).inner;
  return inner !== undefined && inner !== error && isQuotaError(inner);
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
