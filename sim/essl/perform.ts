import { encodeResponse, type AnyRequest } from '../../common/erms/codec';
import type { RequestOf } from '../../common/erms/operations';
import type { SimLogger } from '../http/logger';
import { runOperation } from './handlers';
import type { ChangeLog } from './persistence';
import { isSoapFault, type CallContext, type EsslCore } from './rules';

export type Outcome =
  | { kind: 'response'; xml: string }
  | { kind: 'fault'; code: 'soap:Client' | 'soap:Server'; text: string };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs a decoded request and writes what it applied to the log before the answer is
 * made known — also when the answer itself failed, since the state has changed.
 */
export async function perform(
  core: EsslCore,
  ctx: CallContext,
  decoded: AnyRequest,
  log: ChangeLog,
  logger: SimLogger,
): Promise<Outcome> {
  const { op } = decoded;
  let outcome: Outcome;
  try {
    const reply = runOperation(core, ctx, op, decoded.request as RequestOf<typeof op>);
    outcome = isSoapFault(reply)
      ? { kind: 'fault', code: reply.fault, text: reply.text }
      : { kind: 'response', xml: encodeResponse(op, reply) };
  } catch (error) {
    logger.error('essl.operation', { op, error: message(error) });
    outcome = {
      kind: 'fault',
      code: 'soap:Server',
      text: 'Vnitřní chyba eSSL; požadavek se nepodařilo dokončit.',
    };
  }
  try {
    await log.append(core.store.drain());
  } catch (error) {
    logger.error('essl.log', { error: message(error) });
    return {
      kind: 'fault',
      code: 'soap:Server',
      text: 'eSSL nemohla změnu uložit; požadavek opakujte.',
    };
  }
  return outcome;
}
