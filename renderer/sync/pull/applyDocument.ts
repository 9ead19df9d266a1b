import type { DocumentRecord } from '../../../common/domain/document';
import type { ConflictField, ConflictRecord } from '../../../common/domain/sync';
import type { DocumentProfile } from '../../../common/erms/model';
import type { OutboxEntry, UradovnaDatabase } from '../../db/schema';
import {
  editableFieldNames,
  editableOfProfile,
  editableOfRecord,
  sameValue,
  withEditable,
  type EditableFields,
} from '../map/editable';
import {
  authoritativeOf,
  recordFromProfile,
  withSearchFields,
  type ProfileContext,
} from '../map/fromEssl';
import { entitiesOf } from '../push/plan';

export type ApplyOutcome = 'created' | 'updated' | 'unchanged' | 'conflict' | 'keptHere';

/** What applying one profile comes to, decided without touching the database. */
export interface DocumentPlan {
  outcome: ApplyOutcome;
  /** The row to write, if any. */
  record: DocumentRecord | null;
  /** Fields both sides changed, and the waiting entries of the document (for a conflict). */
  conflicts: ConflictField[];
  waiting: OutboxEntry[];
}

/**
 * Decides how one document the eSSL changed is applied. With no local work waiting
 * for it, the eSSL's version simply replaces the row. With local work waiting, each
 * editable field is compared three ways against the version of the last sync: what
 * only the eSSL changed is taken, what only this device changed is kept (its push
 * follows), and what both changed becomes a conflict — the eSSL's value goes into the
 * row, this device's value and its waiting edits are kept aside until the user
 * decides. Pure, so a page decides all its rows without awaiting anything (a Dexie
 * transaction that waits on nothing of its own would commit under it).
 */
export function planDocumentProfile(
  doc: DocumentRecord | null,
  profile: DocumentProfile,
  pending: ReadonlyArray<OutboxEntry>,
  context: ProfileContext,
): DocumentPlan {
  const none = { conflicts: [], waiting: [] };
  if (!doc) return { outcome: 'created', record: recordFromProfile(profile, context), ...none };
  // Kept here exclusively: the eSSL cannot have changed it, this device is the source.
  if (doc.essl?.keptHere) return { outcome: 'keptHere', record: null, ...none };

  const pid = profile.id.value;
  const theirs = editableOfProfile(profile);
  const link = {
    id: profile.id,
    changedAt: context.changedAt,
    base: { ...theirs },
    keptHere: false,
  };
  const waiting = pending.filter((entry) => entitiesOf(entry).includes(pid));

  if (waiting.length === 0) {
    const next = withSearchFields({
      ...withEditable(doc, theirs),
      ...authoritativeOf(profile, doc),
      numberStatus: profile.numbers
        ? doc.numberStatus === 'corrected'
          ? 'corrected'
          : 'confirmed'
        : doc.numberStatus,
      essl: link,
      revision: doc.revision + 1,
    });
    if (sameRow(doc, next))
      return { outcome: 'unchanged', record: { ...doc, essl: link }, ...none };
    return { outcome: 'updated', record: next, ...none };
  }

  const base = (doc.essl?.base ?? theirs) as Partial<EditableFields>;
  const mine = editableOfRecord(doc);
  const take: Partial<EditableFields> = {};
  const conflicts: ConflictField[] = [];
  for (const field of editableFieldNames) {
    const serverChanged = !sameValue(theirs[field], base[field]);
    const localChanged = !sameValue(mine[field], base[field]);
    if (!serverChanged || sameValue(mine[field], theirs[field])) continue;
    if (localChanged)
      conflicts.push({
        field,
        base: base[field] ?? null,
        mine: mine[field],
        theirs: theirs[field],
      });
    Object.assign(take, { [field]: theirs[field] });
  }
  const record = withSearchFields({
    ...withEditable(doc, take),
    essl: link,
    revision: doc.revision + 1,
  });
  if (conflicts.length > 0) return { outcome: 'conflict', record, conflicts, waiting };
  return { outcome: Object.keys(take).length > 0 ? 'updated' : 'unchanged', record, ...none };
}

/**
 * Records a conflict the plan found (inside the page's transaction: outbox,
 * conflicts): the document's waiting edits are held, the fields kept side by side.
 */
export async function recordConflict(
  db: UradovnaDatabase,
  doc: DocumentRecord,
  plan: DocumentPlan,
  now: Date,
): Promise<void> {
  // Only edits are held: settling, filing and the like go on (the eSSL judges them).
  const held = plan.waiting.filter((entry) => entry.kind === 'document.update');
  for (const entry of held) await db.outbox.update(entry.seq ?? -1, { state: 'held' });
  const existing = await db.conflicts
    .where('entityId')
    .equals(doc.pid)
    .filter((c) => c.state === 'open')
    .first();
  const record: ConflictRecord = {
    id: existing?.id ?? crypto.randomUUID(),
    entityType: 'document',
    entityId: doc.pid,
    label: doc.referenceNumber,
    fields: mergeFields(existing?.fields ?? [], plan.conflicts),
    heldEntryIds: [
      ...new Set([...(existing?.heldEntryIds ?? []), ...held.map((entry) => entry.id)]),
    ],
    detectedAt: existing?.detectedAt ?? now.toISOString(),
    state: 'open',
    resolution: null,
    resolvedAt: null,
  };
  await db.conflicts.put(record);
}

/** Applies one document (one row read and written): for a single document outside a pull. */
export async function applyDocumentProfile(
  db: UradovnaDatabase,
  profile: DocumentProfile,
  pending: ReadonlyArray<OutboxEntry>,
  context: ProfileContext,
  now: Date,
): Promise<ApplyOutcome> {
  const doc = (await db.documents.get(profile.id.value)) ?? null;
  const plan = planDocumentProfile(doc, profile, pending, context);
  if (plan.record) await db.documents.put(plan.record);
  if (plan.outcome === 'conflict' && doc) await recordConflict(db, doc, plan, now);
  return plan.outcome;
}

/** A newer conflict on a field replaces the older one, keeping the user's first value. */
function mergeFields(older: ConflictField[], newer: ConflictField[]): ConflictField[] {
  const byField = new Map(older.map((field) => [field.field, field]));
  for (const field of newer) {
    const previous = byField.get(field.field);
    byField.set(
      field.field,
      previous ? { ...field, mine: previous.mine, base: previous.base } : field,
    );
  }
  return [...byField.values()];
}

function sameRow(a: DocumentRecord, b: DocumentRecord): boolean {
  const { revision: _ra, essl: _ea, words: _wa, ...restA } = a;
  const { revision: _rb, essl: _eb, words: _wb, ...restB } = b;
  return sameValue(restA, restB);
}
