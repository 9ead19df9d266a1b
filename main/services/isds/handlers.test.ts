import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../common/contract/api';
import { dispatch } from '../../../common/contract/dispatch';
import type { Envelope } from '../../../common/contract/envelope';
import type { IsdsBoxSettings } from '../../../common/contract/isds';
import type { MethodName } from '../../../common/contract/methods';
import type { AppInfo } from '../../../common/contract/types';
import { sampleOutgoingMessage } from '../../../common/isds/testing/samples';
import { startSim, type RunningSim } from '../../../sim/server';
import { ConfigStore } from '../config/configStore';
import { createMemoryLogger } from '../log/logger';
import { secretAccounts } from './boxStore';
import { createIsdsHandlers, type IsdsHandlers } from './handlers';
import { createIsdsClientFactory } from './session';
import { MemoryCredentials } from '../credentials/testing/memoryCredentials';
import { pkcs12From } from './testing/pkcs12';

/**
 * The `isds.*` handlers and `zfo.verify` as the renderer calls them (through the
 * contract's dispatch), against the simulated ISDS: the demo's boxes, and boxes the
 * clerk sets up with secrets in the credential store.
 */

const TODAY = new Date('2026-05-14T08:12:00Z');
const ALL = { dmFromTime: null, dmToTime: null, dmStatusFilter: -1, dmOffset: null, dmLimit: null };

let sim: RunningSim;
let simDir: string;
let dataDir: string;

beforeAll(async () => {
  simDir = await mkdtemp(join(tmpdir(), 'isds-handlers-sim-'));
  dataDir = await mkdtemp(join(tmpdir(), 'isds-handlers-'));
  sim = await startSim({ port: 0, today: TODAY, documents: 50, dataDir: simDir });
}, 60_000);

