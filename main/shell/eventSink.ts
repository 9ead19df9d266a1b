import { IPC_EVENT_CHANNEL } from '../../common/contract/api';
import type { EventSink } from '../services/handlers';

/** The part of a BrowserWindow that events are delivered to. */
export interface EventWindow {
  isDestroyed(): boolean;
  webContents: { send(channel: string, message: unknown): void };
}

/** Pushes contract events to the main window; with no window open they are dropped. */
export function createWindowEventSink(getWindow: () => EventWindow | null): EventSink {
  return {
    emit(event, payload) {
      const window = getWindow();
      if (!window || window.isDestroyed()) return;
      window.webContents.send(IPC_EVENT_CHANNEL, { event, payload });
    },
  };
}
