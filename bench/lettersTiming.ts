import { loadavg } from 'node:os';

export type Metrics = Record<string, number>;

export interface Timed<T> {
  /** The first run's time (cold, when it is the first in the process). */
  firstMs: number;
  medianMs: number;
  allMs: number[];
  /** The last run's result. */
  result: T;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

/** `runs` runs of `work` one after another; the median is taken over all but the first. */
export async function timeRuns<T>(runs: number, work: () => Promise<T> | T): Promise<Timed<T>> {
  if (runs < 1) throw new Error('timeRuns: no runs');
  const allMs: number[] = [];
  const once = async (): Promise<T> => {
    const started = performance.now();
    const value = await work();
    allMs.push(performance.now() - started);
    return value;
  };
  let result = await once();
  for (let run = 1; run < runs; run++) result = await once();
  const warm = allMs.length > 1 ? allMs.slice(1) : allMs;
  return { firstMs: allMs[0]!, medianMs: median(warm), allMs, result };
}

export const ms = (value: number): number => Math.round(value);

export const list = (values: number[]): string => values.map(ms).join(', ');

/** The figures swing with what else the machine runs; the log says how busy it was. */
export const loadAverage = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
