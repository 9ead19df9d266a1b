import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../common/contract/envelope';
import { caDirectory, openSealAuthority, type SealAuthority } from '../../../../sim/isds/seal';
import { sealSampleMessage } from '../../../../sim/isds/seal/samples';
import { requireTool } from '../../pdf/testTools';
import { openZfo, verifyZfo } from './readZfo';
import { readFixture } from './testing/fixtures';

const NOT_ZFO =
  'Soubor není datová zpráva ve formátu ZFO (podepsaná zpráva ISDS) nebo je poškozený či neúplný.';
const NOT_MESSAGE = 'Podepsaný soubor neobsahuje datovou zprávu ani doručenku z datové schránky.';

async function refusal(bytes: Uint8Array, trustAnchors: string[] = []): Promise<ServiceError> {
  try {
    await verifyZfo(bytes, { trustAnchors });
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

function offsetOf(bytes: Uint8Array, text: string): number {
  const at = Buffer.from(bytes).indexOf(Buffer.from(text, 'utf8'));
  if (at < 0) throw new Error(`"${text}" not in the file`);
  return at;
}

function changed(
  bytes: Uint8Array,
  at: number,
  change = (byte: number) => byte ^ 0x01,
): Uint8Array {
  const copy = bytes.slice();
  copy[at] = change(copy[at]!);
  return copy;
}

/** Where a view into `bytes` starts. */
function positionIn(bytes: Uint8Array, part: Uint8Array): number {
  expect(part.buffer).toBe(bytes.buffer);
  return part.byteOffset - bytes.byteOffset;
}

/**
 * The byte-by-byte tests verify a few thousand changed files: every byte of the signed
 * attributes and the signature, every third byte of the content and of the whole file
 * (a byte anywhere is as likely to matter as its neighbours; the stride keeps the run
 * short on a shared CI machine).
 */
const BYTE_BY_BYTE_TIMEOUT = 120_000;
const STRIDE = 3;

let dataDir: string;
let authority: SealAuthority;
let sealed: Uint8Array;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'zfo-bad-'));
  authority = await openSealAuthority({ dataDir });
  sealed = (await sealSampleMessage(authority, '4242', 600)).zfo;
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a ZFO changed after it was sealed', () => {
  it('reports one letter changed in the XML content as a broken seal (a real ZFO)', async () => {
    const bytes = readFixture('signed_sent_xml_message-376701.zfo');
    const at = offsetOf(bytes, 'Institut pro m');
    const report = await verifyZfo(
      changed(bytes, at, () => 'J'.charCodeAt(0)),
      { trustAnchors: [] },
    );
    expect(report.content.kind === 'sent' && report.content.message.envelope.dmRecipient).toBe(
      'Jnstitut pro místní správu Praha',
    );
    expect(report.seal).toMatchObject({
      valid: false,
      trusted: false,
      problem: 'zfo.seal.digestMismatch',
    });
  });

  it('reports a changed letter in a large ZFO written with indefinite lengths', async () => {
    const bytes = readFixture('received_message-330141.zfo');
    const at = offsetOf(bytes, 'Krempachy');
    const report = await verifyZfo(
      changed(bytes, at, () => 'C'.charCodeAt(0)),
      { trustAnchors: [] },
    );
    expect(report.seal).toMatchObject({ valid: false, problem: 'zfo.seal.digestMismatch' });
  });

  it('reports one byte changed in the signature value', async () => {
    const bytes = readFixture('signed_sent_xml_message-376701.zfo');
    const signature = openZfo(bytes).signer!.signature;
    const at = positionIn(bytes, signature) + Math.floor(signature.byteLength / 2);
    const report = await verifyZfo(changed(bytes, at), { trustAnchors: [] });
    expect(report.seal).toMatchObject({
      valid: false,
      trusted: false,
      problem: 'zfo.seal.signatureInvalid',
    });
    expect(report.seal.certificate?.subjectName).toMatch(/^Informační systém datových schránek/);
  });

  it('reports a changed signing time (a signed attribute)', async () => {
    const bytes = readFixture('signed_delivered-DD_170272.zfo');
    const at = offsetOf(bytes, '091118144853Z');
    const report = await verifyZfo(
      changed(bytes, at + 11, () => '9'.charCodeAt(0)),
      { trustAnchors: [] },
    );
    expect(report.seal).toMatchObject({ valid: false, problem: 'zfo.seal.signatureInvalid' });
  });

  it(
    'never shows a seal as valid when any byte of the content, signed attributes or signature changed',
    async () => {
      const opened = openZfo(sealed);
      const signer = opened.signer!;
      const ranges = [
        [opened.content, STRIDE],
        [signer.signature, 1],
      ].map(([part, step]) => [
        positionIn(sealed, part as Uint8Array),
        positionIn(sealed, part as Uint8Array) + (part as Uint8Array).byteLength,
        step as number,
      ]);
      const attributes = Buffer.from(sealed).indexOf(
        Buffer.from(signer.signedAttributesDer!.subarray(1)),
      );
      ranges.push([attributes, attributes + signer.signedAttributesDer!.byteLength - 1, 1]);
      let checked = 0;
      for (const [from, to, step] of ranges)
        for (let at = from!; at < to!; at += step!) {
          const outcome = await verifyZfo(changed(sealed, at), {
            trustAnchors: [authority.caCertPem],
          }).catch((error: unknown) => error);
          if (outcome instanceof ServiceError)
            expect(outcome.code).toMatch(/^errors\.zfo\.not(Zfo|Message)$/);
          else if (outcome instanceof Error) throw outcome;
          else
            expect(outcome, `byte ${at}`).toMatchObject({ seal: { valid: false, trusted: false } });
          checked++;
        }
      expect(checked).toBeGreaterThan(sealed.byteLength / (2 * STRIDE));
    },
    BYTE_BY_BYTE_TIMEOUT,
  );

  it(
    'answers every one-byte change anywhere with a report or a ZFO error, never a crash',
    async () => {
      for (let at = 0; at < sealed.byteLength; at += STRIDE) {
        const outcome = await verifyZfo(
          changed(sealed, at, (byte) => byte ^ 0x80),
          {
            trustAnchors: [authority.caCertPem],
          },
        ).catch((error: unknown) => error);
        if (outcome instanceof ServiceError) expect(outcome.code).toMatch(/^errors\.zfo\./);
        else expect(outcome, `byte ${at}`).toHaveProperty('seal');
      }
    },
    BYTE_BY_BYTE_TIMEOUT,
  );
});

