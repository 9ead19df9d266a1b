/**
 * Listing and signing against a real SoftHSM2 token (no mocks on the happy path): keys
 * imported with softhsm2-util, certificates created over PKCS#11, PDFs signed through
 * @libpdf/core and judged by poppler's pdfsig. Failures a module reports are forced by
 * a wrapper in front of the real module only where SoftHSM cannot produce them.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDF } from '@libpdf/core';
import pkcs11js from 'pkcs11js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenCertificate } from '../../../../common/contract/signing';
import { testPki, type TestPki } from '../testing/testCertificates';
import { encodeCertificateId, decodeCertificateId } from './certificateId';
import { PKCS11_ERROR_MESSAGES } from './errors';
import { listTokenCertificates } from './listCertificates';
import {
  closePkcs11Modules,
  loadPkcs11Module,
  type Pkcs11Module,
  type Pkcs11ModuleLoader,
} from './moduleLoader';
import { openPkcs11Signer, type Pkcs11Signer } from './pkcs11Signer';
import { letterPdf, pdfsig } from './testPdf';
import {
  addAlwaysAuthenticateEcKey,
  addCertificate,
  asUser,
  slotOfToken,
  startSoftHsm,
  type SoftHsm,
} from './testSoftHsm';

const MAIN = { label: 'Starosta', pin: '1234' };
const REPEAT = { label: 'Opakovany PIN', pin: '2468' };
const PULLED = { label: 'Vyjmuta A', pin: '1111' };
const DELETED = { label: 'Vyjmuta B', pin: '1111' };

let hsm: SoftHsm;
let pki: TestPki;
let module: Pkcs11Module;
let listed: TokenCertificate[];
let pdf: Uint8Array;

beforeAll(async () => {
  [pki, hsm, pdf] = await Promise.all([testPki(), startSoftHsm(), letterPdf()]);
  for (const token of [MAIN, REPEAT, PULLED, DELETED]) await hsm.initToken(token.label, token.pin);
  await hsm.importKeyPair(MAIN.label, MAIN.pin, pki.qualified.keyPem, '01');
  await hsm.importKeyPair(MAIN.label, MAIN.pin, pki.ecQualified.keyPem, '02');
  await hsm.importKeyPair(MAIN.label, MAIN.pin, pki.expired.keyPem, '03');
  await hsm.importKeyPair(PULLED.label, PULLED.pin, pki.nonQualified.keyPem, '01');
  await hsm.importKeyPair(DELETED.label, DELETED.pin, pki.nonQualified.keyPem, '01');

  module = await loadPkcs11Module(hsm.modulePath);
  asUser(module, MAIN.label, MAIN.pin, (session) => {
    addCertificate(module, session, pki.qualified.certDer, '01', 'Podpis RSA');
    addCertificate(module, session, pki.ecQualified.certDer, '02', 'Podpis EC');
    addCertificate(module, session, pki.expired.certDer, '03', 'Prošlý');
    addCertificate(module, session, pki.ca.certDer, null, 'Certifikační autorita');
    // A certificate whose key is not on this token must not be offered.
    addCertificate(module, session, pki.nonQualified.certDer, '09', 'Bez klíče');
  });
  asUser(module, REPEAT.label, REPEAT.pin, (session) => {
    addAlwaysAuthenticateEcKey(module, session, pki.ecQualified.keyPem, '05');
    addCertificate(module, session, pki.ecQualified.certDer, '05', 'Podpis s PINem pokaždé');
  });
  for (const token of [PULLED, DELETED]) {
    asUser(module, token.label, token.pin, (session) => {
      addCertificate(module, session, pki.nonQualified.certDer, '01', 'Podpis');
    });
  }
  listed = await listTokenCertificates([hsm.modulePath], new Date());
}, 30_000);

afterAll(async () => {
  closePkcs11Modules();
  await hsm?.cleanup();
});

function certificateOn(tokenLabel: string, label: string): TokenCertificate {
  const found = listed.find((item) => item.tokenLabel === tokenLabel && item.label === label);
  if (!found) throw new Error(`${label} on ${tokenLabel} not listed`);
  return found;
}

/** Signs with a fresh signer and always closes it, as the signing service does. */
async function signWith(id: string, pin: string, loader?: Pkcs11ModuleLoader): Promise<Uint8Array> {
  const signer = await openPkcs11Signer(id, pin, new Date(), loader ? { loadModule: loader } : {});
  try {
    const document = await PDF.load(pdf);
    return (await document.sign({ signer, reason: 'Schváleno' })).bytes;
  } finally {
    await signer.close();
  }
}

