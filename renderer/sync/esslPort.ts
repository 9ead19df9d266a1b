import type { Api } from '../../common/contract/api';
import { ContractCallError, type ContractErrorBody } from '../../common/contract/envelope';
import type { MethodName } from '../../common/contract/methods';

type EsslMethodName = Extract<MethodName, `essl.${string}`>;

/** The part of the contract the sync engine uses (tests plug in the client directly). */
export type EsslPort = Pick<Api, EsslMethodName>;

/** A failure of an eSSL call, as the engine reasons about it. */
export interface SyncError {
  /** i18n key, e.g. `errors.essl.status`. */
  code: string;
  message: string;
  kind: string;
  /** Worth trying again later (no answer, a busy or failing server). */
  retryable: boolean;
  /** The eSSL's Kod for a refused operation. */
  statusCode: string | null;
  /** The eSSL's own words (Popis), shown to the user. */
  description: string | null;
  params: Record<string, string | number>;
}

function fromBody(body: ContractErrorBody): SyncError {
  const params = body.params ?? {};
  const kind = typeof params.kind === 'string' ? params.kind : 'unexpected';
  return {
    code: body.code,
    message: body.message,
    kind,
    // Only the client's own classification makes a failure retryable — and a browser
    // host that did not answer; anything else (a bug, a refused argument) would fail
    // the same way again.
    retryable: params.retryable === 'yes' || body.code === 'errors.hostUnreachable',
    statusCode: typeof params.statusCode === 'string' ? params.statusCode : null,
    description: typeof params.description === 'string' ? params.description : null,
    params,
  };
}

/** Reads any failure of an eSSL call (thrown, or inside a batch result). */
export function syncErrorOf(error: unknown): SyncError {
  if (error instanceof ContractCallError)
    return fromBody({ code: error.code, message: error.message, params: error.params });
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
    const body = error as ContractErrorBody;
    if (typeof body.code === 'string' && typeof body.message === 'string') return fromBody(body);
  }
  // Not a failure the contract described: a bug; trying again soon would not help.
  return {
    code: 'errors.unexpected',
    message: error instanceof Error ? error.message : String(error),
    kind: 'unexpected',
    retryable: false,
    statusCode: null,
    description: null,
    params: {},
  };
}

/** Thrown inside a sync run to stop it: the rest waits for the next run. */
export class SyncStop extends Error {
  constructor(readonly error: SyncError) {
    super(error.message);
    this.name = 'SyncStop';
  }
}

/** An answer that left something out (a batch cut short, an event not reported): try again later. */
export function incompleteAnswer(detail: string): SyncError {
  return {
    code: 'errors.essl.transport',
    message: 'eSSL neodpověděla úplně; synchronizace to zkusí znovu.',
    kind: 'transport',
    retryable: true,
    statusCode: null,
    description: null,
    params: { kind: 'transport', retryable: 'yes', detail },
  };
}
