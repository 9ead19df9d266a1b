/**
 * Every call across the contract answers with an envelope, because Electron's IPC
 * and HTTP both lose an Error's fields on the way. The renderer's adapter unwraps it
 * and throws a ContractCallError that keeps the code and the parameters.
 */

export interface ContractErrorBody {
  /** i18n key under `errors.` (e.g. `errors.invalidArguments`). */
  code: string;
  /** Czech fallback text, for logs and for a renderer without the key. */
  message: string;
  params?: Record<string, string | number>;
}

export type Envelope<R> = { ok: true; value: R } | { ok: false; error: ContractErrorBody };

export class ContractCallError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  constructor(body: ContractErrorBody) {
    super(body.message);
    this.name = 'ContractCallError';
    this.code = body.code;
    this.params = body.params ?? {};
  }
}

/** Thrown by services for failures the user should read; anything else is "unexpected". */
export class ServiceError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  constructor(code: string, message: string, params: Record<string, string | number> = {}) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
    this.params = params;
  }
}

export function unwrapEnvelope<R>(envelope: Envelope<R>): R {
  if (envelope.ok) return envelope.value;
  throw new ContractCallError(envelope.error);
}
