/**
 * The simulated ISDS (data-box web services 3.11, SOAP 1.1) on the sim's ports:
 * `POST /DS/…` with a password, `/cert/DS/…`, `/certds/DS/…`, `/hspis/DS/…` on the
 * HTTPS listener with a client certificate; admin at `/isds-admin/…`, the demo's
 * logins at `GET /demo/isds-accounts`. See sim/README.md.
 */
export {
  createIsdsService,
  type IsdsInspector,
  type IsdsServiceOptions,
  type IsdsSim,
} from './service';
export type { IsdsAccount, IsdsCertificate } from './accounts';
export type { IsdsExchangeHook, IsdsHoldHook } from './endpoint';
export type { DeliverSpec } from './inject';
export type { BoxRole, SimBox, SimMessage } from './types';
export { FIRST_MESSAGE_ID } from './store';
export { FICTION_MS } from './fiction';
export { eventTexts } from './deliveryEvents';
