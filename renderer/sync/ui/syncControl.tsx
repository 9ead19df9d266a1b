import { createContext, useContext, type ReactNode } from 'react';
import type { SyncReason } from '../engine';

/** What screens may ask of the sync engine. */
export interface SyncControl {
  /** Starts a run now (or right after the current one); failures show in the status. */
  syncNow(reason: SyncReason): Promise<void>;
  /** Before registering: brings reserved numbers if the device has none and the eSSL answers. */
  ensureNumbers(): Promise<void>;
}

/** Without an engine (component tests, before start) a request does nothing. */
const idle: SyncControl = { syncNow: async () => undefined, ensureNumbers: async () => undefined };

const SyncControlContext = createContext<SyncControl>(idle);

export function SyncControlProvider({
  control,
  children,
}: {
  control: SyncControl;
  children: ReactNode;
}) {
  return <SyncControlContext.Provider value={control}>{children}</SyncControlContext.Provider>;
}

export function useSyncControl(): SyncControl {
  return useContext(SyncControlContext);
}
