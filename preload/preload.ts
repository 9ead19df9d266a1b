import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_GLOBAL,
  IPC_EVENT_CHANNEL,
  ipcChannel,
  type Bridge,
  type Subscribe,
} from '../common/contract/api';
import type { EventName } from '../common/contract/events';
import { methodNames, type MethodName } from '../common/contract/methods';

type Invokers = Omit<Bridge, 'on'>;

function invoker<M extends MethodName>(name: M): Invokers[M] {
  const channel = ipcChannel(name);
  return ((args: unknown) => ipcRenderer.invoke(channel, args)) as Invokers[M];
}

function isEventMessage(message: unknown): message is { event: EventName; payload: unknown } {
  return (
    typeof message === 'object' && message !== null && 'event' in message && 'payload' in message
  );
}

/** Delivers one event's payloads, and never the IpcRendererEvent (it carries `sender`). */
const on: Subscribe = (event, listener) => {
  const forward = (_ipcEvent: IpcRendererEvent, message: unknown) => {
    if (isEventMessage(message) && message.event === event) {
      listener(message.payload as Parameters<typeof listener>[0]);
    }
  };
  ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
  };
};

const invokers = Object.fromEntries(methodNames.map((name) => [name, invoker(name)])) as Invokers;

const bridge = { ...invokers, on } satisfies Bridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
