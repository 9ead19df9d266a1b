import type { Handlers } from '../../../common/contract/api';
import { ServiceError } from '../../../common/contract/envelope';
import type { IsdsDownloaded, ZfoReport } from '../../../common/contract/isds';
import type { MethodName } from '../../../common/contract/methods';
import type { AppConfig, AppConfigPatch, AppInfo } from '../../../common/contract/types';
import { accessibleBoxState } from '../../../common/isds/boxState';
import { checkOutgoing } from '../../../common/isds/limits';
import type { MessageId } from '../../../common/isds/model';
import type { CredentialStore } from '../credentials/credentialStore';
import { SimAnswers } from '../demo/simAnswers';
import type { Logger } from '../log/logger';
import { BoxStore } from './boxStore';
import { fetchDemoIsds, type DemoIsds } from './demoBoxes';
import { invalidError, IsdsError } from './errors';
import { limitError } from './limitError';
import type { IsdsClient } from './isdsClient';
import { networkOf, resolveLogin } from './login';
import { createIsdsClientFactory, IsdsSessions, type IsdsClientFactory } from './session';
import { verifyZfo } from './zfo/readZfo';

export type IsdsMethodName = Extract<MethodName, `isds.${string}` | 'zfo.verify'>;
export type IsdsHandlers = Pick<Handlers, IsdsMethodName>;

export interface IsdsHandlerDeps {
  info: AppInfo;
  config: { get(): Promise<AppConfig>; update(patch: AppConfigPatch): Promise<AppConfig> };
  credentials: CredentialStore;
  logger: Logger;
  /** Builds the client for a login (tests hand in their own tuning). */
  createClient?: IsdsClientFactory;
  /** The demo's boxes and CA from the simulator (tests hand in their own). */
  fetchDemoIsds?: (simUrl: string) => Promise<DemoIsds>;
}

/**
 * The `isds.*` half of the contract and `zfo.verify`. Every failure of a call leaves as
 * a ServiceError `errors.isds.<kind>` whose params say whether to retry; the log gets
 * the technical detail, never a secret. Downloaded ZFOs are verified here, in main,
 * before the renderer sees them.
 */
