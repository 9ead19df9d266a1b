/** What the status indicator and the sync screen show about the engine (kept in Redux). */
export interface SyncStatus {
  /**
   * `notConfigured`: no eSSL address or user yet; `idle`: the last run succeeded;
   * `syncing`: a run is going; `offline`: the eSSL did not answer (retry scheduled);
   * `error`: the eSSL answered but refused the login or the run (the user must act).
   */
  phase: 'notConfigured' | 'idle' | 'syncing' | 'offline' | 'error';
  /** What the running run does now, with counts when known. */
  step: 'numbers' | 'push' | 'pull' | null;
  done: number;
  total: number;
  lastSuccessAt: string | null;
  /** The last failure's i18n key and text (the eSSL's own words where it gave them). */
  lastError: { code: string; message: string } | null;
  nextRunAt: string | null;
}

export const initialSyncStatus: SyncStatus = {
  phase: 'notConfigured',
  step: null,
  done: 0,
  total: 0,
  lastSuccessAt: null,
  lastError: null,
  nextRunAt: null,
};
