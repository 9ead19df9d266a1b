import { conversionBlobId, type ConversionRecord } from '../../../../common/domain/conversion';
import type { DocumentRecord } from '../../../../common/domain/document';
import type { UradovnaDatabase } from '../../../db/schema';
import type { StoredBlob } from '../../../ui/useStableBlob';
import { conversionRows, type ConversionRow } from './conversionRows';

/**
 * The whole register with each document's reference number. A municipality converts a
 * few hundred documents a year, so the screen reads every row and filters in memory.
 */
export async function loadConversionRows(db: UradovnaDatabase): Promise<ConversionRow[]> {
  const conversions = await db.conversions.toArray();
  const pids = [...new Set(conversions.map((conversion) => conversion.pid))];
  const references = new Map<string, string>();
  (await db.documents.bulkGet(pids)).forEach((doc) => {
    if (doc) references.set(doc.pid, doc.referenceNumber);
  });
  return conversionRows(conversions, references);
}

/** What the preview shows: the finished output, else the output with its clause, else the scans. */
export type PreviewKind = 'output' | 'withClause' | 'prepared';

export interface ConversionPreview {
  kind: PreviewKind;
  /**
   * The file with what tells its content apart between reads (a component's SHA-256, a
   * working file's time of writing — it is written once and replaced, never changed).
   */
  file: StoredBlob;
}

export interface ConversionView {
  conversion: ConversionRecord;
  doc: DocumentRecord | null;
  preview: ConversionPreview | null;
}

async function previewOf(
  db: UradovnaDatabase,
  conversion: ConversionRecord,
): Promise<ConversionPreview | null> {
  if (conversion.outputComponentId) {
    const output = await db.components.get(conversion.outputComponentId);
    if (output)
      return {
        kind: 'output',
        file: { id: output.id, sha256: output.sha256, blob: output.blob },
      };
  }
  for (const kind of ['withClause', 'prepared'] as const) {
    const stored = await db.conversionBlobs.get(conversionBlobId(conversion.id, kind));
    if (stored)
      return { kind, file: { id: stored.id, sha256: stored.createdAt, blob: stored.blob } };
  }
  return null;
}

/** One conversion with its document and the file to preview; null when it is gone. */
export async function loadConversionView(
  db: UradovnaDatabase,
  id: string,
): Promise<ConversionView | null> {
  const conversion = await db.conversions.get(id);
  if (!conversion) return null;
  const [doc, preview] = await Promise.all([
    db.documents.get(conversion.pid),
    previewOf(db, conversion),
  ]);
  return { conversion, doc: doc ?? null, preview };
}

/**
 * The printable e → p output (document pages + clause page); after the first print the
 * same bytes are the document's `conversionPrint` component. Null before the clause exists.
 */
export async function printableBytes(
  db: UradovnaDatabase,
  id: string,
  outputComponentId: string | null,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const stored = await db.conversionBlobs.get(conversionBlobId(id, 'withClause'));
  const blob =
    stored?.blob ??
    (outputComponentId ? (await db.components.get(outputComponentId))?.blob : undefined);
  return blob ? new Uint8Array(await blob.arrayBuffer()) : null;
}
