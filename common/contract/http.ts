/** How the contract travels between the page and the browser host (`webhost/`). */
export const TOKEN_META = 'uradovna-token';
export const TOKEN_HEADER = 'X-Uradovna-Token';
export const API_PREFIX = '/api/';
export const EVENTS_PATH = '/api/events';
/** Attachments up to 50 MB travel base64-encoded in JSON; leave room for that. */
export const MAX_REQUEST_BYTES = 80 * 1024 * 1024;
