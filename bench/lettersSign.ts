import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TimestampAuthority } from '@libpdf/core';
import type { PdfSignaturesReport } from '../common/contract/signing';
import { ZfoTrust } from '../main/services/isds/zfo/trust';
import { openPkcs12Signer } from '../main/services/signing/pkcs12Signer';
import { signPdf } from '../main/services/signing/signPdf';
import { startTestTsa } from '../main/services/signing/testing/tsaServer';
import { TimestampClient } from '../main/services/signing/tsa/timestampClient';
import { verifyPdfSignatures } from '../main/services/signing/verify';
import { loadOrCreateAuthority } from '../sim/isds/seal/authority';
import { issueDemoSigningCertificate } from '../sim/tsa/demoSigner';
import { repoRoot } from '../webhost/paths';
import { bundleChild, runJsonChild } from './childProcess';
import { signFloor, verifyFloor } from './lettersFloors';
import type { PeakReport } from './lettersPeak';
import { list, ms, timeRuns, type Metrics } from './lettersTiming';
import type { Log } from './syncStats';

/**
 * Signing and verifying, as main does them: the mayor's PKCS#12 (the simulator CA's
 * demo certificate, RSA 2048) opened with its password and a PAdES B-B signature by
 * `signPdf`, each time — what the mayor waits for after pressing "Podepsat". Floors:
 * SHA-256 over the same bytes and one RSA signature (verification) with node:crypto.
 */

const MB = 1024 * 1024;

export interface BenchSigner {
  p12: Uint8Array;
  password: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  trust: ZfoTrust;
}

export async function benchSigner(): Promise<BenchSigner> {
  const demo = await issueDemoSigningCertificate(await loadOrCreateAuthority(null), 'Bench');
  const privateKey = createPrivateKey(demo.keyPem);
  return {
    p12: demo.p12,
    password: demo.password,
    privateKey,
    publicKey: createPublicKey(privateKey),
    trust: ZfoTrust.from([demo.caPem]),
  };
}

/** Opens the PKCS#12 and signs `pdf`: B-B, or B-T with `timestamp`. */
async function openAndSign(
  pdf: Uint8Array,
  signer: BenchSigner,
  timestamp: TimestampAuthority | null = null,
) {
  const now = new Date();
  const opened = await openPkcs12Signer(signer.p12, signer.password, now);
  return signPdf({ pdf, signer: opened, now, timestamp });
}

function requireValid(report: PdfSignaturesReport, what: string): void {
  const signature = report.signatures[0];
  if (report.signatures.length !== 1 || signature?.status !== 'valid')
    throw new Error(`${what} did not verify: ${JSON.stringify(report).slice(0, 600)}`);
}

export async function signLetterBench(
  letter: Uint8Array,
  signer: BenchSigner,
  runs: number,
  log: Log,
): Promise<{ metrics: Metrics; signed: Uint8Array }> {
  const open = await timeRuns(runs, () =>
    openPkcs12Signer(signer.p12, signer.password, new Date()),
  );
  const signing = await timeRuns(runs, () => openAndSign(letter, signer));
  const signed = signing.result.pdf;
  requireValid(await verifyPdfSignatures(signed, { trust: signer.trust }), 'the signed letter');
  const floor = await timeRuns(runs, () => signFloor(letter, signer.privateKey));
  log(
    `letters: signing the letter (${(letter.byteLength / 1024).toFixed(0)} KB, open .p12 + B-B): ${list(signing.allMs)} ms; opening the .p12 alone ${list(open.allMs)} ms; floor ${list(floor.allMs)} ms`,
  );
  return {
    signed,
    metrics: {
      sign_letter_ms: ms(signing.medianMs),
      sign_p12_open_ms: ms(open.medianMs),
      sign_floor_ms: Math.round(floor.medianMs * 100) / 100,
    },
  };
}

async function startTsa(): Promise<{ client: TimestampClient; close: () => Promise<void> }> {
  const tsa = await startTestTsa();
  return { client: new TimestampClient({ url: tsa.url, timeoutMs: 10_000 }), close: tsa.close };
}

