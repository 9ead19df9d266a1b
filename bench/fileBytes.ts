import { readFile } from 'node:fs/promises';

/** A file's bytes as read, without a second copy (a copy would double the peak measured). */
export async function fileBytes(path: string): Promise<Uint8Array> {
  const buffer = await readFile(path);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
