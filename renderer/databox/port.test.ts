import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../common/contract/api';
import { ContractCallError } from '../../common/contract/envelope';
import { CommandError } from '../db/errors';
import {
  boxUnavailable,
  databoxErrorOf,
  databoxMethods,
  outcomeUnknown,
  portFromApi,
} from './port';

describe('portFromApi', () => {
  it('forwards each data-box call to the api', async () => {
    const calls: string[] = [];
    const api = Object.fromEntries(
      databoxMethods.map((name) => [name, vi.fn(async () => calls.push(name))]),
    ) as unknown as Api;
    const port = portFromApi(api);
    for (const name of databoxMethods)
      await (port[name] as (args: unknown) => Promise<unknown>)({});
    expect(calls).toEqual([...databoxMethods]);
  });
});

describe('databoxErrorOf', () => {
  const isds = (kind: string, retryable: 'yes' | 'no') =>
    databoxErrorOf(
      new ContractCallError({
        code: `errors.isds.${kind}`,
        message: kind,
        params: { kind, retryable },
      }),
    );

  it('tells a lost answer from a refusal and from a refused login', () => {
    expect(outcomeUnknown(isds('transport', 'yes'))).toBe(true);
    expect(outcomeUnknown(isds('malformed', 'no'))).toBe(true);
    expect(outcomeUnknown(isds('status', 'no'))).toBe(false);
    expect(outcomeUnknown(isds('auth', 'no'))).toBe(false);
    expect(boxUnavailable(isds('auth', 'no'))).toBe(true);
    expect(boxUnavailable(isds('status', 'no'))).toBe(false);
  });

  it('reads a command refusal and an unexpected error', () => {
    expect(databoxErrorOf(new CommandError('errors.quotaExceeded'))).toMatchObject({
      code: 'errors.quotaExceeded',
      retryable: false,
    });
    expect(databoxErrorOf(new TypeError('boom'))).toMatchObject({
      code: 'errors.unexpected',
      kind: 'unexpected',
    });
  });
});
