import { ServiceError, type Envelope } from './envelope';
import { methods, type MethodName } from './methods';
import type { Handlers, MethodResult } from './api';

export interface DispatchLogger {
  warn(message: string, context: Record<string, unknown>): void;
  error(message: string, context: Record<string, unknown>): void;
}

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

/** The answer to a call whose method or argument is not the contract's. */
export function invalidArguments(method: string): Envelope<never> {
  return {
    ok: false,
    error: {
      code: 'errors.invalidArguments',
      message: `Aplikace odmítla neplatný požadavek (${method}).`,
      params: { method },
    },
  };
}

/**
 * The single place where a contract call enters main, for IPC and HTTP alike:
 * validate the argument with the method's schema, run the handler, wrap the outcome.
 * A malformed argument never reaches a service.
 */
export async function dispatch<M extends MethodName>(
  handlers: Handlers,
  name: M,
  rawArgs: unknown,
  logger: DispatchLogger,
): Promise<Envelope<MethodResult<M>>> {
  // The name comes off the wire too (an HTTP path, an IPC channel): an unknown one is
  // refused here rather than failing on `methods[name]` outside the envelope.
  if (!isMethodName(name)) {
    logger.warn('contract: rejected unknown method', { method: String(name) });
    return invalidArguments(String(name));
  }
  const parsed = methods[name].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(argument)'}: ${issue.message}`)
      .join('; ');
    logger.warn('contract: rejected malformed arguments', { method: name, detail });
    return invalidArguments(name);
  }
  try {
    const handler = handlers[name] as (args: unknown) => Promise<MethodResult<M>>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ServiceError) {
      return {
        ok: false,
        error: { code: error.code, message: error.message, params: error.params },
      };
    }
    logger.error('contract: handler failed', {
      method: name,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return {
      ok: false,
      error: {
        code: 'errors.unexpected',
        message: 'Nastala neočekávaná chyba. Podrobnosti jsou v protokolu aplikace.',
        params: { method: name },
      },
    };
  }
}
