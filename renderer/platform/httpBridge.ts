import type { Bridge, EventListener } from '../../common/contract/api';
import type { Envelope } from '../../common/contract/envelope';
import type { EventName, EventPayload } from '../../common/contract/events';
import { methodNames, type MethodName } from '../../common/contract/methods';
import { fromWire, toWire } from '../../common/contract/wire';
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER } from '../../common/contract/http';

function networkFailure(name: MethodName, error: unknown): Envelope<never> {
  return {
    ok: false,
    error: {
      code: 'errors.hostUnreachable',
      message: 'Aplikace se nemůže spojit se svou službou na tomto počítači.',
      params: { method: name, detail: error instanceof Error ? error.message : String(error) },
    },
  };
}

/**
 * The contract over HTTP + WebSocket, for the browser host (`webhost/`). Every
 * method is a POST to /api/<method>; events arrive on one WebSocket that reconnects
 * when the host restarts.
 */
export function createHttpBridge(origin: string, token: string): Bridge {
  const call = async (name: MethodName, args: unknown): Promise<Envelope<unknown>> => {
    try {
      const response = await fetch(`${origin}${API_PREFIX}${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: toWire(args ?? {}),
      });
      return fromWire(await response.text()) as Envelope<unknown>;
    } catch (error) {
      return networkFailure(name, error);
    }
  };

  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let socket: WebSocket | null = null;
  let retry = 500;
  const connect = () => {
    const url = new URL(EVENTS_PATH, origin);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('token', token);
    socket = new WebSocket(url);
    socket.onopen = () => {
      retry = 500;
    };
    socket.onmessage = (message) => {
      const data = fromWire(String(message.data)) as { event: EventName; payload: unknown };
      listeners.get(data.event)?.forEach((listener) => listener(data.payload));
    };
    socket.onclose = () => {
      socket = null;
      if (listeners.size > 0) {
        setTimeout(connect, retry);
        retry = Math.min(retry * 2, 10_000);
      }
    };
  };

  const on = <E extends EventName>(event: E, listener: EventListener<E>) => {
    const set = listeners.get(event) ?? new Set();
    const wrapped = (payload: unknown) => listener(payload as EventPayload<E>);
    set.add(wrapped);
    listeners.set(event, set);
    if (!socket) connect();
    return () => {
      set.delete(wrapped);
      if (set.size === 0) listeners.delete(event);
    };
  };

  const bridge = Object.fromEntries(
    methodNames.map((name) => [name, (args: unknown) => call(name, args)]),
  );
  return { ...bridge, on } as Bridge;
}
