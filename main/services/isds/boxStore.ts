import type { IsdsBoxInfo, IsdsBoxSettings } from '../../../common/contract/isds';
import type { AppConfig, AppConfigPatch, AppInfo } from '../../../common/contract/types';
import type { CredentialStore } from '../credentials/credentialStore';
import type { ClientCertificate } from '../essl/agents';
import { checkPkcs12 } from './certificate';
import type { DemoBox } from './demoBoxes';
import { configError } from './errors';

/** The credential-store accounts of a box's secrets. */
export function secretAccounts(key: string): {
  password: string;
  pkcs12: string;
  passphrase: string;
} {
  return {
    password: `isds.${key}.password`,
    pkcs12: `isds.${key}.pkcs12`,
    passphrase: `isds.${key}.passphrase`,
  };
}

export interface BoxSecrets {
  password: string | null;
  certificate: ClientCertificate | null;
}

/** A box as the calls need it: its settings and, for a demo box, the simulator's login. */
export interface ResolvedBox {
  settings: IsdsBoxSettings;
  demo: DemoBox | null;
}

export interface BoxStoreSources {
  info: AppInfo;
  config: { get(): Promise<AppConfig>; update(patch: AppConfigPatch): Promise<AppConfig> };
  credentials: CredentialStore;
  /** The demo's boxes (cached by the caller); asked only in demo mode. */
  demoBoxes(simUrl: string): Promise<DemoBox[]>;
}

export interface SecretsUpdate {
  /** undefined: unchanged; null: removed. */
  password?: string | null;
  certificate?: { pkcs12: Uint8Array; passphrase: string } | null;
}

/**
 * The configured data boxes: their settings in the app's config file, their secrets
 * in the credential store (never in the config). In demo mode the simulator's
 * municipality and school boxes come first; what the clerk changed about them
 * (label, polling) is kept in the config under the same key.
 */
export class BoxStore {
  constructor(private readonly sources: BoxStoreSources) {}

  async list(): Promise<IsdsBoxInfo[]> {
    const boxes = await this.resolveAll();
    return Promise.all(boxes.map((box) => this.describe(box)));
  }

  async get(key: string): Promise<ResolvedBox> {
    const found = (await this.resolveAll()).find((box) => box.settings.key === key);
    if (!found)
      throw configError(
        `no box ${key}`,
        'Tato datová schránka není nastavená. Přidejte ji v Nastavení → Datové schránky.',
      );
    return found;
  }

  async info(key: string): Promise<IsdsBoxInfo> {
    return this.describe(await this.get(key));
  }

  async save(box: IsdsBoxSettings): Promise<IsdsBoxInfo> {
    const stored = (await this.sources.config.get()).isdsBoxes;
    const index = stored.findIndex((item) => item.key === box.key);
    const next = index < 0 ? [...stored, box] : stored.map((item, i) => (i === index ? box : item));
    await this.sources.config.update({ isdsBoxes: next });
    return this.info(box.key);
  }

  /** Removes the box's settings and its secrets; a demo box stays (the simulator's). */
  async remove(key: string): Promise<boolean> {
    const stored = (await this.sources.config.get()).isdsBoxes;
    const next = stored.filter((item) => item.key !== key);
    const accounts = secretAccounts(key);
    const removedSecrets = await Promise.all(
      [accounts.password, accounts.pkcs12, accounts.passphrase].map((account) =>
        this.sources.credentials.remove(account),
      ),
    );
    if (next.length !== stored.length) await this.sources.config.update({ isdsBoxes: next });
    return next.length !== stored.length || removedSecrets.some(Boolean);
  }

  async setSecrets(key: string, update: SecretsUpdate): Promise<IsdsBoxInfo> {
    await this.get(key);
    const { credentials } = this.sources;
    const accounts = secretAccounts(key);
    if (update.certificate) {
      // A wrong passphrase or a file that is not PKCS#12 is said now, not at the first call.
      checkPkcs12(update.certificate);
      await credentials.store(
        accounts.pkcs12,
        Buffer.from(update.certificate.pkcs12).toString('base64'),
      );
      await credentials.store(accounts.passphrase, update.certificate.passphrase);
    } else if (update.certificate === null) {
      await credentials.remove(accounts.pkcs12);
      await credentials.remove(accounts.passphrase);
    }
    if (typeof update.password === 'string')
      await credentials.store(accounts.password, update.password);
    else if (update.password === null) await credentials.remove(accounts.password);
    return this.info(key);
  }

  /** Keeps the box ID ISDS told at a login (GetOwnerInfoFromLogin). */
  async rememberDbID(key: string, dbID: string): Promise<void> {
    const box = await this.get(key);
    if (box.settings.dbID === dbID) return;
    await this.save({ ...box.settings, dbID });
  }

  async secrets(box: ResolvedBox): Promise<BoxSecrets> {
    if (box.demo) return { password: box.demo.password, certificate: null };
    const { credentials } = this.sources;
    const accounts = secretAccounts(box.settings.key);
    const [password, pkcs12, passphrase] = await Promise.all([
      credentials.read(accounts.password),
      credentials.read(accounts.pkcs12),
      credentials.read(accounts.passphrase),
    ]);
    return {
      password,
      certificate:
        pkcs12 === null
          ? null
          : { pfx: new Uint8Array(Buffer.from(pkcs12, 'base64')), passphrase: passphrase ?? '' },
    };
  }

  private async resolveAll(): Promise<ResolvedBox[]> {
    const config = await this.sources.config.get();
    const stored = config.isdsBoxes;
    const simUrl = this.sources.info.simUrl;
    if (config.mode !== 'demo' || !simUrl)
      return stored.map((settings) => ({ settings, demo: null }));
    const demo = await this.sources.demoBoxes(simUrl);
    const demoKeys = new Set(demo.map((box) => box.settings.key));
    return [
      ...demo.map((box) => {
        const own = stored.find((item) => item.key === box.settings.key);
        // Where and how the demo box is reached is the simulator's to say.
        const settings = own
          ? {
              ...box.settings,
              label: own.label,
              autoPoll: own.autoPoll,
              pollMinutes: own.pollMinutes,
            }
          : box.settings;
        return { settings, demo: { ...box, settings } };
      }),
      ...stored
        .filter((item) => !demoKeys.has(item.key))
        .map((settings) => ({ settings, demo: null })),
    ];
  }

  private async describe(box: ResolvedBox): Promise<IsdsBoxInfo> {
    if (box.demo) return { ...box.settings, hasPassword: true, hasCertificate: false };
    const accounts = secretAccounts(box.settings.key);
    const [hasPassword, hasCertificate] = await Promise.all([
      this.sources.credentials.has(accounts.password),
      this.sources.credentials.has(accounts.pkcs12),
    ]);
    return { ...box.settings, hasPassword, hasCertificate };
  }
}
