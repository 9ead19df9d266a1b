/** A hold on a background engine, taken by whoever shows its work (a screen, a hook). */
export interface EngineHold {
  /** Nobody held the engine before: the holder starts it. */
  fresh: boolean;
  release: () => void;
}

/**
 * Counts who holds a background engine and stops it when the last lets go. React may
 * unmount and mount the app at once (StrictMode, a hot reload); the stop waits a tick so
 * such a remount keeps the running engine instead of stopping it in the middle of its
 * start run.
 */
export function createEngineHolds(stop: () => void): { acquire(): EngineHold } {
  let holders = 0;
  let active = false;
  let pendingStop: ReturnType<typeof setTimeout> | null = null;
  return {
    acquire() {
      holders += 1;
      if (pendingStop !== null) clearTimeout(pendingStop);
      pendingStop = null;
      const fresh = !active;
      active = true;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        holders -= 1;
        if (holders > 0) return;
        pendingStop = setTimeout(() => {
          pendingStop = null;
          if (holders > 0) return;
          active = false;
          stop();
        }, 0);
      };
      return { fresh, release };
    },
  };
}
