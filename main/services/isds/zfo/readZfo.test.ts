import { beforeAll, describe, expect, it } from 'vitest';
import type { SignedContent } from '../../../../common/isds/model';
import { openZfo, verifyZfo } from './readZfo';
import { ZfoTrust } from './trust';
import { opensslReadTimestamp, opensslReadZfo, type OpensslReading } from './testing/openssl';
import { readFixture, ZFO_FIXTURES } from './testing/fixtures';
import { createHash } from 'node:crypto';

function carrier(content: SignedContent) {
  return content.kind === 'delivery' ? content.delivery : content.message;
}

describe('verifyZfo on the real ZFOs of the ISDS test environment', () => {
  for (const fixture of ZFO_FIXTURES) {
    describe(fixture.file, () => {
      const bytes = readFixture(fixture.file);
      let openssl: OpensslReading;
      beforeAll(() => {
        openssl = opensslReadZfo(bytes);
      });

      it('reads the same content as openssl and decodes it as the right kind', async () => {
        expect(Buffer.compare(openZfo(bytes).content, openssl.content)).toBe(0);
        const report = await verifyZfo(bytes, { trustAnchors: [] });
        expect(report.content.kind).toBe(fixture.kind);
        expect(carrier(report.content).envelope.dmID).toBe(fixture.dmID);
        expect(report.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      });

      it('verifies the seal, and names its certificate as openssl does', async () => {
        const { seal } = await verifyZfo(bytes, { trustAnchors: [] });
        expect(seal.valid).toBe(true);
        // Their CA (PostSignum, test environment) is not among the anchors.
        expect(seal.trusted).toBe(false);
        expect(seal.problem).toBe('zfo.seal.untrusted');
        expect(seal.certificate).toEqual({
          subject: openssl.subject,
          subjectName: expect.stringMatching(/^Informační systém datových schránek/),
          issuer: openssl.issuer,
          serialNumber: openssl.serial,
          notBefore: openssl.notBefore.toISOString(),
          notAfter: openssl.notAfter.toISOString(),
        });
        expect(seal.signingTime).toBe(openssl.signingTime.toISOString());
      });

      it('verifies the qualified timestamp and its imprint against dmHash', async () => {
        const report = await verifyZfo(bytes, { trustAnchors: [] });
        const { dmQTimestamp, dmHash } = carrier(report.content);
        expect(dmQTimestamp).not.toBeNull();
        const reading = opensslReadTimestamp(dmQTimestamp!);
        // PostSignum's test TSA is not among the (empty) anchors: intact, not trusted.
        expect(report.timestamp).toEqual({
          present: true,
          valid: true,
          trusted: false,
          time: reading.genTime,
          authority: expect.stringMatching(/^PostSignum TSA - TSU \d$/),
          hashMatches: true,
          problem: 'zfo.timestamp.untrusted',
        });
        // The imprint openssl sees is dmHash, so hashMatches is not our parser agreeing with itself.
        expect(Buffer.from(dmHash.value.replace(/\s/g, ''), 'base64').toString('hex')).toBe(
          reading.imprintHex,
        );
      });
    });
  }

  it('reports a timestamp whose imprint is not dmHash', async () => {
    const bytes = readFixture('signed_sent_xml_message-376701.zfo');
    const report = await verifyZfo(bytes, { trustAnchors: [] });
    const { dmQTimestamp } = carrier(report.content);
    const { checkTimestamp } = await import('./timestamp');
    const none = ZfoTrust.from([]);
    const other = checkTimestamp(
      dmQTimestamp,
      {
        algorithm: 'SHA-256',
        value: createHash('sha256').update('jiná zpráva').digest('base64'),
      },
      none,
    );
    expect(other).toMatchObject({
      valid: true,
      hashMatches: false,
      problem: 'zfo.timestamp.hashMismatch',
    });
    const wrongAlgorithm = checkTimestamp(
      dmQTimestamp,
      { ...carrier(report.content).dmHash, algorithm: 'SHA-1' },
      none,
    );
    expect(wrongAlgorithm.hashMatches).toBe(false);
    expect(checkTimestamp(dmQTimestamp, null, none).hashMatches).toBeNull();
    expect(checkTimestamp(null, null, none)).toMatchObject({
      present: false,
      problem: 'zfo.timestamp.missing',
    });
  });
});