/** The 20 MB file: signing B-B and B-T, and verifying, each with its floor. */
export async function bigPdfBench(
  pdf: Uint8Array,
  signer: BenchSigner,
  runs: number,
  log: Log,
): Promise<Metrics> {
  const signing = await timeRuns(runs, () => openAndSign(pdf, signer));
  const signed = signing.result.pdf;
  const signFloorRun = await timeRuns(runs, () => signFloor(pdf, signer.privateKey));
  const verifying = await timeRuns(runs, () =>
    verifyPdfSignatures(signed, { trust: signer.trust }),
  );
  requireValid(verifying.result, 'the signed 20 MB PDF');
  const signature = signFloor(signed, signer.privateKey);
  const verifyFloorRun = await timeRuns(runs, () =>
    verifyFloor(signed, signer.publicKey, signature),
  );
  log(
    `letters: 20 MB (${(pdf.byteLength / MB).toFixed(1)} MB): sign ${list(signing.allMs)} ms (floor ${list(signFloorRun.allMs)}); verify ${list(verifying.allMs)} ms (floor ${list(verifyFloorRun.allMs)})`,
  );

  const tsa = await startTsa();
  let timestamped;
  try {
    timestamped = await timeRuns(runs, () => openAndSign(pdf, signer, tsa.client));
  } finally {
    await tsa.close();
  }
  if (timestamped.result.level !== 'B-T')
    throw new Error(`the TSA did not timestamp: ${timestamped.result.timestampNotice}`);
  log(`letters: 20 MB B-T with the simulator's TSA on 127.0.0.1: ${list(timestamped.allMs)} ms`);
  return {
    sign_20mb_ms: ms(signing.medianMs),
    sign_20mb_floor_ms: ms(signFloorRun.medianMs),
    sign_20mb_bt_ms: ms(timestamped.medianMs),
    verify_20mb_ms: ms(verifying.medianMs),
    verify_20mb_floor_ms: ms(verifyFloorRun.medianMs),
    sign_20mb_input_mb: Math.round((pdf.byteLength / MB) * 10) / 10,
  };
}

const PEAK_CHILD = join(repoRoot, 'bench', 'lettersPeak.ts');

function describe(report: PeakReport): string {
  return `peak RSS ${report.peakMb} MB; before signing ${report.baseMb} MB (runtime ${report.runtimeMb} MB, then the modules, the input and the key); cold signing ${report.signMs} ms`;
}

/**
 * Peak memory of signing the 20 MB file, in a fresh process that does only that: once
 * under tsx's loader (as the bench runs TypeScript), whose on-the-fly compiling holds
 * well over a hundred MB of its own, and once bundled as the app's main is.
 */
export async function peakBench(pdf: Uint8Array, signer: BenchSigner, log: Log): Promise<Metrics> {
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-bench-sign-'));
  try {
    await Promise.all([
      writeFile(join(dir, 'input.pdf'), pdf),
      writeFile(join(dir, 'signer.p12'), signer.p12),
      writeFile(join(dir, 'password.txt'), signer.password),
    ]);
    const tsx = await runJsonChild<PeakReport>(['--import', 'tsx', PEAK_CHILD, dir]);
    log(`letters: 20 MB signing in a fresh process under tsx: ${describe(tsx)}`);
    const bundled = await runJsonChild<PeakReport>([await bundleChild(PEAK_CHILD, dir), dir]);
    log(`letters: 20 MB signing in a fresh process, bundled: ${describe(bundled)}`);
    return {
      sign_20mb_peak_mb: tsx.peakMb,
      sign_20mb_base_mb: tsx.baseMb,
      sign_20mb_runtime_mb: tsx.runtimeMb,
      sign_20mb_cold_ms: tsx.signMs,
      sign_20mb_peak_bundled_mb: bundled.peakMb,
      sign_20mb_base_bundled_mb: bundled.baseMb,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
