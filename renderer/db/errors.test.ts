import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CommandError, isQuotaError, runCommand } from './errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
  it('recognises the browser error and its Dexie wrappings', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(
      isQuotaError(
        new Dexie.AbortError('Transaction aborted', new Dexie.QuotaExceededError('full')),
      ),
    ).toBe(true);
  });

  it('recognises a full disk among the failed rows of a bulk write', () => {
    const bulk = new Dexie.BulkError('1 of 3 operations failed', { 1: quota() });
    expect(isQuotaError(bulk)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', bulk))).toBe(true);
  });

  it('recognises the name on an error object from another realm', () => {
    expect(isQuotaError({ name: 'QuotaExceededError', message: 'full' })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
  });

  it('does not mistake other failures for a full disk', () => {
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(new Dexie.ConstraintError('duplicate key'))).toBe(false);
    expect(
      isQuotaError(new Dexie.BulkError('failed', { 0: new Dexie.ConstraintError('dup') })),
    ).toBe(false);
    expect(isQuotaError(new Dexie.AbortError('aborted', new Error('other')))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('stops on an error that wraps itself', () => {
    const loop = { name: 'AbortError', inner: null as unknown };
    loop.inner = { name: 'AbortError', inner: loop };
    expect(isQuotaError(loop)).toBe(false);
  });
});

describe('runCommand', () => {
  it('returns what the work returns', async () => {
    expect(await runCommand(async () => 42)).toBe(42);
  });

  it('passes a CommandError on unchanged', async () => {
    const refused = new CommandError('errors.validation', [
      { path: 'subject', message: 'validation.subject.required' },
    ]);
    await expect(runCommand(() => Promise.reject(refused))).rejects.toBe(refused);
  });

  it('turns a full disk into errors.quotaExceeded', async () => {
    const error = await runCommand(() =>
      Promise.reject(new Dexie.AbortError('aborted', quota())),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CommandError);
    expect(error).toMatchObject({ code: 'errors.quotaExceeded', issues: [] });
  });

  it('passes other failures on unchanged', async () => {
    const failure = new TypeError('bug');
    await expect(runCommand(() => Promise.reject(failure))).rejects.toBe(failure);
  });
});
