import { expect } from 'vitest';
import { CommandError } from '../errors';

/** Awaits a command that must be refused and returns the refusal. */
export async function refusal(promise: Promise<unknown>): Promise<CommandError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CommandError);
  return error as CommandError;
}