afterAll(async () => {
  await sim.close();
  await rm(simDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

interface Setup {
  call<M extends Extract<MethodName, keyof IsdsHandlers>>(
    method: M,
    args: unknown,
  ): Promise<Envelope<Awaited<ReturnType<IsdsHandlers[M]>>>>;
  config: ConfigStore;
  credentials: MemoryCredentials;
}

let configs = 0;

async function setup(mode: 'demo' | 'custom'): Promise<Setup> {
  const logger = createMemoryLogger();
  const info: AppInfo = {
    version: '0',
    platform: 'web',
    demo: mode === 'demo',
    dataDir,
    simUrl: mode === 'demo' ? sim.url : null,
  };
  const config = new ConfigStore(join(dataDir, `config-${++configs}.json`), logger);
  await config.update({ mode });
  const credentials = new MemoryCredentials();
  const handlers = createIsdsHandlers({
    info,
    config,
    credentials,
    logger,
    createClient: createIsdsClientFactory({ env: {}, busyDelaysMs: [20, 40] }),
  });
  return {
    config,
    credentials,
    call: (method, args) =>
      dispatch(handlers as unknown as Handlers, method, args, logger) as never,
  };
}

function value<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

function errorOf<T>(envelope: Envelope<T>) {
  if (envelope.ok) throw new Error('expected a failure');
  return envelope.error;
}

function role(name: 'municipality' | 'school') {
  const box = sim.isds.boxes().find((candidate) => candidate.role === name);
  const account = sim.isds.accounts().find((candidate) => candidate.dbID === box?.dbID);
  if (!box || !account) throw new Error(`no ${name}`);
  return { box, account };
}

describe("demo mode: the simulator's municipality and school boxes", () => {
  let demo: Setup;
  beforeAll(async () => {
    demo = await setup('demo');
  });

  it('lists the two demo boxes, polled through the gateway by password', async () => {
    const { boxes } = value(await demo.call('isds.boxes', {}));
    expect(boxes.map((box) => box.dbID)).toEqual([
      role('municipality').box.dbID,
      role('school').box.dbID,
    ]);
    for (const box of boxes)
      expect(box).toMatchObject({
        login: 'password',
        viaGateway: true,
        autoPoll: true,
        hasPassword: true,
        hasCertificate: false,
      });
  });

  it('tests the login and learns the owner', async () => {
    const result = value(await demo.call('isds.test', { key: 'demo-obec' }));
    expect(result.owner?.dbID).toBe(role('municipality').box.dbID);
  });

  it("downloads a received message verified against the simulator's CA; zfo.verify agrees", async () => {
    const { records } = value(
      await demo.call('isds.listReceived', { key: 'demo-obec', query: ALL }),
    );
    const dmID = records[0]?.envelope.dmID;
    expect(dmID).toBeTruthy();
    const downloaded = value(await demo.call('isds.downloadReceived', { key: 'demo-obec', dmID }));
    expect(downloaded.report.seal).toMatchObject({ valid: true, trusted: true, problem: null });
    expect(downloaded.report.content.kind).toBe('received');
    const again = value(await demo.call('zfo.verify', { bytes: downloaded.zfo }));
    expect(again.sha256).toBe(downloaded.report.sha256);
    expect(again.seal.trusted).toBe(true);
    expect(
      value(await demo.call('isds.authenticate', { key: 'demo-obec', zfo: downloaded.zfo })),
    ).toEqual({ authentic: true });
  });

  it('marks a downloaded message in the same call when asked, and only then', async () => {
    const [plain, marked] = await sim.isds.deliver({ to: role('municipality').box.dbID, count: 2 });
    const downloaded = (dmID: string | undefined) =>
      sim.isds.messages().find((message) => message.dmID === dmID)?.downloaded;

    const first = value(
      await demo.call('isds.downloadReceived', { key: 'demo-obec', dmID: plain }),
    );
    expect(first.markedDownloaded).toBe(false);
    expect(downloaded(plain)).toBe(false);

    const second = value(
      await demo.call('isds.downloadReceived', {
        key: 'demo-obec',
        dmID: marked,
        markDownloaded: true,
      }),
    );
    expect(second.markedDownloaded).toBe(true);
    expect(second.report.content.kind).toBe('received');
    expect(downloaded(marked)).toBe(true);
    // Marked means read (7), which the receive window still lists.
    expect(sim.isds.messages().find((message) => message.dmID === marked)?.state).toBe(7);
  });

  it('sends to the school, then gets its signed delivery info', async () => {
    const school = role('school').box.dbID;
    const message = sampleOutgoingMessage({
      envelope: { ...sampleOutgoingMessage().envelope, dbIDRecipient: school },
    });
    const { dmID } = value(await demo.call('isds.send', { key: 'demo-obec', message }));
    const signed = value(await demo.call('isds.signedDeliveryInfo', { key: 'demo-obec', dmID }));
    expect(signed.delivery.envelope.dmID).toBe(dmID);
    expect(signed.report.seal.trusted).toBe(true);
    const sent = value(await demo.call('isds.downloadSent', { key: 'demo-obec', dmID }));
    expect(sent.report.content.kind).toBe('sent');
    const check = value(await demo.call('isds.checkBox', { key: 'demo-obec', dbID: school }));
    expect(check).toEqual({ dbState: 1, accessible: true });
  });

  it('refuses a message over the ISDS limits before sending it', async () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    const message = sampleOutgoingMessage({
      envelope: { ...sampleOutgoingMessage().envelope, dbIDRecipient: role('school').box.dbID },
      files: [
        {
          dmMimeType: 'application/pdf',
          dmFileMetaType: 'main',
          dmFileDescr: 'velky.pdf',
          content: big,
        },
      ],
    });
    const before = sim.isds.messages().length;
    const error = errorOf(await demo.call('isds.send', { key: 'demo-obec', message }));
    expect(error.code).toMatch(/^errors\.isds\.limits\./);
    expect(sim.isds.messages().length).toBe(before);
  });

  it("keeps the clerk's label for a demo box; where it is reached stays the simulator's", async () => {
    const { boxes } = value(await demo.call('isds.boxes', {}));
    const [town] = boxes;
    if (!town) throw new Error('no demo box');
    const { hasPassword: _p, hasCertificate: _c, ...settings } = town;
    const saved = value(
      await demo.call('isds.saveBox', {
        box: { ...settings, label: 'Naše obec', url: 'https://jinde.example' },
      }),
    );
    expect(saved).toMatchObject({ label: 'Naše obec', url: town.url, hasPassword: true });
    // A demo box cannot be removed (the simulator has it); the clerk's changes can.
    expect(value(await demo.call('isds.removeBox', { key: town.key }))).toEqual({ removed: true });
    const after = value(await demo.call('isds.boxes', {})).boxes;
    expect(after.map((box) => box.label)).toEqual(boxes.map((box) => box.label));
  });

  it('an unknown box is a config error', async () => {
    expect(errorOf(await demo.call('isds.test', { key: 'nikde' })).code).toBe('errors.isds.config');
  });
});

describe('custom mode: boxes the clerk sets up', () => {
  let custom: Setup;
  const box = (): IsdsBoxSettings => ({
    key: 'obec',
    label: 'Obec',
    dbID: null,
    login: 'password',
    url: sim.url,
    certUrl: null,
    username: role('municipality').account.username,
    viaGateway: false,
    autoPoll: false,
    pollMinutes: 60,
  });
  beforeAll(async () => {
    custom = await setup('custom');
  });

  it('saves a box, keeps its password in the credential store, learns its dbID', async () => {
    const saved = value(await custom.call('isds.saveBox', { box: box() }));
    expect(saved).toMatchObject({ key: 'obec', hasPassword: false, hasCertificate: false });

    const missing = errorOf(await custom.call('isds.test', { key: 'obec' }));
    expect(missing).toMatchObject({ code: 'errors.isds.config', params: { kind: 'config' } });

    const withPassword = value(
      await custom.call('isds.setSecrets', {
        key: 'obec',
        password: role('municipality').account.password,
      }),
    );
    expect(withPassword.hasPassword).toBe(true);
    expect(JSON.stringify(await custom.config.get())).not.toContain(
      role('municipality').account.password,
    );

    const tested = value(await custom.call('isds.test', { key: 'obec' }));
    expect(tested.owner?.dbID).toBe(role('municipality').box.dbID);
    expect((await custom.config.get()).isdsBoxes[0]?.dbID).toBe(role('municipality').box.dbID);
  });

  it('a wrong password reads as an auth failure in Czech', async () => {
    value(await custom.call('isds.setSecrets', { key: 'obec', password: 'spatne' }));
    const error = errorOf(await custom.call('isds.ownerInfo', { key: 'obec' }));
    expect(error.code).toBe('errors.isds.auth');
    expect(error.message).toMatch(/^Přihlášení do datové schránky selhalo/);
    expect(error.params).toMatchObject({ kind: 'auth', retryable: 'no' });
  });

  it('keeps a certificate as PKCS#12 with its passphrase, and refuses a wrong passphrase', async () => {
    const [cert] = await sim.isds.certificates();
    if (!cert) throw new Error('no certificate');
    const pkcs12 = pkcs12From(cert.certPem, cert.keyPem, 'spravne');
    const refused = errorOf(
      await custom.call('isds.setSecrets', {
        key: 'obec',
        certificate: { pkcs12, passphrase: 'spatne' },
      }),
    );
    expect(refused.code).toBe('errors.isds.config');
    const stored = value(
      await custom.call('isds.setSecrets', {
        key: 'obec',
        certificate: { pkcs12, passphrase: 'spravne' },
      }),
    );
    expect(stored.hasCertificate).toBe(true);
    expect(custom.credentials.secrets.get(secretAccounts('obec').pkcs12)).toBe(
      Buffer.from(pkcs12).toString('base64'),
    );
  });

  it('removes the box with its secrets', async () => {
    expect(value(await custom.call('isds.removeBox', { key: 'obec' }))).toEqual({ removed: true });
    expect(value(await custom.call('isds.boxes', {})).boxes).toEqual([]);
    expect([...custom.credentials.secrets.keys()]).toEqual([]);
  });

  it('malformed arguments never reach a handler', async () => {
    for (const [method, args] of [
      ['isds.test', { key: 'Špatný klíč' }],
      ['isds.downloadReceived', { key: 'obec', dmID: 'abc' }],
      ['isds.checkBox', { key: 'obec', dbID: 'TOO-LONG-ID' }],
      ['isds.saveBox', { box: { ...box(), url: 'ftp://x' } }],
      ['zfo.verify', { bytes: 'not bytes' }],
    ] as const)
      expect(errorOf(await custom.call(method, args)).code, method).toBe('errors.invalidArguments');
  });

  it('zfo.verify refuses a file that is no ZFO', async () => {
    const error = errorOf(await custom.call('zfo.verify', { bytes: new Uint8Array([1, 2, 3]) }));
    expect(error.code).toMatch(/^errors\.zfo\./);
  });
});
