import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSim } from '../server';
import type { IsdsCertificate } from './accounts';
import { call, ok, postPlain, postTls, type ClientTls } from './testing/client';
import { accountOf, boxOf, startTestSim } from './testing/fixture';
import { encodeRequest } from '../../common/isds/codec';

describe('ISDS logins', () => {
  let sim: RunningSim;
  let caPem: string;
  let system: IsdsCertificate;
  let hosted: IsdsCertificate;
  let foreign: ClientTls;

  beforeAll(async () => {
    sim = await startTestSim();
    caPem = await sim.isds.caCertPem();
    const certificates = await sim.isds.certificates();
    const [first, second] = certificates;
    if (!first || !second) throw new Error('the sim issued no certificates');
    system = first;
    hosted = second;
    // A certificate from another sim's CA: well-formed, but not ours.
    const other = await startTestSim();
    try {
      const [otherCert] = await other.isds.certificates();
      if (!otherCert) throw new Error('no foreign certificate');
      foreign = { certPem: otherCert.certPem, keyPem: otherCert.keyPem, caPem };
    } finally {
      await other.close();
    }
  });
  afterAll(async () => {
    await sim.close();
  });

  const tls = (cert: IsdsCertificate): ClientTls => ({
    certPem: cert.certPem,
    keyPem: cert.keyPem,
    caPem,
  });

  it('refuses a wrong password with 401 and an HTML page', async () => {
    const account = accountOf(sim, boxOf(sim, 'municipality'));
    const reply = await call(
      { baseUrl: sim.url, login: { username: account.username, password: 'spatne' } },
      'DummyOperation',
      {},
    );
    expect(reply.status).toBe(401);
    expect(reply.contentType).toMatch(/^text\/html/);
    expect(reply.text).toContain('<html');
    expect(reply.decoded.ok).toBe(false);
    const none = await call({ baseUrl: sim.url, login: null }, 'DummyOperation', {});
    expect(none.status).toBe(401);
  });

  it('logs every box in by its own password', async () => {
    for (const role of ['municipality', 'school', 'kindergarten', 'citizen'] as const) {
      const box = boxOf(sim, role);
      const { owner } = await ok(
        { baseUrl: sim.url, login: accountOf(sim, box) },
        'GetOwnerInfoFromLogin',
        {},
      );
      expect(owner?.dbID).toBe(box.dbID);
    }
  });

  it('serves certificate logins only on the TLS listener', async () => {
    const body = encodeRequest('DummyOperation', {});
    const plain = await postPlain(`${sim.url}/cert/DS/dz`, body, {
      'Content-Type': 'text/xml; charset=utf-8',
    });
    expect(plain.status).toBe(404);
  });

  it('logs in by the system certificate alone at /cert/DS', async () => {
    const { owner } = await ok(
      { baseUrl: sim.isdsTlsUrl, method: 'systemCertificate', tls: tls(system) },
      'GetOwnerInfoFromLogin',
      {},
    );
    expect(owner?.dbID).toBe('hl7q2ab');
    const { pswExpDate } = await ok(
      { baseUrl: sim.isdsTlsUrl, method: 'systemCertificate', tls: tls(system) },
      'GetPasswordInfo',
      {},
    );
    expect(pswExpDate).toBeNull();
  });

  it('wants the certificate and the account’s password at /certds/DS', async () => {
    const account = accountOf(sim, boxOf(sim, 'municipality'));
    const target = {
      baseUrl: sim.isdsTlsUrl,
      method: 'certificateAndPassword' as const,
      tls: tls(system),
    };
    const { owner } = await ok({ ...target, login: account }, 'GetOwnerInfoFromLogin', {});
    expect(owner?.dbID).toBe('hl7q2ab');
    const wrong = await call(
      { ...target, login: { username: account.username, password: 'x' } },
      'DummyOperation',
      {},
    );
    expect(wrong.status).toBe(401);
    // Another box's password with the municipality's certificate.
    const school = accountOf(sim, boxOf(sim, 'school'));
    expect((await call({ ...target, login: school }, 'DummyOperation', {})).status).toBe(401);
  });

  it('lets the hosted eSSL act for its boxes at /hspis/DS (box ID, empty password)', async () => {
    const target = { baseUrl: sim.isdsTlsUrl, method: 'hosted' as const, tls: tls(hosted) };
    for (const role of ['municipality', 'school', 'kindergarten'] as const) {
      const box = boxOf(sim, role);
      const { owner } = await ok(
        { ...target, login: { username: box.dbID, password: '' } },
        'GetOwnerInfoFromLogin',
        {},
      );
      expect(owner?.dbID).toBe(box.dbID);
    }
    const citizen = boxOf(sim, 'citizen');
    const outside = await call(
      { ...target, login: { username: citizen.dbID, password: '' } },
      'DummyOperation',
      {},
    );
    expect(outside.status).toBe(401);
  });

  it('refuses a missing or foreign certificate with 401', async () => {
    const body = encodeRequest('DummyOperation', {});
    const headers = { 'Content-Type': 'text/xml; charset=utf-8' };
    const without = await postTls(`${sim.isdsTlsUrl}/cert/DS/dz`, body, headers, null, caPem);
    expect(without.status).toBe(401);
    expect(without.text).toContain('<html');
    const stranger = await postTls(`${sim.isdsTlsUrl}/cert/DS/dz`, body, headers, foreign, caPem);
    expect(stranger.status).toBe(401);
  });
});
