import type { Handlers } from '../../../common/contract/api';
import { ServiceError } from '../../../common/contract/envelope';
import type { MethodName } from '../../../common/contract/methods';
import type { AppConfig, AppInfo } from '../../../common/contract/types';
import type { Logger } from '../log/logger';
import type { PdfAssets } from '../pdf/assets';
import type { SigningTrust } from '../signing/trustSource';
import { finishPaperToElectronic } from './clauses';
import { examineElectronic, renderElectronicToPaper } from './electronic';
import { changeFormat } from './formatChange';
import { createRegisterClient } from './register';
import { createScanFolder } from './scanFolder';
import { buildScanPdf, imagesToPdfA, inspectScans } from './scans';

export type ConversionMethodName = Extract<
  MethodName,
  `conversion.${string}` | `scanFolder.${string}`
>;
export type ConversionHandlers = Pick<Handlers, ConversionMethodName>;

export interface ConversionHandlerDeps {
  info: AppInfo;
  config: { get(): Promise<AppConfig> };
  logger: Logger;
  assets: () => Promise<PdfAssets>;
  trust: SigningTrust;
  now?: () => Date;
}

/** The register's address: configured, else the simulator's in the demo; null = none. */
export function conversionRegisterUrl(config: AppConfig, info: AppInfo): string | null {
  if (config.conversionRegisterUrl) return config.conversionRegisterUrl;
  if (config.mode === 'demo' && info.simUrl)
    return new URL('/conversion-register', info.simUrl).toString();
  return null;
}

/**
 * The `conversion.*` and `scanFolder.*` half of the contract: the scans made PDF/A-2b,
 * the clauses of § 25 zákona 300/2008 Sb. and § 24 vyhlášky 259/2012 Sb., the number
 * from the conversion register, and the scanner's folder.
 */
export function createConversionHandlers(deps: ConversionHandlerDeps): ConversionHandlers {
  const { info, config, logger, assets } = deps;
  const now = deps.now ?? (() => new Date());

  async function scanFolder() {
    const root = (await config.get()).scanFolder;
    return root ? createScanFolder({ root }) : null;
  }

  return {
    'conversion.inspectScans': async ({ files }) =>
      inspectScans(files, { colorProfile: (await assets()).colorProfile, now }),
    'conversion.buildScanPdf': async (input) => {
      const { colorProfile } = await assets();
      const built = await buildScanPdf(input, { colorProfile, now });
      logger.info('conversion: scans built', { pages: built.pages, bytes: built.pdf.byteLength });
      return built;
    },
    'conversion.finishPaperToElectronic': async (input) => {
      const { fonts, colorProfile } = await assets();
      return finishPaperToElectronic(input, { fonts, colorProfile, now });
    },
    'conversion.examineElectronic': async ({ pdf }) =>
      examineElectronic(pdf, { trust: await deps.trust.trust(), now: now() }),
    'conversion.renderElectronicToPaper': async (input) => {
      const { fonts, colorProfile } = await assets();
      return renderElectronicToPaper(input, {
        fonts,
        colorProfile,
        trust: await deps.trust.trust(),
        now,
      });
    },
    'conversion.changeFormat': async (input) => {
      const { fonts, colorProfile } = await assets();
      const changed = await changeFormat(input, { fonts, colorProfile, now, imagesToPdfA });
      logger.info('conversion: format changed', { from: changed.originalFormat });
      return changed;
    },
    'conversion.requestNumber': async (request) => {
      const current = await config.get();
      const client = createRegisterClient({
        baseUrl: conversionRegisterUrl(current, info),
      });
      const answer = await client.request(request);
      logger.info('conversion: number assigned', { number: answer.number });
      return answer;
    },
    'scanFolder.list': async () => {
      const root = (await config.get()).scanFolder;
      if (!root) return { folder: null, files: [] };
      return { folder: root, files: await createScanFolder({ root }).list() };
    },
    'scanFolder.read': async ({ name }) => {
      const folder = await scanFolder();
      if (!folder) throw notConfigured();
      return folder.read(name);
    },
    'scanFolder.remove': async ({ name }) => {
      const folder = await scanFolder();
      if (!folder) throw notConfigured();
      return { removed: await folder.remove(name) };
    },
  };
}

function notConfigured() {
  return new ServiceError(
    'errors.conversion.folderNotConfigured',
    'Složka skeneru není nastavena (Nastavení → Konverze).',
  );
}
