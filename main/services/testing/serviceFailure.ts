/** The ServiceError a promise rejects with, for tests that look at more than its code. Used by tests only. */
import { expect } from 'vitest';
import { ServiceError } from '../../../common/contract/envelope';

export async function serviceFailure(promise: Promise<unknown>): Promise<ServiceError> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}
