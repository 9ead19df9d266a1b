import { createHash, verify, type KeyObject } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseSignedData } from '../main/services/isds/zfo/cms';
import { digestName } from '../main/services/isds/zfo/pki';
import { verifyZfo } from '../main/services/isds/zfo/readZfo';
import { ZfoTrust } from '../main/services/isds/zfo/trust';
import { openSealAuthority } from '../sim/isds/seal';
import { sealSampleMessage } from '../sim/isds/seal/samples';
import type { Log } from './syncStats';

/**
 * ZFO figures, in Node (main verifies ZFOs): the simulator seals N received messages
 * of about 20 KB (one PDF-like attachment, a timestamp over dmHash), then main's
 * verifier reads them all — CMS, seal signature, trust path, timestamp, XML.
 *
 * Floor, measured in the same run over the same files: the cryptography any verifier
 * must do and nothing else — SHA-256 of the content and of the TSTInfo and the two RSA
 * signature checks, with the bytes already cut out and the keys already imported.
 * Beside it, what the verifier's CMS parsing alone costs (asn1js + pkijs: ContentInfo,
 * SignedData, SignerInfo, certificates from its cache; ZFO and token): most of the rest.
 * asn1js' fromBER spends microseconds per element, so a ZFO's few hundred elements,
 * not the cryptography, set the pace; the XML codec takes about as much again.
 */

const COUNT = Number(process.env.BENCH_ZFO_COUNT ?? 500);
/** ~11 KB of attachment is ~15 KB of base64; with the envelope, seal and timestamp ~20 KB. */
const ATTACHMENT_BYTES = Number(process.env.BENCH_ZFO_ATTACHMENT ?? 11_000);
const WARM_UP = 100;

type Metrics = Record<string, number>;

const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);

/** The figures swing with what else the machine runs; the log says how busy it was. */
const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

interface FloorInput {
  hash: string;
  content: Uint8Array;
  signed: Uint8Array;
  signature: Uint8Array;
  key: KeyObject;
}

/** The bytes each signature covers, cut out beforehand (not timed). */
function floorInputs(bytes: Uint8Array): FloorInput[] {
  const seal = parseSignedData(bytes);
  const xml = new TextDecoder().decode(seal.content!);
  const token = /dmQTimestamp>([^<]+)</.exec(xml)?.[1];
  if (!token) throw new Error('the sealed message has no timestamp');
  const stamp = parseSignedData(new Uint8Array(Buffer.from(token, 'base64')));
  return [seal, stamp].map((signedData) => {
    const signer = signedData.signers[0]!;
    return {
      hash: digestName(signer.digestAlgorithm)!,
      content: signedData.content!,
      signed: signer.signedAttributesDer!,
      signature: signer.signature,
      key: signedData.certificates[0]!.publicKey(),
    };
  });
}

function cryptoFloor(inputs: FloorInput[][]): number {
  const started = performance.now();
  for (const pair of inputs)
    for (const item of pair) {
      createHash(item.hash).update(item.content).digest();
      if (!verify(item.hash, item.signed, item.key, item.signature))
        throw new Error('floor: bad signature');
    }
  return performance.now() - started;
}

function parseAlone(zfos: Uint8Array[], tokens: Uint8Array[]): number {
  const started = performance.now();
  for (const bytes of [...zfos, ...tokens]) parseSignedData(bytes);
  return performance.now() - started;
}

export async function zfoBench(log: Log): Promise<Metrics> {
  const authority = await openSealAuthority({ dataDir: null });
  log(`zfo: sealing ${COUNT} messages with ${ATTACHMENT_BYTES} B attachments…`);
  const sealStarted = performance.now();
  const zfos: Uint8Array[] = [];
  for (let index = 0; index < COUNT; index++)
    zfos.push((await sealSampleMessage(authority, String(900_000 + index), ATTACHMENT_BYTES)).zfo);
  const sealMs = performance.now() - sealStarted;
  const averageBytes = zfos.reduce((sum, item) => sum + item.byteLength, 0) / COUNT;
  log(`zfo: sealed in ${Math.round(sealMs)} ms, ${(averageBytes / 1024).toFixed(1)} KB each`);

  const trust = ZfoTrust.from([authority.caCertPem]);
  for (const bytes of zfos.slice(0, WARM_UP)) await verifyZfo(bytes, { trustAnchors: trust });
  const verifyStarted = performance.now();
  for (const bytes of zfos) {
    const report = await verifyZfo(bytes, { trustAnchors: trust });
    if (!report.seal.valid || !report.seal.trusted || report.timestamp.hashMatches !== true)
      throw new Error(`a sealed message did not verify: ${JSON.stringify(report.seal)}`);
  }
  const verifyMs = performance.now() - verifyStarted;

  const inputs = zfos.map(floorInputs);
  cryptoFloor(inputs.slice(0, WARM_UP));
  const floorMs = cryptoFloor(inputs);

  const tokens = zfos.map((bytes) => {
    const xml = new TextDecoder().decode(parseSignedData(bytes).content!);
    return new Uint8Array(Buffer.from(/dmQTimestamp>([^<]+)</.exec(xml)![1]!, 'base64'));
  });
  parseAlone(zfos.slice(0, WARM_UP), tokens.slice(0, WARM_UP));
  const parseMs = parseAlone(zfos, tokens);

  log(
    `zfo: verified ${COUNT} in ${Math.round(verifyMs)} ms (${perSecond(COUNT, verifyMs)}/s); crypto floor ${Math.round(floorMs)} ms (${perSecond(COUNT, floorMs)}/s); CMS parsing alone ${Math.round(parseMs)} ms (${perSecond(COUNT, parseMs)}/s); load ${loadAverage()}`,
  );
  return {
    zfo_verify_per_s: perSecond(COUNT, verifyMs),
    zfo_crypto_floor_per_s: perSecond(COUNT, floorMs),
    zfo_verify_ratio: Math.round((verifyMs / floorMs) * 100) / 100,
    zfo_parse_per_s: perSecond(COUNT, parseMs),
    zfo_seal_per_s: perSecond(COUNT, sealMs),
    zfo_avg_kb: Math.round((averageBytes / 1024) * 10) / 10,
    zfo_count: COUNT,
  };
}
