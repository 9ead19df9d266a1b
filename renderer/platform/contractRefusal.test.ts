import { describe, expect, it, vi } from 'vitest';
import type { Bridge, Handlers, MethodArgs } from '../../common/contract/api';
import { dispatch, type DispatchLogger } from '../../common/contract/dispatch';
import { ContractCallError } from '../../common/contract/envelope';
import { methodNames, type MethodName } from '../../common/contract/methods';
import { sampleStampInput } from '../../common/contract/testing/stampInput';
import { errorText } from '../i18n';
import { loadTestI18n } from '../ui/testing/testI18n';
import { createApi } from './api';

const stamp = sampleStampInput;

/**
 * The renderer's API over a bridge that enters main the way IPC and HTTP both do
 * (`dispatch`), with handlers that only record being called.
 */
function setup() {
  const handlers = Object.fromEntries(
    methodNames.map((name) => [name, vi.fn(async () => ({}))]),
  ) as unknown as Handlers & Record<MethodName, ReturnType<typeof vi.fn>>;
  const warnings: Array<{ message: string; context: Record<string, unknown> }> = [];
  const logger: DispatchLogger = {
    warn: (message, context) => warnings.push({ message, context }),
    error: () => {},
  };
  const bridge = Object.fromEntries(
    methodNames.map((name) => [name, (args: unknown) => dispatch(handlers, name, args, logger)]),
  ) as unknown as Bridge;
  return { api: createApi({ ...bridge, on: () => () => {} }), handlers, warnings };
}

/** A call whose argument is not the contract's shape, as a buggy or hostile renderer could send. */
async function wrongShapeCall<M extends MethodName>(
  api: ReturnType<typeof setup>['api'],
  name: M,
  args: unknown,
): Promise<unknown> {
  const call = api[name] as (args: MethodArgs<M>) => Promise<unknown>;
  return call(args as MethodArgs<M>).then(
    () => null,
    (error: unknown) => error,
  );
}

describe('a contract call with a wrong argument shape', () => {
  it.each([
    ['stamp.render', { ...stamp, sheets: '2' }],
    ['stamp.render', { ...stamp, extra: '<script>alert(1)</script>' }],
    ['stamp.render', 'OUHL 1/2026'],
    ['files.save', { suggestedName: 'a.pdf', mime: 'application/pdf', bytes: 'JVBERi0=' }],
  ] as const)(
    'is refused before %s runs, logged, and told the clerk in Czech',
    async (name, args) => {
      const { api, handlers, warnings } = setup();
      const failure = await wrongShapeCall(api, name, args);

      expect(failure).toBeInstanceOf(ContractCallError);
      expect(handlers[name]).not.toHaveBeenCalled();
      expect(warnings).toEqual([
        {
          message: 'contract: rejected malformed arguments',
          context: expect.objectContaining({ method: name }),
        },
      ]);
      const cs = await loadTestI18n('cs');
      expect(errorText(cs.t, failure)).toBe(
        `Aplikace odmítla neplatný požadavek (${name}). Událost byla zapsána do protokolu.`,
      );
      const en = await loadTestI18n('en');
      expect(errorText(en.t, failure)).toBe(
        `The application refused an invalid request (${name}). It was logged.`,
      );
    },
  );

  it('lets the same call through with the right shape', async () => {
    const { api, handlers, warnings } = setup();
    await api['stamp.render'](stamp);
    expect(handlers['stamp.render']).toHaveBeenCalledWith(stamp);
    expect(warnings).toEqual([]);
  });
});
