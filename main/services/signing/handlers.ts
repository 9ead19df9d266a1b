import type { Handlers } from '../../../common/contract/api';
import { ServiceError } from '../../../common/contract/envelope';
import type { MethodName } from '../../../common/contract/methods';
import type {
  SignerChoice,
  SigningCertificateCheck,
  VisibleSignatureBox,
} from '../../../common/contract/signing';
import type { AppConfig, AppInfo } from '../../../common/contract/types';
import type { CredentialStore } from '../credentials/credentialStore';
import type { Logger } from '../log/logger';
import type { DemoSigning } from './demoSigning';
import { createSigningTrust, type SigningTrust } from './trustSource';
import { defaultPkcs11ModulePaths, listTokenCertificates, openPkcs11Signer } from './pkcs11';
import { openPkcs12Signer } from './pkcs12Signer';
import { addDocumentTimestamp, signPdf } from './signPdf';
import type { PdfSigner } from './signer';
import { StoredSigners, DEMO_SIGNER_ID } from './storedSigners';
import { TimestampClient } from './tsa/timestampClient';
import { verifyPdfSignatures } from './verify';

export type SigningMethodName = Extract<MethodName, `signing.${string}`>;
export type SigningHandlers = Pick<Handlers, SigningMethodName>;

export interface SigningHandlerDeps {
  info: AppInfo;
  config: { get(): Promise<AppConfig> };
  credentials: CredentialStore;
  logger: Logger;
  /** The TrueType font a visible signature is drawn with (DejaVu Sans from the assets). */
  signatureFont: () => Promise<Uint8Array>;
  /** The demo mayor's certificate and the simulator's CA (tests hand in their own). */
  fetchDemoSigning?: (simUrl: string) => Promise<DemoSigning>;
  now?: () => Date;
  /** Shared with the conversion's verification (one cache of the demo answers). */
  trustSource?: SigningTrust;
}

/** A signer for one call, with what must be released after it (a token session). */
interface OpenedSigner {
  signer: PdfSigner;
  close(): Promise<void>;
}

/**
 * The `signing.*` half of the contract: PAdES signing with a PKCS#12 file or a PKCS#11
 * token, document timestamps, and verification. Secrets (password, PIN) arrive with the
 * call and are used only within it; a PKCS#12 is kept only when the mayor asks, and then
 * only in the OS keychain.
 */
export function createSigningHandlers(deps: SigningHandlerDeps): SigningHandlers {
  const { info, config, credentials, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const { demoSigning, trust } = deps.trustSource ?? createSigningTrust(deps);
  const stored = new StoredSigners(credentials);

  async function timestampClient(): Promise<TimestampClient | null> {
    const current = await config.get();
    const simUrl = current.mode === 'demo' ? info.simUrl : null;
    const url = current.tsaUrl ?? (simUrl ? new URL('/tsa', simUrl).toString() : null);
    if (!url) return null;
    return new TimestampClient({ url, caPem: current.esslCaPem, proxyUrl: current.proxyUrl });
  }

  async function openSigner(choice: SignerChoice): Promise<OpenedSigner> {
    const at = now();
    switch (choice.kind) {
      case 'pkcs12': {
        const signer = await openPkcs12Signer(choice.pkcs12, choice.password, at);
        if (choice.remember) {
          await stored.remember(choice.pkcs12, choice.password, signer.check, at);
          logger.info('signing: certificate kept in the keychain', {
            serial: signer.check.certificate.serialNumber,
          });
        }
        return { signer, close: async () => {} };
      }
      case 'storedPkcs12': {
        if (choice.id === DEMO_SIGNER_ID) {
          const demoSigner = await demoSigning();
          if (!demoSigner) throw stored.notFound();
          return {
            signer: await openPkcs12Signer(demoSigner.pkcs12, demoSigner.password, at),
            close: async () => {},
          };
        }
        const secret = await stored.read(choice.id);
        return {
          signer: await openPkcs12Signer(secret.pkcs12, secret.password, at),
          close: async () => {},
        };
      }
      case 'pkcs11': {
        const signer = await openPkcs11Signer(choice.id, choice.pin, at);
        return { signer, close: () => signer.close() };
      }
    }
  }

  // Unlocking the demo PKCS#12 costs its key derivation; the sign dialog lists the
  // signers every time it opens, so the check is kept with the (cached) demo answer.
  const demoChecks = new WeakMap<DemoSigning, Promise<SigningCertificateCheck>>();
  function demoCheck(demoSigner: DemoSigning): Promise<SigningCertificateCheck> {
    let check = demoChecks.get(demoSigner);
    if (!check) {
      check = openPkcs12Signer(demoSigner.pkcs12, demoSigner.password, now()).then(
        (signer) => signer.check,
      );
      check.catch(() => demoChecks.delete(demoSigner));
      demoChecks.set(demoSigner, check);
    }
    return check;
  }

  async function withSigner<T>(choice: SignerChoice, use: (signer: PdfSigner) => Promise<T>) {
    const opened = await openSigner(choice);
    try {
      return await use(opened.signer);
    } finally {
      await opened.close();
    }
  }

  async function modulePaths(): Promise<string[]> {
    const configured = (await config.get()).pkcs11Modules;
    return configured.length > 0 ? configured : defaultPkcs11ModulePaths();
  }

  async function visibleOf(box: VisibleSignatureBox | null | undefined) {
    if (!box) return null;
    return { ...box, page: box.page + 1, lines: [], font: await deps.signatureFont() };
  }

  return {
    'signing.inspect': ({ signer }) => withSigner(signer, async (opened) => opened.check),
    'signing.tokens': async () => ({
      certificates: await listTokenCertificates(await modulePaths(), now()),
    }),
    'signing.storedSigners': async () => {
      const demoSigner = await demoSigning().catch(() => null);
      const signers = await stored.list();
      if (!demoSigner) return { signers };
      return {
        signers: [
          { id: DEMO_SIGNER_ID, check: await demoCheck(demoSigner), storedAt: '' },
          ...signers,
        ],
      };
    },
    'signing.forgetSigner': async ({ id }) => ({ removed: await stored.forget(id) }),
    'signing.sign': async (request) => {
      const tsa = request.timestamp ? await timestampClient() : null;
      try {
        const outcome = await withSigner(request.signer, async (signer) =>
          signPdf({
            pdf: request.pdf,
            signer,
            timestamp: tsa,
            reason: request.reason,
            location: request.location,
            visible: await visibleOf(request.visible),
            now: now(),
          }),
        );
        logger.info('signing: signed', {
          level: outcome.level,
          notice: outcome.timestampNotice ?? 'none',
          bytes: outcome.pdf.byteLength,
        });
        return request.timestamp && !tsa
          ? { ...outcome, timestampNotice: 'notConfigured' as const }
          : outcome;
      } finally {
        tsa?.close();
      }
    },
    'signing.addTimestamp': async ({ pdf }) => {
      const tsa = await timestampClient();
      if (!tsa)
        throw new ServiceError(
          'errors.signing.tsaNotConfigured',
          'Adresa autority časových razítek není nastavena (Nastavení → Podepisování).',
        );
      try {
        return await addDocumentTimestamp(pdf, tsa, now());
      } finally {
        tsa.close();
      }
    },
    'signing.verify': async ({ pdf }) =>
      verifyPdfSignatures(pdf, { trust: await trust(), now: now() }),
  };
}
