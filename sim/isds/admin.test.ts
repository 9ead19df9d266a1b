import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageStates } from '../../common/isds/model';
import type { RunningSim } from '../server';
import { DAY_MS } from './clock';
import { call, ok } from './testing/client';
import { ALL_RECEIVED, TODAY, boxOf, passwordTarget, startTestSim } from './testing/fixture';

async function post(sim: RunningSim, path: string, body: unknown): Promise<Response> {
  return fetch(`${sim.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('ISDS admin door and faults', () => {
  let sim: RunningSim;

  beforeAll(async () => {
    sim = await startTestSim();
  });
  afterAll(async () => {
    await sim.close();
  });

  it('delivers injected messages and lets the clock bring the fiction', async () => {
    const school = boxOf(sim, 'school');
    const reply = await post(sim, '/isds-admin/deliver', {
      to: school.dbID,
      from: 'Krajský úřad',
      count: 3,
      attachments: 2,
      size: 5000,
    });
    expect(reply.status).toBe(200);
    const { dmIDs } = (await reply.json()) as { dmIDs: string[] };
    expect(dmIDs).toHaveLength(3);
    const injected = sim.isds.messages().filter((m) => dmIDs.includes(m.dmID));
    expect(injected.every((m) => m.state === messageStates.deliveredToBox)).toBe(true);
    expect(injected[0]?.files.map((f) => f.dmFileMetaType)).toEqual(['main', 'enclosure']);
    expect(injected[0]?.files[0]?.content.length).toBeGreaterThan(4000);

    const clock = (await (await fetch(`${sim.url}/isds-admin/clock`)).json()) as { now: string };
    const before = Date.parse(clock.now);
    const moved = await post(sim, '/isds-admin/clock', { advanceDays: 10 });
    const { now } = (await moved.json()) as { now: string };
    expect(Date.parse(now) - before).toBeGreaterThanOrEqual(10 * DAY_MS);
    const after = sim.isds.messages().filter((m) => dmIDs.includes(m.dmID));
    for (const message of after) {
      expect(message.state).toBe(messageStates.deliveredByFiction);
      expect(message.acceptedAt).toBe((message.deliveredAt ?? 0) + 10 * DAY_MS);
    }
    // The school's login now finds them delivered already.
    const { records } = await ok(passwordTarget(sim, 'school'), 'GetListOfReceivedMessages', {
      ...ALL_RECEIVED,
    });
    expect(
      records.filter((r) => dmIDs.includes(r.envelope.dmID)).map((r) => r.dmMessageStatus),
    ).toEqual([5, 5, 5]);
  });

  it('refuses to move the clock back and malformed admin requests', async () => {
    const back = await post(sim, '/isds-admin/clock', { now: TODAY.toISOString() });
    expect(back.status).toBe(400);
    expect((await post(sim, '/isds-admin/clock', { days: 1 })).status).toBe(400);
    expect((await post(sim, '/isds-admin/deliver', { to: 'zzzzzzz' })).status).toBe(400);
    expect((await post(sim, '/isds-admin/deliver', { count: 0 })).status).toBe(400);
  });

  it('lists the boxes and serves the demo’s logins', async () => {
    const boxes = (await (await fetch(`${sim.url}/isds-admin/boxes`)).json()) as {
      boxes: Array<{ dbID: string; role: string; received: number }>;
    };
    expect(boxes.boxes.find((box) => box.role === 'municipality')?.dbID).toBe('hl7q2ab');
    const demo = (await (await fetch(`${sim.url}/demo/isds-accounts`)).json()) as {
      isds: Array<{ dbID: string; username: string; password: string; role: string }>;
      isdsCertificates: Array<{ fingerprint: string; boxes: string[] }>;
      isdsCaCertPem: string;
      isdsUrls: { password: string; certificate: string };
    };
    expect(demo.isds.find((account) => account.role === 'municipality')?.dbID).toBe('hl7q2ab');
    expect(demo.isds.length).toBe(sim.isds.boxes().length);
    expect(demo.isdsCertificates).toHaveLength(2);
    expect(demo.isdsCaCertPem).toContain('BEGIN CERTIFICATE');
    expect(demo.isdsUrls).toMatchObject({ password: sim.url, certificate: sim.isdsTlsUrl });
  });

  it('injects faults of the eSSL’s kinds into ISDS answers', async () => {
    const town = passwordTarget(sim, 'municipality');
    try {
      sim.setIsdsFaults({ rate: 1, kinds: ['500'] });
      expect((await call(town, 'DummyOperation', {})).status).toBe(500);
      sim.setFaults({ rate: 1, kinds: ['html'] }, 'isds');
      const html = await call(town, 'DummyOperation', {});
      expect(html.status).toBe(200);
      expect(html.contentType).toMatch(/^text\/html/);
      sim.setFaults({ rate: 1, kinds: ['invalid'] });
      const invalid = await call(town, 'DummyOperation', {});
      expect(invalid.decoded.ok).toBe(false);
      // Faults of the eSSL alone leave the ISDS alone.
      sim.setFaults(null);
      sim.setFaults({ rate: 1, kinds: ['soapfault'] }, 'essl');
      expect((await call(town, 'DummyOperation', {})).decoded.ok).toBe(true);
    } finally {
      sim.setFaults(null);
    }
    expect((await call(town, 'DummyOperation', {})).status).toBe(200);
  });
});
