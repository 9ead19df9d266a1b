import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsdsBoxSettings, IsdsLoginMethod } from '../../../common/contract/isds';
import { soapBodyXml } from '../../../common/isds/codec';
import type { OperationName } from '../../../common/isds/operations';
import { sampleOutgoingMessage } from '../../../common/isds/testing/samples';
import { validateXml } from '../../../scripts/testing/xmllint';
import { startSim, type RunningSim } from '../../../sim/server';
import { AccountQueue } from './accountQueue';
import type { BoxSecrets } from './boxStore';
import { IsdsError } from './errors';
import type { IsdsClient } from './isdsClient';
import { resolveLogin } from './login';
import { createIsdsClientFactory } from './session';
import { pkcs12From } from './testing/pkcs12';
import { schemaOfOperation } from './testing/schemas';
import { verifyZfo } from './zfo/readZfo';

/**
 * The client against the simulated ISDS over real HTTP and HTTPS on loopback: every
 * operation, every login method, and every request it sends checked with xmllint.
 */

const TODAY = new Date('2026-05-14T08:12:00Z');
const PASSPHRASE = 'heslo-k-certifikatu';
const ALL = { dmFromTime: null, dmToTime: null, dmStatusFilter: -1, dmOffset: null, dmLimit: null };

let sim: RunningSim;
let dataDir: string;
let caPem: string;
const sent: Array<{ op: OperationName; xml: string }> = [];
const queue = new AccountQueue();
const factory = createIsdsClientFactory({
  env: {},
  responseTimeoutMs: 30_000,
  busyDelaysMs: [50, 100, 200],
  onExchange: (op, xml) => sent.push({ op, xml }),
});
const opened: IsdsClient[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'isds-sim-'));
  sim = await startSim({ port: 0, today: TODAY, documents: 50, dataDir });
  caPem = await sim.isds.caCertPem();
}, 60_000);

afterAll(async () => {
  for (const client of opened) client.close();
  await sim.close();
  await rm(dataDir, { recursive: true, force: true });
});

function account(role: 'municipality' | 'school') {
  const box = sim.isds.boxes().find((candidate) => candidate.role === role);
  const found = sim.isds.accounts().find((candidate) => candidate.dbID === box?.dbID);
  if (!box || !found) throw new Error(`no ${role} account`);
  return found;
}

function settings(
  login: IsdsLoginMethod,
  overrides: Partial<IsdsBoxSettings> = {},
): IsdsBoxSettings {
  return {
    key: 'test',
    label: 'Test',
    dbID: null,
    login,
    url: sim.url,
    certUrl: sim.isdsTlsUrl,
    username: null,
    viaGateway: false,
    autoPoll: false,
    pollMinutes: 15,
    ...overrides,
  };
}

function clientFor(box: IsdsBoxSettings, secrets: BoxSecrets): IsdsClient {
  const client = factory(resolveLogin(box, secrets, { caPem, proxyUrl: null }), queue);
  opened.push(client);
  return client;
}

function passwordClient(role: 'municipality' | 'school'): IsdsClient {
  const { username, password } = account(role);
  return clientFor(settings('password', { username }), { password, certificate: null });
}

async function certificate(kind: 'system' | 'hosted') {
  const all = await sim.isds.certificates();
  const found = all.find((cert) =>
    kind === 'hosted' ? cert.boxes.length > 0 : cert.boxes.length === 0,
  );
  if (!found) throw new Error(`no ${kind} certificate`);
  return { pfx: pkcs12From(found.certPem, found.keyPem, PASSPHRASE), passphrase: PASSPHRASE };
}

