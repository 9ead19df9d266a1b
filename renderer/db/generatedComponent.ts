import type { OutboxDraft } from './outbox';
import type { ComponentRecord, ComponentRole, UradovnaDatabase } from './schema';
import type { TxLogDraft } from './txlog/append';
import type { TxDetail } from './txlog/entry';

/** A file the application made for a document (a signed letter, a conversion output …). */
export interface GeneratedComponent {
  id: string;
  pid: string;
  name: string;
  role: ComponentRole;
  blob: Blob;
  sha256: string;
  size: number;
  /** Links kept on the record (`derivedFrom`, `conversionId`). */
  links?: Pick<ComponentRecord, 'derivedFrom' | 'conversionId'>;
  /** More of the `component.add` payload (what the eSSL event carries besides the file). */
  payload?: Record<string, unknown>;
  /** More of the log entry's detail. */
  detail?: TxDetail;
}

/**
 * Adds the component in the caller's transaction (components and documents) and returns
 * its `component.add` (which takes the file to the eSSL) and its `Zalozeni`, for the
 * caller to write together with its own entries.
 */
export async function addGeneratedComponent(
  db: UradovnaDatabase,
  file: GeneratedComponent,
  actor: string,
  at: string,
): Promise<{ outbox: OutboxDraft[]; log: TxLogDraft[] }> {
  const component: ComponentRecord = {
    id: file.id,
    pid: file.pid,
    name: file.name,
    originalName: file.name,
    mime: 'application/pdf',
    size: file.size,
    sha256: file.sha256,
    addedAt: at,
    blob: file.blob,
    role: file.role,
    ...file.links,
  };
  await db.components.add(component);
  const count = await db.components.where('pid').equals(file.pid).count();
  await db.documents.update(file.pid, { componentCount: count });
  return {
    outbox: [
      {
        kind: 'component.add',
        entityId: file.id,
        payload: {
          pid: file.pid,
          componentId: file.id,
          name: file.name,
          sha256: file.sha256,
          ...file.payload,
        },
      },
    ],
    log: [
      {
        event: 'Zalozeni',
        entityType: 'component',
        entityId: file.id,
        actor,
        detail: {
          pid: file.pid,
          name: file.name,
          sha256: file.sha256,
          size: file.size,
          role: file.role,
          ...file.detail,
        },
      },
    ],
  };
}
