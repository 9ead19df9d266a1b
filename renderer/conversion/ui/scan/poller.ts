/** How often the scanner's folder is listed while its panel is open. */
export const SCAN_FOLDER_POLL_MS = 3000;

export interface PollTimers {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const browserTimers: PollTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs `work` now and again `intervalMs` after each run has ended — never two at once,
 * so a slow network share is not asked again before it answered — until stopped.
 */
export function startPolling(
  work: () => Promise<void>,
  intervalMs: number,
  timers: PollTimers = browserTimers,
): () => void {
  let stopped = false;
  let handle: unknown = null;
  const round = async () => {
    handle = null;
    try {
      await work();
    } catch {
      // The work reports its own failures; polling goes on.
    }
    if (!stopped) handle = timers.setTimeout(() => void round(), intervalMs);
  };
  void round();
  return () => {
    stopped = true;
    if (handle !== null) timers.clearTimeout(handle);
  };
}