async function failure(promise: Promise<unknown>): Promise<IsdsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IsdsError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('each login method reaches the simulated ISDS', () => {
  it('password at /DS', async () => {
    const client = passwordClient('municipality');
    await client.dummy();
    expect((await client.ownerInfo())?.dbID).toBe(account('municipality').dbID);
  });

  it('system certificate at /cert/DS (no user name sent)', async () => {
    const client = clientFor(settings('systemCertificate'), {
      password: null,
      certificate: await certificate('system'),
    });
    await client.dummy();
    expect((await client.ownerInfo())?.dbID).toBe(account('municipality').dbID);
  });

  it('certificate and password at /certds/DS', async () => {
    const { username, password } = account('municipality');
    const client = clientFor(settings('certificateAndPassword', { username }), {
      password,
      certificate: await certificate('system'),
    });
    await client.dummy();
    expect((await client.ownerInfo())?.dbID).toBe(account('municipality').dbID);
  });

  it('hosted eSSL at /hspis/DS: the box ID as the user name, an empty password', async () => {
    const school = account('school');
    const client = clientFor(settings('hosted', { dbID: school.dbID }), {
      password: null,
      certificate: await certificate('hosted'),
    });
    await client.dummy();
    expect((await client.ownerInfo())?.dbID).toBe(school.dbID);
  });

  it('a wrong password is an auth error in Czech', async () => {
    const { username } = account('municipality');
    const client = clientFor(settings('password', { username }), {
      password: 'spatne-heslo',
      certificate: null,
    });
    const error = await failure(client.dummy());
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(/^Přihlášení do datové schránky selhalo/);
  });

  it('a certificate login without the certificate is refused by the server as auth', async () => {
    const { username, password } = account('municipality');
    // The password is right, but /certds also wants the certificate: use another one.
    const client = clientFor(settings('certificateAndPassword', { username }), {
      password,
      certificate: await certificate('hosted'),
    });
    expect((await failure(client.dummy())).kind).toBe('auth');
  });
});

describe('every operation against the simulated ISDS', () => {
  it('lists, downloads, verifies, marks, sends, searches and checks', async () => {
    const town = passwordClient('municipality');
    const school = passwordClient('school');
    const schoolBox = account('school').dbID;

    const expires = await town.passwordInfo();
    expect(expires === null || !Number.isNaN(Date.parse(expires))).toBe(true);
    const received = await town.listReceived({ ...ALL, dmLimit: 50 });
    expect(received.length).toBeGreaterThan(0);
    const first = received[0];
    if (!first) throw new Error('no message');
    const dmID = first.envelope.dmID;

    const zfo = await town.signedMessage(dmID);
    const report = await verifyZfo(zfo, { trustAnchors: [caPem] });
    expect(report.seal).toMatchObject({ valid: true, trusted: true });
    expect(report.content.kind).toBe('received');
    expect(await town.authenticate(zfo)).toBe(true);

    expect((await town.envelope(dmID))?.envelope.dmID).toBe(dmID);
    await town.markDownloaded(dmID);
    expect(Array.isArray(await town.stateChanges('2020-01-01T00:00:00Z', null))).toBe(true);

    const newId = await town.createMessage(
      sampleOutgoingMessage({
        envelope: { ...sampleOutgoingMessage().envelope, dbIDRecipient: schoolBox },
      }),
    );
    expect(newId).toMatch(/^\d+$/);
    const sentList = await town.listSent(ALL);
    expect(sentList.map((record) => record.envelope.dmID)).toContain(newId);
    const sentZfo = await town.signedSentMessage(newId);
    expect((await verifyZfo(sentZfo, { trustAnchors: [caPem] })).content.kind).toBe('sent');
    // The simulated ISDS delivers to the box at once (states 1 → 2 → 4).
    expect((await town.deliveryInfo(newId))?.envelope.dmID).toBe(newId);
    const signedDelivery = await town.signedDeliveryInfo(newId);
    expect((await verifyZfo(signedDelivery, { trustAnchors: [caPem] })).content.kind).toBe(
      'delivery',
    );
    const schoolList = await school.listReceived(ALL);
    expect(schoolList.map((record) => record.envelope.dmID)).toContain(newId);

    expect(await town.checkDataBox(schoolBox)).toBe(1);
    const found = await town.findDataBox({ dbID: schoolBox });
    expect(found.map((owner) => owner.dbID)).toContain(schoolBox);
    const search = await town.search({
      searchText: found[0]?.firmName ?? 'škola',
      searchType: 'GENERAL',
      searchScope: 'ALL',
      pageNumber: 0,
      pageSize: 10,
      highlighting: false,
    });
    expect(search?.hits.map((hit) => hit.dbID)).toContain(schoolBox);

    const used = new Set(sent.map((item) => item.op));
    expect(used.size).toBe(17);
  });

  it('every request the client sent is valid against the ISDS schemas', async () => {
    expect(sent.length).toBeGreaterThan(17);
    const problems: string[] = [];
    for (const item of sent) {
      const result = await validateXml(soapBodyXml(item.xml), schemaOfOperation(item.op));
      if (!result.valid) problems.push(`${item.op}: ${result.errors.join('; ')}`);
    }
    expect(problems).toEqual([]);
  });
});
