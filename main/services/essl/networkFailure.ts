/**
 * What a network failure Node (or the transport, for a proxy) reports by code amounts to,
 * so that each service's client words it for its own server.
 */
export type NetworkFailure =
  'dns' | 'refused' | 'reset' | 'timeout' | 'unreachable' | 'tls' | 'proxyAuth' | 'proxy';

const TLS_CODES =
  /^(CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH)/;

export function networkFailureOf(code: string | null | undefined): NetworkFailure | null {
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'dns';
    case 'ECONNREFUSED':
      return 'refused';
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ECONNABORTED':
    case 'ERR_STREAM_PREMATURE_CLOSE':
      return 'reset';
    case 'ETIMEDOUT':
    case 'ESOCKETTIMEDOUT':
    case 'ECONNECTTIMEDOUT':
      return 'timeout';
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return 'unreachable';
    case 'EPROXYAUTH':
      return 'proxyAuth';
    case 'EPROXY':
      return 'proxy';
    default:
      return code && TLS_CODES.test(code) ? 'tls' : null;
  }
}