type Pkcs11ErrorClass = new (message: string) => Error;
const Pkcs11Error = (pkcs11js as unknown as { Pkcs11Error: Pkcs11ErrorClass }).Pkcs11Error;

function returnValue(name: string): Error {
  const code = (pkcs11js as unknown as Record<string, number>)[name];
  return new Pkcs11Error(`${name}:${code}`);
}

/** The real module, with `change` replacing some of its functions. */
function wrapped(change: Partial<Record<keyof Pkcs11Module, unknown>>): Pkcs11ModuleLoader {
  return async (path) => {
    const real = await loadPkcs11Module(path);
    return new Proxy(real, {
      get(target, property) {
        if (typeof property === 'string' && property in change) {
          return change[property as keyof Pkcs11Module];
        }
        const value: unknown = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
}

describe('listing', () => {
  it('offers every key with its certificate on every present token, without a PIN', () => {
    const summary = listed
      .map((item) => `${item.tokenLabel} / ${item.label} / ${item.check.certificate.subjectName}`)
      .sort();
    expect(summary).toEqual([
      'Opakovany PIN / Podpis s PINem pokaždé / Marie Eliptická',
      'Starosta / Podpis EC / Marie Eliptická',
      'Starosta / Podpis RSA / Jan Novák',
      'Starosta / Prošlý / Karel Prošlý',
      'Vyjmuta A / Podpis / Petra Dvořáková',
      'Vyjmuta B / Podpis / Petra Dvořáková',
    ]);
  });

  it('gives each certificate the token serial, a checked certificate and an id naming the key', () => {
    const rsa = certificateOn(MAIN.label, 'Podpis RSA');
    expect(rsa.tokenSerial).toMatch(/^[0-9a-f]{16}$/);
    expect(rsa.check.qualified).toBe(true);
    expect(rsa.check.blocking).toEqual([]);
    expect(decodeCertificateId(rsa.id)).toMatchObject({
      modulePath: hsm.modulePath,
      tokenLabel: MAIN.label,
      tokenSerial: rsa.tokenSerial,
      keyIdHex: '01',
    });
    expect(certificateOn(MAIN.label, 'Prošlý').check.blocking).toContain(
      'signing.certificate.expired',
    );
  });

  it('lists a library reached by two paths once', async () => {
    const link = join(hsm.dir, 'softhsm-link.so');
    const { symlink } = await import('node:fs/promises');
    await symlink(hsm.modulePath, link);
    const twice = await listTokenCertificates([hsm.modulePath, link], new Date());
    expect(twice).toHaveLength(listed.length);
  });
});

describe('signing a PDF', () => {
  it('signs with an RSA key (CKM_SHA256_RSA_PKCS) and pdfsig finds the signature valid', async () => {
    const signed = await signWith(certificateOn(MAIN.label, 'Podpis RSA').id, MAIN.pin);
    const report = await pdfsig(signed);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Jan Novák');
    expect(Buffer.from(signed.subarray(0, pdf.length)).equals(Buffer.from(pdf))).toBe(true);
  });

  it('puts the CA certificate found on the token into the chain', async () => {
    const signer = await openPkcs11Signer(
      certificateOn(MAIN.label, 'Podpis RSA').id,
      MAIN.pin,
      new Date(),
    );
    try {
      expect(signer.keyType).toBe('RSA');
      expect(signer.signatureAlgorithm).toBe('RSASSA-PKCS1-v1_5');
      expect(signer.certificateChain?.map((der) => Buffer.from(der).toString('hex'))).toEqual([
        Buffer.from(pki.ca.certDer).toString('hex'),
      ]);
    } finally {
      await signer.close();
    }
  });

  it('signs with an EC P-256 key (CKM_ECDSA, DER signature) and pdfsig finds it valid', async () => {
    const signed = await signWith(certificateOn(MAIN.label, 'Podpis EC').id, MAIN.pin);
    const report = await pdfsig(signed);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Marie Eliptická');
  });

  it('gives the PIN again for a key that wants it before each signature', async () => {
    const signed = await signWith(
      certificateOn(REPEAT.label, 'Podpis s PINem pokaždé').id,
      REPEAT.pin,
    );
    expect(await pdfsig(signed)).toContain('Signature is Valid.');
  });

  it('hashes here and signs a DigestInfo when the token offers only CKM_RSA_PKCS', async () => {
    const combined = new Set([
      pkcs11js.CKM_SHA256_RSA_PKCS,
      pkcs11js.CKM_SHA384_RSA_PKCS,
      pkcs11js.CKM_SHA512_RSA_PKCS,
    ]);
    const mechanismsSeen: number[] = [];
    const real = await loadPkcs11Module(hsm.modulePath);
    const loader = wrapped({
      C_GetMechanismList: (slot: Buffer) =>
        real.C_GetMechanismList(slot).filter((mechanism) => !combined.has(mechanism)),
      C_SignInit: (session: Buffer, mechanism: pkcs11js.Mechanism, key: Buffer) => {
        mechanismsSeen.push(mechanism.mechanism);
        real.C_SignInit(session, mechanism, key);
      },
    });
    const signed = await signWith(certificateOn(MAIN.label, 'Podpis RSA').id, MAIN.pin, loader);
    expect(mechanismsSeen).toEqual([pkcs11js.CKM_RSA_PKCS]);
    expect(await pdfsig(signed)).toContain('Signature is Valid.');
  });

  it('opens a signer for an expired certificate (to show why) but refuses to sign with it', async () => {
    const signer = await openPkcs11Signer(
      certificateOn(MAIN.label, 'Prošlý').id,
      MAIN.pin,
      new Date(),
    );
    try {
      expect(signer.check.blocking).toContain('signing.certificate.expired');
      const document = await PDF.load(pdf);
      await expect(document.sign({ signer })).rejects.toMatchObject({
        code: 'errors.signing.certificateBlocked',
      });
    } finally {
      await signer.close();
    }
  });
});

describe('PIN', () => {
  it('says in Czech that a wrong PIN is wrong and that the card locks after more tries', async () => {
    const id = certificateOn(MAIN.label, 'Podpis RSA').id;
    await expect(openPkcs11Signer(id, '0000', new Date())).rejects.toMatchObject({
      code: 'errors.pkcs11.wrongPin',
      message: 'PIN není správný. Po několika chybných pokusech se karta zablokuje.',
    });
    // The failed attempt left no session or login behind: the right PIN opens at once.
    const signer = await openPkcs11Signer(id, MAIN.pin, new Date());
    await signer.close();
  });

  it('says a wrong PIN given again for a key that asks before each signature', async () => {
    const real = await loadPkcs11Module(hsm.modulePath);
    const loader = wrapped({
      C_Login: (session: Buffer, userType: number, pin?: string) =>
        real.C_Login(session, userType, userType === pkcs11js.CKU_CONTEXT_SPECIFIC ? '9999' : pin),
    });
    const id = certificateOn(REPEAT.label, 'Podpis s PINem pokaždé').id;
    await expect(signWith(id, REPEAT.pin, loader)).rejects.toMatchObject({
      code: 'errors.pkcs11.wrongPin',
    });
  });

  it('says the PIN is locked (CKR_PIN_LOCKED)', async () => {
    const loader = wrapped({
      C_Login: () => {
        throw returnValue('CKR_PIN_LOCKED');
      },
    });
    await expect(
      openPkcs11Signer(certificateOn(MAIN.label, 'Podpis RSA').id, MAIN.pin, new Date(), {
        loadModule: loader,
      }),
    ).rejects.toMatchObject({
      code: 'errors.pkcs11.pinLocked',
      message: PKCS11_ERROR_MESSAGES.pinLocked,
    });
  });

  it('does not send an empty PIN to a card without a PIN pad', async () => {
    await expect(
      openPkcs11Signer(certificateOn(MAIN.label, 'Podpis RSA').id, '', new Date()),
    ).rejects.toMatchObject({
      code: 'errors.pkcs11.pinRequired',
      message: 'Zadejte PIN ke kartě.',
    });
  });
});

describe('the card leaves during signing', () => {
  const removedMessage =
    'Karta nebo token byly vyjmuty během podepisování. Dokument nebyl podepsán — vložte kartu a zkuste to znovu.';

  /** Signs, letting `meanwhile` happen after the PIN was accepted; returns what the caller got. */
  async function signAcross(
    id: string,
    pin: string,
    meanwhile: (signer: Pkcs11Signer) => Promise<void>,
    loader?: Pkcs11ModuleLoader,
  ): Promise<{ output: Uint8Array | undefined; error: unknown }> {
    const signer = await openPkcs11Signer(
      id,
      pin,
      new Date(),
      loader ? { loadModule: loader } : {},
    );
    let output: Uint8Array | undefined;
    let error: unknown;
    try {
      await meanwhile(signer);
      const document = await PDF.load(pdf);
      output = (await document.sign({ signer })).bytes;
    } catch (caught) {
      error = caught;
    } finally {
      await signer.close();
    }
    return { output, error };
  }

  it('all sessions closed under us (CKR_SESSION_HANDLE_INVALID): Czech message, no PDF', async () => {
    const id = certificateOn(PULLED.label, 'Podpis').id;
    const result = await signAcross(id, PULLED.pin, async () => {
      module.C_CloseAllSessions(slotOfToken(module, PULLED.label));
    });
    expect(result.output).toBeUndefined();
    expect(result.error).toMatchObject({
      code: 'errors.pkcs11.tokenRemoved',
      message: removedMessage,
    });
    // Put back, the card signs again.
    expect(await pdfsig(await signWith(id, PULLED.pin))).toContain('Signature is Valid.');
  });

  it('the reader reports the device removed at C_Sign (CKR_DEVICE_REMOVED): no PDF', async () => {
    const loader = wrapped({
      C_SignAsync: () => Promise.reject(returnValue('CKR_DEVICE_REMOVED')),
    });
    const id = certificateOn(PULLED.label, 'Podpis').id;
    const result = await signAcross(id, PULLED.pin, async () => {}, loader);
    expect(result.output).toBeUndefined();
    expect(result.error).toMatchObject({
      code: 'errors.pkcs11.tokenRemoved',
      message: removedMessage,
    });
  });

  it('the token is deleted after login (its key handle is gone): Czech message, no PDF', async () => {
    const id = certificateOn(DELETED.label, 'Podpis').id;
    const result = await signAcross(id, DELETED.pin, () => hsm.deleteToken(DELETED.label));
    expect(result.output).toBeUndefined();
    expect(result.error).toMatchObject({
      code: 'errors.pkcs11.tokenRemoved',
      message: removedMessage,
    });
  });
});

describe('finding the module, the card and the certificate', () => {
  it('names a module path that does not exist', async () => {
    const path = '/opt/neexistuje/libkarta.so';
    const expected = `Ovladač karty (knihovnu PKCS#11) ${path} nelze načíst. Zkontrolujte cestu v nastavení podepisování nebo nainstalujte ovladač karty.`;
    await expect(listTokenCertificates([path], new Date())).rejects.toMatchObject({
      code: 'errors.pkcs11.moduleMissing',
      message: expected,
      params: { path },
    });
    const id = encodeCertificateId({
      modulePath: path,
      tokenSerial: '1',
      tokenLabel: 'x',
      keyIdHex: '01',
      fingerprint: '0'.repeat(64),
    });
    await expect(openPkcs11Signer(id, '1234', new Date())).rejects.toMatchObject({
      code: 'errors.pkcs11.moduleMissing',
      message: expected,
    });
  });

  it('names a module file that is not a PKCS#11 library', async () => {
    const path = join(hsm.dir, 'neni-knihovna.so');
    await writeFile(path, 'toto není sdílená knihovna');
    await expect(listTokenCertificates([path], new Date())).rejects.toMatchObject({
      code: 'errors.pkcs11.moduleMissing',
      message: expect.stringContaining(path),
    });
  });

  it('says the certificate is not on the inserted card when another card is in', async () => {
    const ref = decodeCertificateId(certificateOn(MAIN.label, 'Podpis RSA').id);
    if (!ref) throw new Error('id does not decode');
    const otherCard = encodeCertificateId({ ...ref, tokenSerial: '0000000000000000' });
    await expect(openPkcs11Signer(otherCard, MAIN.pin, new Date())).rejects.toMatchObject({
      code: 'errors.pkcs11.certificateNotFound',
      message:
        'Vybraný certifikát na vložené kartě není. Vložte správnou kartu a certifikát vyberte znovu.',
    });
  });

  it('says the certificate is not there when the card holds a different one under that key id', async () => {
    const ref = decodeCertificateId(certificateOn(MAIN.label, 'Podpis RSA').id);
    if (!ref) throw new Error('id does not decode');
    const renewed = encodeCertificateId({ ...ref, fingerprint: 'a'.repeat(64) });
    await expect(openPkcs11Signer(renewed, MAIN.pin, new Date())).rejects.toMatchObject({
      code: 'errors.pkcs11.certificateNotFound',
    });
  });

  it('treats an id it did not make as a certificate not found', async () => {
    await expect(openPkcs11Signer('nesmysl', MAIN.pin, new Date())).rejects.toMatchObject({
      code: 'errors.pkcs11.certificateNotFound',
    });
  });

  it('lets one signer at a time use a token, and frees it on close', async () => {
    const id = certificateOn(MAIN.label, 'Podpis RSA').id;
    const first = await openPkcs11Signer(id, MAIN.pin, new Date());
    try {
      await expect(openPkcs11Signer(id, MAIN.pin, new Date())).rejects.toMatchObject({
        code: 'errors.pkcs11.busy',
        message:
          'Touto kartou se právě podepisuje jiný dokument. Počkejte, až podepisování skončí.',
      });
    } finally {
      await first.close();
      await first.close();
    }
    const second = await openPkcs11Signer(id, MAIN.pin, new Date());
    await second.close();
  });
});
