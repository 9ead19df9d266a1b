import { ServiceError } from '../../common/contract/envelope';
import type { Handlers } from '../../common/contract/api';
import type { PlatformMethodName } from '../../common/contract/methods';
import type { EventName, EventPayload } from '../../common/contract/events';
import type { AppInfo } from '../../common/contract/types';
import type { ConfigStore } from './config/configStore';
import { checkConnectivity } from './connectivity/check';
import type { CredentialStore } from './credentials/credentialStore';
import { fetchDemoSeed } from './demo/seedClient';
import { createEsslHandlers, type EsslHandlerDeps } from './essl/handlers';
import { createIsdsHandlers, type IsdsHandlerDeps } from './isds/handlers';
import type { Logger } from './log/logger';
import { createSigningHandlers } from './signing/handlers';
import { createSigningTrust } from './signing/trustSource';
import { createConversionHandlers } from './conversion/handlers';
import { createPreviewHandlers } from './preview/handlers';
import type { PdfService } from './pdf/pdfService';

export type ServiceHandlers = Omit<Handlers, PlatformMethodName>;
export type PlatformHandlers = Pick<Handlers, PlatformMethodName>;

export interface EventSink {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export interface ServiceDeps {
  info: AppInfo;
  config: ConfigStore;
  credentials: CredentialStore;
  pdf: PdfService;
  logger: Logger;
  events: EventSink;
  /** Replaces how eSSL clients are built (tests: short timeouts, message capture). */
  esslClientFactory?: EsslHandlerDeps['createClient'];
  /** Replaces how ISDS clients are built (tests: short timeouts, message capture). */
  isdsClientFactory?: IsdsHandlerDeps['createClient'];
}

/**
 * The platform-neutral half of the contract, shared by the Electron shell and the
 * browser host. Arguments arrive validated (see `dispatch`).
 */
export function createServiceHandlers(deps: ServiceDeps): ServiceHandlers {
  const { config, credentials, pdf, logger, events, info } = deps;

  async function connectivityTarget(): Promise<string | null> {
    const current = await config.get();
    if (current.mode === 'demo')
      return info.simUrl ? new URL('/health', info.simUrl).toString() : null;
    return current.esslUrl;
  }

  const trust = createSigningTrust({ info, config });

  return {
    ...createEsslHandlers({
      info,
      config,
      credentials,
      logger,
      createClient: deps.esslClientFactory,
    }),
    ...createIsdsHandlers({
      info,
      config,
      credentials,
      logger,
      createClient: deps.isdsClientFactory,
    }),
    ...createSigningHandlers({
      info,
      config,
      credentials,
      logger,
      signatureFont: () => pdf.regularFontBytes(),
      trustSource: trust,
    }),
    ...createConversionHandlers({ info, config, logger, assets: () => pdf.assets(), trust }),
    ...createPreviewHandlers(),
    'app.getInfo': async () => info,
    'config.get': () => config.get(),
    'config.update': async (patch) => {
      const next = await config.update(patch);
      logger.info('config: updated', { keys: Object.keys(patch).join(',') });
      return next;
    },
    'connectivity.check': async () => {
      const status = await checkConnectivity(await connectivityTarget());
      events.emit('connectivity.changed', status);
      return status;
    },
    'demo.loadSeed': async () => {
      if (!info.simUrl)
        throw new ServiceError(
          'errors.demo.off',
          'Ukázková data jsou dostupná jen v ukázkovém režimu.',
        );
      return fetchDemoSeed(info.simUrl);
    },
    'credentials.status': async () => ({
      encryptionAvailable: credentials.isEncryptionAvailable(),
      backend: credentials.backend,
    }),
    'credentials.store': async ({ account, secret }) => {
      await credentials.store(account, secret);
      logger.info('credentials: stored', { account });
      return { stored: true };
    },
    'credentials.has': async ({ account }) => ({ present: await credentials.has(account) }),
    'credentials.remove': async ({ account }) => ({ removed: await credentials.remove(account) }),
    'stamp.render': (input) => pdf.renderIntakeStamp(input),
    'journal.exportPdf': (input) => pdf.renderJournal(input),
    'txlog.exportPdf': (input) => pdf.renderTxLogDay(input),
    'letters.render': ({ template, content }) => pdf.renderLetter(template, content),
    'letters.renderPostLabel': ({ input, format }) => pdf.renderPostLabel(input, format),
    'pdf.importAsPdfA': ({ bytes, title }) => pdf.importAsPdfA(bytes, title),
    'log.write': async ({ level, message, context }) => {
      logger[level](`renderer: ${message}`, context);
      return {};
    },
  };
}