describe('files that are not a ZFO', () => {
  it('refuses a truncated ZFO', async () => {
    const bytes = readFixture('signed_sent_message-151874.zfo');
    for (const length of [bytes.byteLength - 1, bytes.byteLength - 300, 2000, 40]) {
      const error = await refusal(bytes.subarray(0, length));
      expect(error.code).toBe('errors.zfo.notZfo');
      expect(error.message).toBe(NOT_ZFO);
    }
  });

  it('refuses every truncation of a sealed ZFO', async () => {
    for (let length = 0; length < sealed.byteLength; length += 7)
      expect((await refusal(sealed.subarray(0, length))).code).toBe('errors.zfo.notZfo');
  });

  it('refuses a PDF renamed to .zfo', async () => {
    const pdf = new TextEncoder().encode(
      '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    const error = await refusal(pdf);
    expect(error.code).toBe('errors.zfo.notZfo');
    expect(error.message).toBe(NOT_ZFO);
  });

  it('refuses an empty file', async () => {
    const error = await refusal(new Uint8Array());
    expect(error.code).toBe('errors.zfo.notZfo');
    expect(error.message).toBe(NOT_ZFO);
  });

  it('refuses random bytes, also those that start like DER', async () => {
    let state = 0x2545f491;
    const random = (length: number) =>
      Uint8Array.from({ length }, () => {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        return state & 0xff;
      });
    for (let round = 0; round < 50; round++) {
      const bytes = random(64 + round * 37);
      if (round % 2)
        bytes.set([0x30, 0x82, (bytes.byteLength - 4) >> 8, (bytes.byteLength - 4) & 0xff]);
      const error = await refusal(bytes);
      expect(error.code).toBe('errors.zfo.notZfo');
      expect(error.message).toBe(NOT_ZFO);
    }
  });

  it('refuses a DER structure that is not SignedData (a certificate)', async () => {
    const der = Buffer.from(authority.caCertPem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    expect((await refusal(new Uint8Array(der))).code).toBe('errors.zfo.notZfo');
  });

  it('refuses SignedData without encapsulated content (a detached signature)', async () => {
    const openssl = requireTool('openssl', 'openssl');
    const dir = caDirectory(dataDir);
    writeFileSync(join(dir, 'content.txt'), 'obsah');
    const detached = execFileSync(openssl, [
      'cms',
      '-sign',
      '-binary',
      '-outform',
      'DER',
      '-in',
      join(dir, 'content.txt'),
      '-signer',
      join(dir, 'seal.pem'),
      '-inkey',
      join(dir, 'seal.key'),
    ]);
    const error = await refusal(new Uint8Array(detached));
    expect(error.code).toBe('errors.zfo.notZfo');
  });

  it('refuses a sealed ZFO whose XML is not a data message or delivery info', async () => {
    for (const xml of [
      '<?xml version="1.0" encoding="UTF-8"?><faktura><cislo>2026-001</cislo></faktura>',
      '<q:GetListOfReceivedMessagesResponse xmlns:q="http://isds.czechpoint.cz/v20"/>',
      'toto není XML',
    ]) {
      const zfo = await authority.sealContent(xml);
      // The seal itself is sound; only the content is not a message.
      expect(openZfo(zfo).content.byteLength).toBeGreaterThan(0);
      const error = await refusal(zfo, [authority.caCertPem]);
      expect(error.code).toBe('errors.zfo.notMessage');
      expect(error.message).toBe(NOT_MESSAGE);
    }
  });
});
