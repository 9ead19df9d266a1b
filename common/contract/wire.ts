import { base64ToUint8Array, uint8ArrayToBase64 } from 'uint8array-extras';

/**
 * JSON for the HTTP/WebSocket transport of the contract (the browser host). Electron's
 * IPC clones Uint8Array natively; JSON does not, so byte arrays travel tagged.
 */
const BYTES_TAG = '$bytes';

export function toWire(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { [BYTES_TAG]: uint8ArrayToBase64(item) } : item,
  );
}

export function fromWire(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const record = item as Record<string, unknown>;
      const tagged = record[BYTES_TAG];
      if (typeof tagged === 'string' && Object.keys(record).length === 1) return base64ToUint8Array(tagged);
    }
    return item;
  });
}
