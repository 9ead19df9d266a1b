import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from './api';
import { dispatch, isMethodName, type DispatchLogger } from './dispatch';
import { ServiceError } from './envelope';
import { methodNames, type MethodName } from './methods';

function setup() {
  const calls = Object.fromEntries(
    methodNames.map((name) => [name, vi.fn(async () => ({}))]),
  ) as Record<MethodName, ReturnType<typeof vi.fn>>;
  const handlers = calls as unknown as Handlers;
  const logger = { warn: vi.fn(), error: vi.fn() } satisfies DispatchLogger;
  return { calls, handlers, logger };
}

describe('dispatch', () => {
  it('refuses malformed arguments before the handler, and logs a warning', async () => {
    const { calls, handlers, logger } = setup();
    const envelope = await dispatch(
      handlers,
      'credentials.store',
      { account: 'a b/c', secret: '' },
      logger,
    );
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'errors.invalidArguments',
        message: expect.stringContaining('credentials.store'),
        params: { method: 'credentials.store' },
      },
    });
    expect(calls['credentials.store']).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(
      'contract: rejected malformed arguments',
      expect.objectContaining({
        method: 'credentials.store',
        detail: expect.stringContaining('account'),
      }),
    );
    expect(logger.error).not.toHaveBeenCalled();
  });

  it.each([
    [
      'a wrong type',
      'files.save',
      { suggestedName: 'a.pdf', mime: 'application/pdf', bytes: 'not bytes' },
    ],
    ['an unknown key', 'app.getInfo', { extra: 1 }],
    ['a missing key', 'credentials.has', {}],
    ['a value that is not an object', 'config.update', 'mode=custom'],
    ['a value out of its enum', 'files.open', { purpose: 'anything' }],
  ] as const)('refuses %s', async (_what, name, args) => {
    const { calls, handlers, logger } = setup();
    const envelope = await dispatch(handlers, name, args, logger);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'errors.invalidArguments' } });
    expect(calls[name]).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledOnce();
  });

  it('refuses a method that is not in the contract', async () => {
    const { handlers, logger } = setup();
    const envelope = await dispatch(handlers, '__proto__' as MethodName, {}, logger);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'errors.invalidArguments' } });
    expect(logger.warn).toHaveBeenCalledOnce();
    expect(isMethodName('__proto__')).toBe(false);
    expect(isMethodName('toString')).toBe(false);
    expect(isMethodName('config.get')).toBe(true);
  });

  it('hands the handler the arguments as the schema parsed them', async () => {
    const { calls, handlers, logger } = setup();
    calls['config.update'].mockResolvedValue({ mode: 'custom' });
    const envelope = await dispatch(
      handlers,
      'config.update',
      { esslUrl: '  https://essl.orp.example/api  ' },
      logger,
    );
    expect(envelope).toEqual({ ok: true, value: { mode: 'custom' } });
    expect(calls['config.update']).toHaveBeenCalledWith({
      esslUrl: 'https://essl.orp.example/api',
    });
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('treats a missing argument as an empty object', async () => {
    const { calls, handlers, logger } = setup();
    calls['app.getInfo'].mockResolvedValue({ version: '1.0.0' });
    expect(await dispatch(handlers, 'app.getInfo', undefined, logger)).toEqual({
      ok: true,
      value: { version: '1.0.0' },
    });
    expect(calls['app.getInfo']).toHaveBeenCalledWith({});
  });

  it('passes a ServiceError on with its code and parameters', async () => {
    const { calls, handlers, logger } = setup();
    calls['credentials.store'].mockRejectedValue(
      new ServiceError('errors.credentials.unavailable', 'Úložiště hesel není k dispozici.', {
        backend: 'basic_text',
      }),
    );
    const envelope = await dispatch(
      handlers,
      'credentials.store',
      { account: 'essl', secret: 's3cret' },
      logger,
    );
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'errors.credentials.unavailable',
        message: 'Úložiště hesel není k dispozici.',
        params: { backend: 'basic_text' },
      },
    });
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('turns any other failure into errors.unexpected and logs it', async () => {
    const { calls, handlers, logger } = setup();
    calls['connectivity.check'].mockRejectedValue(new TypeError('boom at /home/user/secret'));
    const envelope = await dispatch(handlers, 'connectivity.check', {}, logger);
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'errors.unexpected',
        message: expect.any(String),
        params: { method: 'connectivity.check' },
      },
    });
    expect(JSON.stringify(envelope)).not.toContain('secret');
    expect(logger.error).toHaveBeenCalledWith(
      'contract: handler failed',
      expect.objectContaining({
        method: 'connectivity.check',
        error: expect.stringContaining('boom'),
      }),
    );
  });

  it('copes with a handler that throws something that is not an Error', async () => {
    const { calls, handlers, logger } = setup();
    calls['update.check'].mockRejectedValue('just a string');
    const envelope = await dispatch(handlers, 'update.check', {}, logger);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'errors.unexpected' } });
    expect(logger.error).toHaveBeenCalledWith(
      'contract: handler failed',
      expect.objectContaining({ error: 'just a string' }),
    );
  });
});
