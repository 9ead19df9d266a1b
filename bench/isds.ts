import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Handlers } from '../common/contract/api';
import { DEMO_ATTACHMENT_BYTES } from '../sim/isds/content';
import { demoPdf } from '../sim/isds/pdf';
import type { RunningSim } from '../sim/server';
import { launchWebApp } from '../webhost/launch';
import {
  creationEnvelopes,
  demoIsdsLogin,
  mainWorkEstimate,
  marksFloor,
  RawIsds,
  receiveFloor,
  sendFloor,
  warmDownloads,
} from './isdsFloors';
import { isdsPage, type PageReceive } from './isdsPage';
import { ANY_CALL, CallTimer, type CallTable } from './isdsTiming';
import { profiled } from './pageProfile';
import { openSyncPage } from './syncPage';
import { nodeCpuMs, type Log } from './syncStats';

/**
 * Data-box figures: a second browser host in demo mode whose simulated ISDS gets 1,000
 * fresh letters of about 20 KB in a demo box; the bench page of that host runs the
 * real receiveMessages and sendQueued (bench/page/isds.ts) with the browser's contract
 * client as their port, and the floors are the same SOAP requests posted raw from here
 * (bench/isdsFloors.ts). Two devices (browser contexts): the school's box received cold
 * on one, the municipality's received warm and then sending on the other.
 */

export const RECEIVE_MESSAGES = Number(process.env.BENCH_ISDS_RECEIVE ?? 1_000);
export const SEND_MESSAGES = Number(process.env.BENCH_ISDS_SEND ?? 100);

interface DemoBox {
  /** main's key (main/services/isds/demoBoxes.ts). */
  key: string;
  /** The sim's role of the box. */
  role: string;
}
const MUNICIPALITY: DemoBox = { key: 'demo-obec', role: 'municipality' };
const SCHOOL: DemoBox = { key: 'demo-skola', role: 'school' };

type Metrics = Record<string, number>;

const round = (value: number) => Math.round(value);
const ratio = (value: number, floor: number) => Math.round((value / floor) * 100) / 100;
const load = () => loadavg()[0]?.toFixed(1) ?? '?';

interface Session {
  page: Page;
  sim: RunningSim;
  raw: RawIsds;
  /** main's `isds.*` and `zfo.verify` handlers, timed. */
  main: CallTimer;
  log: Log;
}

/** Wraps main's data-box handlers of a browser host with a timer. */
function timeMainHandlers(handlers: Handlers): CallTimer {
  const timer = new CallTimer();
  const table = handlers as unknown as Record<string, (args: unknown) => Promise<unknown>>;
  for (const name of Object.keys(table)) {
    const inner = table[name];
    if (!inner || !(name.startsWith('isds.') || name === 'zfo.verify')) continue;
    table[name] = timer.wrap(name, inner);
  }
  return timer;
}

function boxOf(sim: RunningSim, role: string): string {
  const box = sim.isds.boxes().find((candidate) => candidate.role === role);
  if (!box) throw new Error(`the sim has no ${role} box`);
  return box.dbID;
}

/**
 * One line per contract method: calls, how long the page's calls took summed and
 * busy (any under way), main's handler busy time, and the hop (page − main: HTTP,
 * JSON with base64 bytes, argument checks). Then what the page did with no call
 * under way — its own work the calls could not hide.
 */
function logBreakdown(
  log: Log,
  label: string,
  totalMs: number,
  page: CallTable,
  main: CallTable,
): void {
  const column = (value: number, width: number) => String(round(value)).padStart(width);
  for (const [name, seen] of Object.entries(page)) {
    if (name === ANY_CALL || seen.calls === 0) continue;
    const inMain = main[name];
    log(
      `  ${label} ${name.padEnd(22)} ${column(seen.calls, 5)} calls  page sum ${column(seen.sumMs, 7)} busy ${column(seen.busyMs, 6)} ms  main sum ${column(inMain?.sumMs ?? 0, 7)} busy ${column(inMain?.busyMs ?? 0, 6)} ms  hop ${column(seen.busyMs - (inMain?.busyMs ?? 0), 5)} ms`,
    );
  }
  const busy = page[ANY_CALL]?.busyMs ?? 0;
  log(
    `  ${label} a contract call under way ${round(busy)} ms; the page alone (no call under way) ${round(totalMs - busy)} ms; main busy ${round(main[ANY_CALL]?.busyMs ?? 0)} ms`,
  );
}

