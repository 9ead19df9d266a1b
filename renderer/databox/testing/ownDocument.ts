import { minimalPdf, minimalPng } from '../../../common/domain/testing/sampleFiles';
import { ownInput } from '../../../common/domain/testing/sampleDocuments';
import { registerDocument } from '../../db/commands/registerDocument';
import type { UradovnaDatabase } from '../../db/schema';
import type { QueueDispatchInput } from '../dispatch/queueDispatch';

/** An own letter with a PDF and a PNG, registered, ready to be sent by data box. */
export async function ownLetter(
  db: UradovnaDatabase,
  now: Date,
  recipient = 'cit7777',
): Promise<QueueDispatchInput & { referenceNumber: string }> {
  const registered = await registerDocument(
    db,
    ownInput({ subject: 'Rozhodnutí o povolení' }),
    [
      { name: 'rozhodnuti.pdf', bytes: minimalPdf() },
      { name: 'situace.png', bytes: minimalPng() },
    ],
    { now },
  );
  const components = await db.components.where('pid').equals(registered.pid).toArray();
  const byName = new Map(components.map((component) => [component.name, component.id]));
  return {
    pid: registered.pid,
    referenceNumber: registered.referenceNumber,
    boxKey: 'obec',
    envelope: { dbIDRecipient: recipient, dmAnnotation: 'Rozhodnutí o povolení' },
    fileComponentIds: [byName.get('rozhodnuti.pdf') ?? '', byName.get('situace.png') ?? ''],
  };
}
