import type { Handlers } from '../common/contract/api';

/**
 * Where the sync figures' time goes: per contract method, the time the page waited and
 * the time main's handler took; the difference is the contract hop (HTTP, JSON, argument
 * validation). Printed to stderr beside the figures.
 */
export type CallStats = Record<string, { calls: number; ms: number }>;
export type Log = (line: string) => void;

const round = (value: number) => Math.round(value);

/** Wraps main's `essl.*` handlers of a browser host (client + simulator) with timers. */
export function timeHandlers(handlers: Handlers): CallStats {
  const stats: CallStats = {};
  const table = handlers as unknown as Record<string, (args: unknown) => Promise<unknown>>;
  for (const name of Object.keys(table)) {
    const inner = table[name];
    if (!name.startsWith('essl.') || !inner) continue;
    table[name] = async (args) => {
      const started = performance.now();
      try {
        return await inner(args);
      } finally {
        const entry = (stats[name] ??= { calls: 0, ms: 0 });
        entry.calls += 1;
        entry.ms += performance.now() - started;
      }
    };
  }
  return stats;
}

/** The counts so far, and a fresh start for the next step. */
export function takeStats(stats: CallStats): CallStats {
  const taken = Object.fromEntries(
    Object.entries(stats).map(([name, entry]) => [name, { ...entry }]),
  );
  for (const key of Object.keys(stats)) delete stats[key];
  return taken;
}

export const totalMs = (stats: CallStats) =>
  Object.values(stats).reduce((sum, entry) => sum + entry.ms, 0);

/** CPU of this process — the simulator, the browser host and its client all run here. */
export function nodeCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * One line per contract method: calls, time the page waited, time in main, the hop
 * between; then the page's own work after each method's answers (`after <method>`).
 */
export function logBreakdown(log: Log, label: string, page: CallStats, main: CallStats): void {
  const column = (value: number, width: number) => String(round(value)).padStart(width);
  const entries = Object.entries(page);
  for (const [name, seen] of entries) {
    if (name.startsWith('after ')) continue;
    const inMain = main[name]?.ms ?? 0;
    log(
      `  ${label} ${name.padEnd(22)} ${column(seen.calls, 5)} calls  page ${column(seen.ms, 6)} ms  main ${column(inMain, 6)} ms  hop ${column(seen.ms - inMain, 5)} ms`,
    );
  }
  for (const [name, seen] of entries) {
    if (!name.startsWith('after ')) continue;
    log(`  ${label} page work ${name.padEnd(28)} ${column(seen.ms, 6)} ms`);
  }
}