async function timedReceive(
  { page, main, log }: Session,
  box: DemoBox,
  label: string,
  expected: number,
): Promise<PageReceive> {
  main.take();
  const cpu = nodeCpuMs();
  const received = await profiled(page, `isds-${label}`, () =>
    isdsPage(page).isdsReceive(box.key, expected),
  );
  const nodeCpu = nodeCpuMs() - cpu;
  log(
    `receive (${label}): ${round(received.ms)} ms; listed ${received.listed}, stored ${received.stored}, skipped ${received.skipped}; Node CPU ${round(nodeCpu)} ms (load average ${load()})`,
  );
  logBreakdown(log, label, received.ms, received.calls, main.take());
  return received;
}

/** A fresh device's first receive of `box`: the demo's own messages (not timed). */
async function firstReceive({ page, main, log }: Session, box: DemoBox): Promise<PageReceive> {
  const bench = isdsPage(page);
  const prepared = await bench.isdsPrepare();
  if (!prepared.boxes.includes(box.key))
    throw new Error(`the demo app has no box ${box.key} (${prepared.boxes.join(', ')})`);
  const first = await bench.isdsReceive(box.key, 0);
  log(
    `first receive of ${box.key} on a fresh device (not timed): ${round(first.ms)} ms, ${first.stored} messages`,
  );
  main.take();
  return first;
}

/**
 * Cold: 1,000 letters received straight after delivery (the sim makes each timestamp
 * on the first download). On the school's box and a device of its own, so that the
 * warm run below starts from the same state: a box whose window holds only them.
 */
async function coldPhase(session: Session): Promise<Metrics> {
  const { sim, log } = session;
  await firstReceive(session, SCHOOL);
  const cold = await sim.isds.deliver({ to: boxOf(sim, SCHOOL.role), count: RECEIVE_MESSAGES });
  log(`delivered ${cold.length} messages to ${SCHOOL.key}; receiving them unsealed…`);
  const run = await timedReceive(session, SCHOOL, 'cold', cold.length);
  return { receive_1k_cold_ms: round(run.ms) };
}

/**
 * Warm: 1,000 letters to the municipality, each downloaded once before (not timed),
 * received by the app and fetched by the floor.
 */
async function warmPhase(session: Session): Promise<Metrics> {
  const { page, sim, raw, log } = session;
  const first = await firstReceive(session, MUNICIPALITY);
  const warm = await sim.isds.deliver({
    to: boxOf(sim, MUNICIPALITY.role),
    count: RECEIVE_MESSAGES,
  });
  const warmMs = await warmDownloads(raw, warm);
  log(
    `delivered ${warm.length} messages to ${MUNICIPALITY.key} and downloaded each once (not timed): ${round(warmMs)} ms`,
  );
  const fetched = await receiveFloor(raw, first.next, warm);
  log(
    `receive floor fetch: ${round(fetched.ms)} ms (list ${round(fetched.listMs)} ms, ${fetched.pages} pages, ${fetched.listed} records; ${warm.length} SignedMessageDownload), ${(fetched.bytes / 1e6).toFixed(1)} MB; Node CPU ${round(fetched.cpuMs)} ms`,
  );
  const run = await timedReceive(session, MUNICIPALITY, 'warm', warm.length);
  const written = await isdsPage(page).isdsBulkPutFloor(warm);
  log(
    `receive floor write: one bulkPut of ${warm.length} ZFOs (${(written.bytes / 1e6).toFixed(1)} MB) in ${round(written.ms)} ms`,
  );

  const marksMs = await marksFloor(raw, warm);
  const work = await mainWorkEstimate(fetched.answers, await sim.isds.caCertPem());
  log(
    `  not in the floor — the app's ${warm.length} MarkMessageAsDownloaded posted raw: ${round(marksMs)} ms; main's work per download done here one by one: decode ${round(work.decodeMs)} ms, verifyZfo ${round(work.verifyMs)} ms, answer to JSON and back ${round(work.wireMs)} ms (${(work.wireBytes / 1e6).toFixed(1)} MB)`,
  );
  const floor = fetched.ms + written.ms;
  return {
    receive_1k_ms: round(run.ms),
    receive_1k_floor_ms: round(floor),
    receive_1k_ratio: ratio(run.ms, floor),
    isds_receive_messages: warm.length,
  };
}

