/**
 * A package whose pkcs11js does not load (left out, or built for another Node ABI): card
 * signing says so in Czech, whatever module path is configured.
 */
import { describe, expect, it, vi } from 'vitest';
import { encodeCertificateId } from './certificateId';
import { listTokenCertificates } from './listCertificates';
import { openPkcs11Signer } from './pkcs11Signer';

vi.mock('pkcs11js', () => {
  throw new Error('pkcs11.node: invalid ELF header');
});

const MISSING =
  'Podpora čipových karet se nenačetla (chybí knihovna pkcs11js). Přeinstalujte aplikaci.';

describe('without a loadable pkcs11js', () => {
  it('listing tokens fails with errors.pkcs11.bindingMissing, not with the module path', async () => {
    await expect(
      listTokenCertificates(['/usr/lib/softhsm/libsofthsm2.so'], new Date()),
    ).rejects.toMatchObject({ code: 'errors.pkcs11.bindingMissing', message: MISSING });
  });

  it('opening a signer fails with errors.pkcs11.bindingMissing', async () => {
    const id = encodeCertificateId({
      modulePath: '/usr/lib/softhsm/libsofthsm2.so',
      tokenSerial: '1',
      tokenLabel: 'Starosta',
      keyIdHex: '01',
      fingerprint: '0'.repeat(64),
    });
    await expect(openPkcs11Signer(id, '1234', new Date())).rejects.toMatchObject({
      code: 'errors.pkcs11.bindingMissing',
      message: MISSING,
    });
  });
});
