import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RESERVATION_CODE_LIST } from '../../common/erms/operations';
import type { RunningSim } from '../server';
import { ACCOUNTS_FILE, type EsslAccount } from './accounts';
import { ESSL_DIR, LOG_FILE, META_FILE } from './persistence';
import { authOf, ok } from './testing/client';
import {
  TODAY,
  currentYear,
  newCaseFile,
  newDocument,
  settle,
  startTestSim,
} from './testing/fixture';

const dirs: string[] = [];
const running: RunningSim[] = [];

afterEach(async () => {
  for (const sim of running.splice(0)) await sim.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'essl-data-'));
  dirs.push(dir);
  return dir;
}

async function start(dir: string, options: Parameters<typeof startTestSim>[0] = {}) {
  const sim = await startTestSim({ dataDir: dir, ...options });
  running.push(sim);
  const clerk = sim.essl.accounts()[0]!;
  return { sim, clerk };
}

async function stop(sim: RunningSim): Promise<void> {
  running.splice(running.indexOf(sim), 1);
  await sim.close();
}

function reserve(sim: RunningSim, clerk: EsslAccount, requestId: string) {
  return ok(sim.url, clerk, 'CiselnikZadost', {
    listId: RESERVATION_CODE_LIST,
    auth: authOf(clerk),
    reservation: { requestId, register: 'documents', year: currentYear(), count: 3 },
  });
}

describe('--data', () => {
  it('keeps documents, numbers, reservations and applied events across a restart', async () => {
    const dir = await dataDir();
    const first = await start(dir);
    const created = await ok(first.sim.url, first.clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument(),
      auth: authOf(first.clerk),
    });
    const id = created.document!.id;
    const file = await ok(first.sim.url, first.clerk, 'SpisZalozeni', {
      preceding: [],
      caseFile: newCaseFile({ documents: [{ id, order: 1 }] }),
      auth: authOf(first.clerk),
    });
    const block = await reserve(first.sim, first.clerk, 'blok-1');
    const event = settle(id);
    const applied = await ok(first.sim.url, first.clerk, 'Udalosti', {
      events: [event],
      auth: authOf(first.clerk),
    });
    expect(applied.outcomes[0]?.status.code).toBe('0000');
    const counts = first.sim.essl.counts();
    await stop(first.sim);

    const log = await readFile(join(dir, ESSL_DIR, LOG_FILE), 'utf8');
    expect(log.trim().split('\n').length).toBeGreaterThanOrEqual(5);
    const meta = JSON.parse(await readFile(join(dir, ESSL_DIR, META_FILE), 'utf8')) as {
      today: string;
    };
    expect(meta.today).toBe(TODAY.toISOString());
    const accounts = JSON.parse(await readFile(join(dir, ACCOUNTS_FILE), 'utf8')) as {
      essl: EsslAccount[];
    };
    expect(accounts.essl[0]).toEqual(first.clerk);

    // Another day and other options: the data dir's own seed parameters win.
    const second = await start(dir, { today: new Date('2026-09-01T10:00:00Z'), documents: 120 });
    expect(second.clerk).toEqual(first.clerk);
    expect(second.sim.essl.counts()).toEqual(counts);
    const profile = await ok(second.sim.url, second.clerk, 'ProfilDokumentuZadost', {
      id,
      auth: authOf(second.clerk),
    });
    expect(profile.document).toMatchObject({
      numbers: created.document!.numbers,
      state: 'vyrizen',
    });
    expect(profile.document?.caseFile?.id).toEqual(file.caseFile!.id);
    const replay = await ok(second.sim.url, second.clerk, 'Udalosti', {
      events: [event],
      auth: authOf(second.clerk),
    });
    expect(replay.outcomes).toEqual(applied.outcomes);
    const again = await reserve(second.sim, second.clerk, 'blok-1');
    expect(again.reserved).toEqual(block.reserved);

    // The journal goes on above everything given or reserved before.
    const next = await ok(second.sim.url, second.clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument(),
      auth: authOf(second.clerk),
    });
    const top = Math.max(
      created.document!.numbers!.sequence,
      ...block.reserved.map((number) => number.sequence),
    );
    expect(next.document?.numbers?.sequence).toBe(top + 1);
    expect(next.document?.evidence?.order).toBe((created.document?.evidence?.order ?? 0) + 1);
    const reservedUse = await ok(second.sim.url, second.clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument({
        numbers: {
          referenceNumber: block.reserved[0]!.reference,
          sequence: block.reserved[0]!.sequence,
          year: block.reserved[0]!.year,
          journal: block.reserved[0]!.journal,
        },
      }),
      auth: authOf(second.clerk),
    });
    expect(reservedUse.document?.numbers?.sequence).toBe(block.reserved[0]!.sequence);
    await stop(second.sim);

    // A reserved number used after the restart stays used after the next one.
    const third = await start(dir);
    const reused = await ok(third.sim.url, third.clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument({
        numbers: {
          referenceNumber: block.reserved[0]!.reference,
          sequence: block.reserved[0]!.sequence,
          year: block.reserved[0]!.year,
          journal: block.reserved[0]!.journal,
        },
      }),
      auth: authOf(third.clerk),
    });
    expect(reused.document?.numbers?.sequence).toBe(top + 2);
  });

  it('drops a log line cut short by a crash and goes on writing after it', async () => {
    const dir = await dataDir();
    const first = await start(dir);
    const created = await ok(first.sim.url, first.clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument(),
      auth: authOf(first.clerk),
    });
    await stop(first.sim);
    await appendFile(join(dir, ESSL_DIR, LOG_FILE), '{"k":"document","doc":{"prof');

    const second = await start(dir);
    expect(
      second.sim.essl.documents().some((doc) => doc.id.value === created.document!.id.value),
    ).toBe(true);
    const later = await ok(second.sim.url, second.clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument(),
      auth: authOf(second.clerk),
    });
    await stop(second.sim);

    const third = await start(dir);
    const ids = new Set(third.sim.essl.documents().map((doc) => doc.id.value));
    expect(ids.has(created.document!.id.value)).toBe(true);
    expect(ids.has(later.document!.id.value)).toBe(true);
  });

  it('keeps state in memory only without a data dir', async () => {
    const one = await startTestSim();
    running.push(one);
    const clerk = one.essl.accounts()[0]!;
    await ok(one.url, clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument(),
      auth: authOf(clerk),
    });
    const count = one.essl.counts().documents;
    await stop(one);
    const two = await startTestSim();
    running.push(two);
    expect(two.essl.counts().documents).toBe(count - 1);
    expect(two.essl.accounts()[0]?.password).not.toBe(clerk.password);
  });
});
