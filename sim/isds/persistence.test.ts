import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageStates } from '../../common/isds/model';
import { ACCOUNTS_FILE } from '../essl/accounts';
import type { RunningSim } from '../server';
import { ok } from './testing/client';
import { ALL_RECEIVED, boxOf, passwordTarget, startTestSim } from './testing/fixture';
import { envelopeFor } from './seedMessages';

describe('ISDS with a data dir', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sim-isds-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps logins, messages, states, the clock and issued ZFOs across a restart', async () => {
    let sim: RunningSim = await startTestSim({ dataDir: dir });
    let zfo: Uint8Array | null = null;
    let created: string | null = null;
    let injected: string[] = [];
    let clockBefore: number;
    const accountsBefore = sim.isds.accounts();
    try {
      const file = JSON.parse(await readFile(join(dir, ACCOUNTS_FILE), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(Object.keys(file)).toEqual(expect.arrayContaining(['essl', 'isds']));
      const town = passwordTarget(sim, 'municipality');
      await ok(town, 'GetListOfReceivedMessages', ALL_RECEIVED);
      const citizen = boxOf(sim, 'citizen');
      ({ dmID: created } = await ok(town, 'CreateMessage', {
        envelope: { ...envelopeFor(citizen, 'Oznámení'), dmAnnotation: 'Oznámení' },
        dmOVM: true,
        dmPublishOwnID: null,
        dmType: null,
        files: [
          {
            dmMimeType: 'text/plain',
            dmFileMetaType: 'main',
            dmFileDescr: 'oznameni.txt',
            content: new Uint8Array(Buffer.from('Dobrý den.')),
          },
        ],
      }));
      injected = await sim.isds.deliver({ count: 2 });
      if (!created) throw new Error('not created');
      ({ dmSignature: zfo } = await ok(town, 'SignedSentMessageDownload', { dmID: created }));
      await sim.isds.advanceClock(3);
      clockBefore = sim.isds.now().getTime();
    } finally {
      await sim.close();
    }
    const before = (await readFile(join(dir, ACCOUNTS_FILE), 'utf8')).length;

    sim = await startTestSim({ dataDir: dir });
    try {
      expect(sim.isds.accounts()).toEqual(accountsBefore);
      expect((await readFile(join(dir, ACCOUNTS_FILE), 'utf8')).length).toBe(before);
      const messages = sim.isds.messages();
      const again = messages.find((m) => m.dmID === created);
      expect(again).toMatchObject({ recipient: boxOf(sim, 'citizen').dbID, state: 4 });
      expect(again?.files[0]?.content).toEqual(new Uint8Array(Buffer.from('Dobrý den.')));
      expect(messages.filter((m) => injected.includes(m.dmID))).toHaveLength(2);
      const waiting = messages.filter(
        (m) => m.recipient === 'hl7q2ab' && m.state === messageStates.deliveredToBox,
      );
      // Only the two injected after the listing still wait.
      expect(waiting.map((m) => m.dmID).sort()).toEqual([...injected].sort());
      expect(sim.isds.now().getTime()).toBeGreaterThanOrEqual(clockBefore);
      const town = passwordTarget(sim, 'municipality');
      if (!zfo) throw new Error('no ZFO');
      expect(await ok(town, 'AuthenticateMessage', { dmMessage: zfo })).toEqual({
        dmAuthResult: true,
      });
      const next = Math.max(...messages.map((m) => Number(m.dmID))) + 1;
      const [fresh] = await sim.isds.deliver({});
      expect(fresh).toBe(String(next));
    } finally {
      await sim.close();
    }
  });
});
