import type { z } from 'zod';

/**
 * A contract method: the zod schema of its argument (checked in main before any
 * service runs) and, as a phantom type, its result. Results come from our own code
 * in main, so they are typed rather than parsed.
 */
export interface MethodSpec<A extends z.ZodType, R> {
  readonly args: A;
  /** Never read at run time: it only carries the result type. */
  readonly result?: R;
}

export function method<A extends z.ZodType>(args: A) {
  return {
    returns<R>(): MethodSpec<A, R> {
      return { args };
    },
  };
}

export interface EventSpec<P extends z.ZodType> {
  readonly payload: P;
}

export function event<P extends z.ZodType>(payload: P): EventSpec<P> {
  return { payload };
}
