import type { Api } from '../../../common/contract/api';
import type { DataMessageFile, DataMessageRecord } from '../../../common/domain/databox';
import type { UradovnaDatabase } from '../../db/schema';

/** The MIME type ZFO files travel with (Software602 Form Filler, as ISDS sends them). */
export const ZFO_MIME = 'application/vnd.software602.filler.form-xml-zip';

async function blobBytes(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** The signed original as it arrived (`message`) or the doručenka (`delivery`); null when not kept. */
export async function zfoBytes(
  db: UradovnaDatabase,
  messageId: string,
  kind: 'message' | 'delivery',
): Promise<Uint8Array<ArrayBuffer> | null> {
  const stored = await db.isdsBlobs.get(`${messageId}:${kind}`);
  return stored ? blobBytes(stored.blob) : null;
}

/**
 * The bytes of one attachment: from the journal component once the message is
 * registered, otherwise read out of the kept ZFO (main opens it; the renderer never
 * parses the signed container itself).
 */
export async function attachmentBytes(
  db: UradovnaDatabase,
  api: Api,
  message: Pick<DataMessageRecord, 'id'>,
  file: Pick<DataMessageFile, 'index' | 'componentId'>,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (file.componentId) {
    const component = await db.components.get(file.componentId);
    if (component) return blobBytes(component.blob);
  }
  const zfo = await zfoBytes(db, message.id, 'message');
  if (!zfo) return null;
  const report = await api['zfo.verify']({ bytes: zfo });
  if (report.content.kind === 'delivery') return null;
  const content = report.content.message.files[file.index]?.content;
  return content ? new Uint8Array(content) : null;
}

/** `DZ_123456.zfo` / `DD_123456.zfo`, the names Datovka and the ISDS portal use. */
export function zfoFileName(dmID: string | null, kind: 'message' | 'delivery'): string {
  return `${kind === 'message' ? 'DZ' : 'DD'}_${dmID ?? 'zprava'}.zfo`;
}