export function createIsdsHandlers(deps: IsdsHandlerDeps): IsdsHandlers {
  const { info, config, credentials, logger } = deps;
  const demoCache = new SimAnswers(deps.fetchDemoIsds ?? fetchDemoIsds);
  const boxes = new BoxStore({
    info,
    config,
    credentials,
    demoBoxes: async (simUrl) => (await demoCache.get(simUrl)).boxes,
  });
  const sessions = new IsdsSessions(deps.createClient ?? createIsdsClientFactory());

  async function demoSimUrl(): Promise<string | null> {
    return (await config.get()).mode === 'demo' ? info.simUrl : null;
  }

  async function trustAnchors(): Promise<string[]> {
    const current = await config.get();
    const simUrl = await demoSimUrl();
    const simCa = simUrl ? (await demoCache.get(simUrl)).caPem : null;
    return [current.isdsTrustAnchorsPem, simCa].filter((pem): pem is string => !!pem);
  }

  async function verify(bytes: Uint8Array): Promise<ZfoReport> {
    return verifyZfo(bytes, { trustAnchors: await trustAnchors() });
  }

  async function clientFor(key: string): Promise<IsdsClient> {
    const box = await boxes.get(key);
    const current = await config.get();
    const simUrl = await demoSimUrl();
    // The simulator's HTTPS listener (certificate logins) is signed by its own CA.
    const network = simUrl
      ? { caPem: (await demoCache.get(simUrl)).caPem, proxyUrl: null }
      : networkOf(current);
    const login = resolveLogin(box.settings, await boxes.secrets(box), network);
    return sessions.client(key, login);
  }

  async function run<T>(method: IsdsMethodName, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof IsdsError)) throw error;
      logger.warn('isds: call failed', { method, ...error.logContext() });
      // A simulator started afresh may have made new logins: ask it again next time.
      if (error.kind === 'auth' && (await demoSimUrl())) demoCache.clear();
      throw error.toServiceError();
    }
  }

  const withClient = <T>(
    method: IsdsMethodName,
    key: string,
    work: (client: IsdsClient) => Promise<T>,
  ): Promise<T> => run(method, async () => work(await clientFor(key)));

  /** A downloaded ZFO, verified; it must be what was asked for. */
  async function verified(
    zfo: Uint8Array,
    dmID: MessageId,
    kind: 'received' | 'sent' | 'delivery',
  ): Promise<IsdsDownloaded> {
    let report: ZfoReport;
    try {
      report = await verify(zfo);
    } catch (error) {
      if (error instanceof ServiceError)
        throw invalidError(`downloaded ZFO unreadable: ${error.code}`);
      throw error;
    }
    const { content } = report;
    const gotId =
      content.kind === 'delivery' ? content.delivery.envelope.dmID : content.message.envelope.dmID;
    // A ZFO (sent) and a received one carry the same structure; the outer namespace tells them apart.
    if (content.kind !== kind || gotId !== dmID)
      throw invalidError(`asked for ${kind} ${dmID}, got ${content.kind} ${gotId}`);
    return { zfo, report };
  }

  /**
   * MarkMessageAsDownloaded right after a download that verified, saving the renderer a
   * call of its own queued behind the next downloads. A failure is logged and reported
   * as not marked: the renderer keeps the message as unmarked and says it again later.
   */
  async function markQuietly(client: IsdsClient, key: string, dmID: MessageId): Promise<boolean> {
    try {
      await client.markDownloaded(dmID);
      return true;
    } catch (error) {
      // The verified message must reach the renderer whatever went wrong with the mark.
      logger.warn('isds: mark after download failed', {
        method: 'isds.markDownloaded',
        key,
        dmID,
        ...(error instanceof IsdsError ? error.logContext() : { detail: String(error) }),
      });
      return false;
    }
  }

  return {
    'isds.boxes': () => run('isds.boxes', async () => ({ boxes: await boxes.list() })),
    'isds.saveBox': ({ box }) =>
      run('isds.saveBox', async () => {
        const saved = await boxes.save(box);
        sessions.forget(box.key);
        logger.info('isds: box saved', { key: box.key, login: box.login });
        return saved;
      }),
    'isds.removeBox': ({ key }) =>
      run('isds.removeBox', async () => {
        const removed = await boxes.remove(key);
        sessions.forget(key);
        logger.info('isds: box removed', { key, removed });
        return { removed };
      }),
    'isds.setSecrets': ({ key, password, certificate }) =>
      run('isds.setSecrets', async () => {
        const saved = await boxes.setSecrets(key, { password, certificate });
        sessions.forget(key);
        logger.info('isds: secrets stored', {
          key,
          password: password === undefined ? 'kept' : password === null ? 'removed' : 'stored',
          certificate:
            certificate === undefined ? 'kept' : certificate === null ? 'removed' : 'stored',
        });
        return saved;
      }),
    'isds.test': ({ key }) =>
      withClient('isds.test', key, async (client) => {
        const box = await boxes.get(key);
        await client.dummy();
        const owner = await client.ownerInfo();
        const byPassword =
          box.settings.login === 'password' || box.settings.login === 'certificateAndPassword';
        const pswExpDate = byPassword ? await client.passwordInfo() : null;
        if (owner?.dbID) await boxes.rememberDbID(key, owner.dbID);
        logger.info('isds: test passed', { key, dbID: owner?.dbID ?? null });
        return { owner, pswExpDate };
      }),
    'isds.ownerInfo': ({ key }) =>
      withClient('isds.ownerInfo', key, async (client) => ({ owner: await client.ownerInfo() })),
    'isds.listReceived': ({ key, query }) =>
      withClient('isds.listReceived', key, async (client) => ({
        records: await client.listReceived(query),
      })),
    'isds.listSent': ({ key, query }) =>
      withClient('isds.listSent', key, async (client) => ({
        records: await client.listSent(query),
      })),
    'isds.downloadReceived': ({ key, dmID, markDownloaded }) =>
      withClient('isds.downloadReceived', key, async (client) => {
        const downloaded = await verified(await client.signedMessage(dmID), dmID, 'received');
        const markedDownloaded = markDownloaded === true && (await markQuietly(client, key, dmID));
        return { ...downloaded, markedDownloaded };
      }),
    'isds.downloadSent': ({ key, dmID }) =>
      withClient('isds.downloadSent', key, async (client) =>
        verified(await client.signedSentMessage(dmID), dmID, 'sent'),
      ),
    'isds.envelope': ({ key, dmID }) =>
      withClient('isds.envelope', key, async (client) => ({
        envelope: await client.envelope(dmID),
      })),
    'isds.markDownloaded': ({ key, dmID }) =>
      withClient('isds.markDownloaded', key, async (client) => {
        await client.markDownloaded(dmID);
        return {};
      }),
    'isds.stateChanges': ({ key, from, to }) =>
      withClient('isds.stateChanges', key, async (client) => ({
        changes: await client.stateChanges(from, to),
      })),
    'isds.deliveryInfo': ({ key, dmID }) =>
      withClient('isds.deliveryInfo', key, async (client) => ({
        delivery: await client.deliveryInfo(dmID),
      })),
    'isds.signedDeliveryInfo': ({ key, dmID }) =>
      withClient('isds.signedDeliveryInfo', key, async (client) => {
        const { zfo, report } = await verified(
          await client.signedDeliveryInfo(dmID),
          dmID,
          'delivery',
        );
        if (report.content.kind !== 'delivery') throw invalidError('not a delivery info');
        return { zfo, report, delivery: report.content.delivery };
      }),
    'isds.send': ({ key, message }) =>
      withClient('isds.send', key, async (client) => {
        const refused = limitError(checkOutgoing(message));
        if (refused) throw refused;
        const dmID = await client.createMessage(message);
        logger.info('isds: message sent', { key, dmID, files: message.files.length });
        return { dmID };
      }),
    'isds.search': ({ key, query }) =>
      withClient('isds.search', key, async (client) => ({ result: await client.search(query) })),
    'isds.findBox': ({ key, owner }) =>
      withClient('isds.findBox', key, async (client) => ({
        results: await client.findDataBox(owner),
      })),
    'isds.checkBox': ({ key, dbID }) =>
      withClient('isds.checkBox', key, async (client) => {
        const dbState = await client.checkDataBox(dbID);
        return { dbState, accessible: accessibleBoxState(dbState) };
      }),
    'isds.authenticate': ({ key, zfo }) =>
      withClient('isds.authenticate', key, async (client) => ({
        authentic: await client.authenticate(zfo),
      })),
    'zfo.verify': ({ bytes }) => run('zfo.verify', () => verify(bytes)),
  };
}
