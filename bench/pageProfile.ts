import { Session } from 'node:inspector/promises';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * `BENCH_PROFILE=DIR`: during a measured step the page's JavaScript is sampled with
 * Chromium's profiler and this process (simulator, browser host, eSSL client) with
 * Node's, written to `DIR/<label>.page.cpuprofile` and `DIR/<label>.node.cpuprofile`
 * (open them in DevTools → Performance). The runner then builds the bench page
 * unminified, so names survive.
 */
export const PROFILE_DIR = process.env.BENCH_PROFILE ?? null;

const SAMPLING_US = 500;

export async function profiled<T>(page: Page, label: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return work();
  const dir = PROFILE_DIR;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  const node = new Session();
  node.connect();
  await node.post('Profiler.enable');
  await node.post('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  await node.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile: nodeProfile } = await node.post('Profiler.stop');
    const { profile: pageProfile } = await cdp.send('Profiler.stop');
    node.disconnect();
    await cdp.detach();
    await writeFile(join(dir, `${label}.page.cpuprofile`), JSON.stringify(pageProfile));
    await writeFile(join(dir, `${label}.node.cpuprofile`), JSON.stringify(nodeProfile));
  }
}
