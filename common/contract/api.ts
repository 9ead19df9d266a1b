import type { z } from 'zod';
import type { Envelope } from './envelope';
import type { EventName, EventPayload } from './events';
import type { MethodName, Methods } from './methods';

export type MethodArgs<M extends MethodName> = z.input<Methods[M]['args']>;
export type ParsedArgs<M extends MethodName> = z.output<Methods[M]['args']>;
export type MethodResult<M extends MethodName> = NonNullable<Methods[M]['result']>;

export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;
export type Subscribe = <E extends EventName>(event: E, listener: EventListener<E>) => () => void;

/** What the preload exposes on `window.uradovna` (and the browser client mirrors). */
export type Bridge = {
  [M in MethodName]: (args: MethodArgs<M>) => Promise<Envelope<MethodResult<M>>>;
} & { on: Subscribe };

/** What renderer code calls: the bridge with envelopes unwrapped into values or errors. */
export type Api = {
  [M in MethodName]: (args: MethodArgs<M>) => Promise<MethodResult<M>>;
} & { on: Subscribe };

/** What main implements: one handler per method, receiving already validated arguments. */
export type Handlers = {
  [M in MethodName]: (args: ParsedArgs<M>) => Promise<MethodResult<M>>;
};

export const BRIDGE_GLOBAL = 'uradovna';
export const IPC_PREFIX = 'uradovna:';
export const IPC_EVENT_CHANNEL = 'uradovna:event';

export function ipcChannel(name: MethodName): string {
  return `${IPC_PREFIX}${name}`;
}
