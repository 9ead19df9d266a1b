import { decodeBase64, encodeBase64 } from '../bytes/base64';

/**
 * JSON for the HTTP/WebSocket transport of the contract (the browser host). Electron's
 * IPC clones Uint8Array natively; JSON does not, so byte arrays travel tagged.
 */
const BYTES_TAG = '$bytes';

export function toWire(value: unknown): string {
  // The holder's own value, not `item`: JSON.stringify calls toJSON first, and Node's
  // Buffer (a Uint8Array) turns itself into `{ type: 'Buffer', data: [...] }` there.
  return JSON.stringify(value, function (this: unknown, key: string, item: unknown) {
    const original = (this as Record<string, unknown>)[key];
    if (original instanceof Uint8Array) return { [BYTES_TAG]: encodeBase64(original) };
    return item;
  });
}

export function fromWire(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const record = item as Record<string, unknown>;
      const tagged = record[BYTES_TAG];
      if (typeof tagged === 'string' && Object.keys(record).length === 1)
        return decodeBase64(tagged);
    }
    return item;
  });
}
