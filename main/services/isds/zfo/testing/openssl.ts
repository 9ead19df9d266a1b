/**
 * What openssl reads from a ZFO, for the tests to hold the verifier's answers against
 * an independent implementation. Tests only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTool } from '../../../pdf/testTools';

export interface OpensslReading {
  content: Uint8Array;
  subject: string;
  issuer: string;
  serial: string;
  notBefore: Date;
  notAfter: Date;
  signingTime: Date;
}

export interface OpensslTimestamp {
  genTime: string;
  imprintHex: string;
}

function inTemp<T>(work: (dir: string, run: (...args: string[]) => string) => T): T {
  const openssl = requireTool('openssl', 'openssl');
  const dir = mkdtempSync(join(tmpdir(), 'zfo-openssl-'));
  const run = (...args: string[]) =>
    execFileSync(openssl, args, {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    }).toString('utf8');
  try {
    return work(dir, run);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function field(text: string, name: string): string {
  const found = new RegExp(`^${name}=(.*)$`, 'm').exec(text);
  if (!found?.[1]) throw new Error(`openssl printed no ${name}`);
  return found[1].trim();
}

/** `openssl cms -verify -noverify` (signature checked, chain not) and the signer's certificate. */
export function opensslReadZfo(zfo: Uint8Array): OpensslReading {
  return inTemp((dir, run) => {
    writeFileSync(join(dir, 'in.zfo'), zfo);
    run(
      'cms',
      '-verify',
      '-noverify',
      '-inform',
      'DER',
      '-in',
      'in.zfo',
      '-signer',
      'signer.pem',
      '-out',
      'content.xml',
    );
    const certificate = run(
      'x509',
      '-in',
      'signer.pem',
      '-noout',
      '-subject',
      '-issuer',
      '-serial',
      '-startdate',
      '-enddate',
      '-nameopt',
      'utf8,sep_comma_plus_space',
    );
    const printed = run('cms', '-cmsout', '-print', '-inform', 'DER', '-in', 'in.zfo');
    const utcTime = /UTCTIME:(.+GMT)/.exec(printed)?.[1];
    if (!utcTime) throw new Error('openssl printed no signing time');
    return {
      content: new Uint8Array(readFileSync(join(dir, 'content.xml'))),
      subject: field(certificate, 'subject'),
      issuer: field(certificate, 'issuer'),
      serial: field(certificate, 'serial'),
      notBefore: new Date(field(certificate, 'notBefore')),
      notAfter: new Date(field(certificate, 'notAfter')),
      signingTime: new Date(utcTime),
    };
  });
}

/** genTime (ISO) and the imprint of a TimeStampToken, as `openssl asn1parse` decodes the TSTInfo. */
export function opensslReadTimestamp(token: Uint8Array): OpensslTimestamp {
  return inTemp((dir, run) => {
    writeFileSync(join(dir, 'token.der'), token);
    const outer = run('asn1parse', '-inform', 'DER', '-in', 'token.der').split('\n');
    const marker = outer.findIndex((line) => line.includes(':id-smime-ct-TSTInfo'));
    const octets = outer.slice(marker).find((line) => line.includes('OCTET STRING'));
    const offset = octets ? /^\s*(\d+):/.exec(octets)?.[1] : undefined;
    if (!offset) throw new Error('openssl found no TSTInfo');
    const inner = run('asn1parse', '-inform', 'DER', '-in', 'token.der', '-strparse', offset);
    const time = /GENERALIZEDTIME\s*:(\d{14})(?:\.(\d+))?Z/.exec(inner);
    const imprint = /OCTET STRING\s*\[HEX DUMP\]:([0-9A-F]+)/.exec(inner);
    if (!time?.[1] || !imprint?.[1]) throw new Error('openssl printed no genTime or imprint');
    const t = time[1];
    const millis = (time[2] ?? '').padEnd(3, '0').slice(0, 3);
    return {
      genTime: `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12, 14)}.${millis}Z`,
      imprintHex: imprint[1].toLowerCase(),
    };
  });
}

/** `openssl cms -verify` with the chain checked against `caPem`: throws when it fails. */
export function opensslVerifyWithCa(zfo: Uint8Array, caPem: string): Uint8Array {
  return inTemp((dir, run) => {
    writeFileSync(join(dir, 'in.zfo'), zfo);
    writeFileSync(join(dir, 'ca.pem'), caPem);
    run(
      'cms',
      '-verify',
      '-inform',
      'DER',
      '-in',
      'in.zfo',
      '-CAfile',
      'ca.pem',
      '-purpose',
      'any',
      '-out',
      'content.xml',
    );
    return new Uint8Array(readFileSync(join(dir, 'content.xml')));
  });
}

/** `openssl ts -verify` of a token over a hex digest, against `caPem`: throws when it fails. */
export function opensslVerifyTimestamp(token: Uint8Array, digestHex: string, caPem: string): void {
  inTemp((dir, run) => {
    writeFileSync(join(dir, 'token.der'), token);
    writeFileSync(join(dir, 'ca.pem'), caPem);
    run(
      'ts',
      '-verify',
      '-digest',
      digestHex,
      '-in',
      'token.der',
      '-token_in',
      '-CAfile',
      'ca.pem',
    );
  });
}