/** ~20 KB PDFs, one per letter, each different. */
function letterPdfs(count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, index) =>
    demoPdf(
      ['Obec Lhota', 'Jan Novak', '', `Rozhodnuti c. ${index + 1}`, '', 'S pozdravem'],
      DEMO_ATTACHMENT_BYTES,
      7_919 * (index + 1),
    ),
  );
}

/** Sending: 100 own letters queued (not timed), then sendQueued; the floor on the same sim. */
async function sendPhase(session: Session): Promise<Metrics> {
  const { page, sim, raw, main, log } = session;
  const bench = isdsPage(page);
  const citizen = boxOf(sim, 'citizen');
  const pdfs = letterPdfs(SEND_MESSAGES);
  const queued = await bench.isdsQueueDispatch(
    SEND_MESSAGES,
    MUNICIPALITY.key,
    citizen,
    pdfs.map((pdf) => Buffer.from(pdf).toString('base64')),
  );
  log(
    `queued ${queued.envelopes.length} letters for the data box in ${round(queued.ms)} ms (not timed)`,
  );
  main.take();
  const cpu = nodeCpuMs();
  const sent = await profiled(page, 'isds-send', () =>
    bench.isdsSend(MUNICIPALITY.key, SEND_MESSAGES),
  );
  log(
    `send: ${round(sent.ms)} ms for ${SEND_MESSAGES} letters; Node CPU ${round(nodeCpuMs() - cpu)} ms (load average ${load()})`,
  );
  logBreakdown(log, 'send', sent.ms, sent.calls, main.take());
  const steps = await bench.isdsDbLatency(50);
  log(
    `  send: one IndexedDB step on this device now (median of 50) — a get ${steps.getMs} ms, a file read ${steps.blobReadMs} ms, a small rw transaction ${steps.writeMs} ms (the same put without Dexie ${steps.rawWriteMs} ms, a tiny row ${steps.tinyWriteMs} ms); each letter takes four gets, a file read and two rw transactions`,
  );

  const envelopes = creationEnvelopes(queued.envelopes, pdfs);
  const floor = await sendFloor(raw, envelopes);
  log(
    `send floor: ${envelopes.length} CreateMessage one by one in ${round(floor.ms)} ms; Node CPU ${round(floor.cpuMs)} ms`,
  );
  return {
    send_100_ms: round(sent.ms),
    send_100_floor_ms: round(floor.ms),
    send_100_ratio: ratio(sent.ms, floor.ms),
    isds_send_messages: SEND_MESSAGES,
  };
}

/** `pageDir`: the built bench page (bench/vite.config.ts), served under /bench/. */
export async function isdsBench(browser: Browser, log: Log, pageDir: string): Promise<Metrics> {
  const dataDir = await mkdtemp(join(tmpdir(), 'uradovna-bench-isds-'));
  log(`isds: a second app in demo mode; ${RECEIVE_MESSAGES} letters to receive, cold and warm…`);
  const app = await launchWebApp({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    demo: true,
    extraStatic: [{ prefix: '/bench/', dir: pageDir }],
  });
  let raw: RawIsds | null = null;
  let page: Page | null = null;
  try {
    if (!app.simUrl || !app.sim) throw new Error('the demo app started without its simulator');
    raw = new RawIsds(app.simUrl, await demoIsdsLogin(app.simUrl, MUNICIPALITY.role));
    const main = timeMainHandlers(app.host.handlers);
    // Each device in a browser context of its own: its IndexedDB starts empty.
    page = await openSyncPage(browser, app.host.url);
    const metrics = await coldPhase({ page, sim: app.sim, raw, main, log });
    await page.context().close();
    page = await openSyncPage(browser, app.host.url);
    const session: Session = { page, sim: app.sim, raw, main, log };
    Object.assign(metrics, await warmPhase(session), await sendPhase(session));
    log(`isds part done (load average ${load()})`);
    return metrics;
  } finally {
    await page?.context().close();
    raw?.close();
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
