import { ServiceError, type ContractErrorBody } from '../../common/contract/envelope';

/** What the contract carries about a failed call, beside the Czech message. */
export interface CallErrorParams<K extends string> {
  kind: K;
  retryable: 'yes' | 'no';
  operation?: string;
  statusCode?: string;
  description?: string;
  httpStatus?: number;
}

export interface CallErrorInit<K extends string> {
  kind: K;
  message: string;
  detail: string;
  retryable: boolean;
  statusCode?: string | null;
  description?: string | null;
  httpStatus?: number | null;
  operation?: string | null;
}

/**
 * A failed call to a remote service (the eSSL, ISDS), the part both share. `message`
 * is Czech and meant for the user; `detail` is for the log (English, technical, never
 * a password or a certificate).
 */
export abstract class CallError<K extends string> extends Error {
  readonly kind: K;
  readonly retryable: boolean;
  readonly detail: string;
  /** The service's status code, or the SOAP faultcode. */
  readonly statusCode: string | null;
  /** The service's status text, or the SOAP faultstring. */
  readonly description: string | null;
  readonly httpStatus: number | null;
  /** The SOAP operation, when the failure belongs to one. */
  operation: string | null;

  constructor(init: CallErrorInit<K>) {
    super(init.message);
    this.kind = init.kind;
    this.retryable = init.retryable;
    this.detail = init.detail;
    this.statusCode = init.statusCode ?? null;
    this.description = init.description ?? null;
    this.httpStatus = init.httpStatus ?? null;
    this.operation = init.operation ?? null;
  }

  /**
   * The i18n key of the failure, `errors.<service>.<kind>` (a method, not a `code`
   * property: code readers take that for Node's network error code).
   */
  protected abstract errorKey(): string;

  /** Kinds whose catalog texts interpolate the description, so it is always given. */
  protected abstract describesKind(kind: K): boolean;

  get params(): CallErrorParams<K> {
    const params: CallErrorParams<K> = {
      kind: this.kind,
      retryable: this.retryable ? 'yes' : 'no',
    };
    if (this.operation) params.operation = this.operation;
    if (this.statusCode !== null) params.statusCode = this.statusCode;
    // A dash reads better than a gap where the text expects a description.
    if (this.description !== null || this.describesKind(this.kind))
      params.description = this.description ?? '—';
    if (this.httpStatus !== null) params.httpStatus = this.httpStatus;
    return params;
  }

  /** The form the contract carries (thrown as ServiceError, or inside a batch result). */
  toBody(): ContractErrorBody {
    return { code: this.errorKey(), message: this.message, params: { ...this.params } };
  }

  toServiceError(): ServiceError {
    const body = this.toBody();
    return new ServiceError(body.code, body.message, body.params);
  }

  /** For the log: everything but the user-facing text. */
  logContext(): Record<string, string | number | boolean> {
    return { ...this.params, retryable: this.retryable, detail: this.detail };
  }
}
