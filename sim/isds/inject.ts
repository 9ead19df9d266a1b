import { DEMO_ATTACHMENT_BYTES, letterFiles } from './content';
import { envelopeFor } from './seedMessages';
import type { IsdsStore } from './store';
import type { SimBox } from './types';

/** What `POST /isds-admin/deliver` and `sim.isds.deliver` take. */
export interface DeliverSpec {
  /** The recipient's box ID (default: the municipality). */
  to?: string;
  /** The sender: a box ID or part of its name (default: the regional authority). */
  from?: string;
  /** How many messages (default 1, at most 10,000). */
  count?: number;
  /** PDFs per message (default 1; the first is the main document). */
  attachments?: number;
  /** Bytes per PDF (default about 20 kB). */
  size?: number;
  /** dmAnnotation (default: a numbered test subject). */
  subject?: string;
}

export const MAX_INJECT_COUNT = 10_000;
export const MAX_INJECT_ATTACHMENTS = 100;
export const MAX_INJECT_SIZE = 20 * 1024 * 1024;

export class InjectError extends Error {}

function pickBox(store: IsdsStore, key: string | undefined, fallback: (box: SimBox) => boolean) {
  const boxes = [...store.boxes.values()];
  if (key === undefined || key.trim() === '') {
    const found = boxes.find(fallback);
    if (!found) throw new InjectError('Výchozí schránka v simulátoru není.');
    return found;
  }
  const wanted = key.trim().toLowerCase();
  const found =
    store.boxes.get(wanted) ?? boxes.find((box) => box.name.toLowerCase().includes(wanted));
  if (!found) throw new InjectError(`Schránka „${key}“ v simulátoru není.`);
  return found;
}

/**
 * Delivers new messages into a box now (1 → 2 → 4 at once), as if another box had
 * sent them: the benchmark's thousand letters, a test's fresh arrival. The PDFs are
 * deterministic per message (seeded from the count of messages so far).
 */
export function injectMessages(store: IsdsStore, spec: DeliverSpec, now: number): string[] {
  const count = spec.count ?? 1;
  const attachments = spec.attachments ?? 1;
  const size = spec.size ?? DEMO_ATTACHMENT_BYTES;
  if (!Number.isInteger(count) || count < 1 || count > MAX_INJECT_COUNT)
    throw new InjectError(`Počet zpráv musí být 1 až ${MAX_INJECT_COUNT}.`);
  if (!Number.isInteger(attachments) || attachments < 1 || attachments > MAX_INJECT_ATTACHMENTS)
    throw new InjectError(`Počet příloh musí být 1 až ${MAX_INJECT_ATTACHMENTS}.`);
  if (!Number.isInteger(size) || size < 1 || size * attachments > MAX_INJECT_SIZE)
    throw new InjectError('Přílohy jedné zprávy musí mít dohromady nejvýše 20 MB.');
  const recipient = pickBox(store, spec.to, (box) => box.role === 'municipality');
  const sender = pickBox(
    store,
    spec.from,
    (box) => box.role === 'authority' && box.dbID !== recipient.dbID,
  );
  if (recipient.dbState !== 1) throw new InjectError('Schránka adresáta je znepřístupněna.');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const ordinal = store.messages.size + 1;
    const subject = spec.subject ?? `Testovací zpráva č. ${ordinal}`;
    const message = store.submit(
      {
        sender: sender.dbID,
        recipient: recipient.dbID,
        envelope: envelopeFor(recipient, subject),
        dmType: sender.dbType === 'OVM' ? null : 'V',
        files: letterFiles(subject, sender, recipient, attachments, size, ordinal * 104_729),
      },
      now,
    );
    ids.push(message.dmID);
  }
  return ids;
}
