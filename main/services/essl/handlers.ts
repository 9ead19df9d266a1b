import type { Handlers } from '../../../common/contract/api';
import type { MethodName } from '../../../common/contract/methods';
import type { AppConfig, AppInfo } from '../../../common/contract/types';
import type { CredentialStore } from '../credentials/credentialStore';
import { SimAnswers } from '../demo/simAnswers';
import type { Logger } from '../log/logger';
import { createDocumentsInOrder, fetchDocumentProfiles } from './batch';
import { describeAccount, type ConnectionSources, type EsslConnection } from './connection';
import { fetchDemoLogin, type DemoLogin } from './demoAccount';
import type { EsslClient } from './esslClient';
import { EsslError } from './errors';
import { createClientFactory, EsslSession, type ClientFactory } from './session';

export type EsslMethodName = Extract<MethodName, `essl.${string}`>;
export type EsslHandlers = Pick<Handlers, EsslMethodName>;

export interface EsslHandlerDeps {
  info: AppInfo;
  config: { get(): Promise<AppConfig> };
  credentials: CredentialStore;
  logger: Logger;
  /** Builds the client for a connection (tests hand in their own tuning). */
  createClient?: ClientFactory;
  fetchDemoLogin?: (simUrl: string) => Promise<DemoLogin>;
}

/**
 * The `essl.*` half of the contract. Every failure leaves as a ServiceError
 * `errors.essl.<kind>` whose params say whether to retry; the log gets the technical
 * detail, never the password.
 */
export function createEsslHandlers(deps: EsslHandlerDeps): EsslHandlers {
  const { info, config, credentials, logger } = deps;
  const demoLogins = new SimAnswers(deps.fetchDemoLogin ?? fetchDemoLogin);
  const sources: ConnectionSources = {
    info,
    getConfig: () => config.get(),
    credentials,
    demoLogin: (simUrl) => demoLogins.get(simUrl),
  };
  const session = new EsslSession(sources, deps.createClient ?? createClientFactory());

  const logFailure = (method: EsslMethodName) => (error: EsslError) =>
    logger.warn('essl: call failed', { method, ...error.logContext() });

  async function run<T>(
    method: EsslMethodName,
    work: (client: EsslClient, connection: EsslConnection) => Promise<T>,
  ): Promise<T> {
    let demo = false;
    try {
      const { client, connection } = await session.client();
      demo = connection.demo;
      return await work(client, connection);
    } catch (error) {
      if (!(error instanceof EsslError)) throw error;
      logFailure(method)(error);
      // A simulator started afresh may have made new logins: ask it again next time.
      if (demo && error.kind === 'auth') demoLogins.clear();
      throw error.toServiceError();
    }
  }

  return {
    'essl.account': async () => {
      try {
        return await describeAccount(sources);
      } catch (error) {
        if (!(error instanceof EsslError)) throw error;
        logFailure('essl.account')(error);
        throw error.toServiceError();
      }
    },
    'essl.test': () =>
      run('essl.test', async (client, connection) => {
        const result = await client.test();
        logger.info('essl: test passed', { url: connection.url, ms: result.roundTripMs });
        return { url: connection.url, ...result };
      }),
    'essl.codeLists': () =>
      run('essl.codeLists', async (client) => ({ lists: await client.codeLists() })),
    'essl.codeList': ({ listId }) =>
      run('essl.codeList', async (client) => ({ items: await client.codeList(listId) })),
    'essl.reserveNumbers': (request) =>
      run('essl.reserveNumbers', async (client) => ({
        numbers: await client.reserveNumbers(request),
      })),
    'essl.createDocuments': ({ items }) =>
      run('essl.createDocuments', (client) =>
        createDocumentsInOrder(client, items, logFailure('essl.createDocuments')),
      ),
    'essl.createCaseFile': ({ caseFile }) =>
      run('essl.createCaseFile', (client) => client.createCaseFile(caseFile)),
    'essl.sendEvents': ({ events }) =>
      run('essl.sendEvents', async (client) => ({ outcomes: await client.sendEvents(events) })),
    'essl.listAssigned': (query) =>
      run('essl.listAssigned', (client) => client.listAssigned(query)),
    'essl.documentProfiles': ({ ids }) =>
      run('essl.documentProfiles', (client) =>
        fetchDocumentProfiles(client, ids, logFailure('essl.documentProfiles')),
      ),
    'essl.caseFileProfile': ({ id }) =>
      run('essl.caseFileProfile', (client) => client.caseFileProfile(id)),
    'essl.file': ({ id }) =>
      run('essl.file', async (client) => {
        const file = await client.file(id);
        return {
          id: file.id,
          mime: file.mime,
          name: file.name,
          bytes: new Uint8Array(Buffer.from(file.base64, 'base64')),
        };
      }),
    'essl.takeDocument': ({ id }) => run('essl.takeDocument', (client) => client.takeDocument(id)),
    'essl.returnDocument': ({ id }) =>
      run('essl.returnDocument', (client) => client.returnDocument(id)),
  };
}
