import type { CaseFileRecord } from '../../../common/domain/caseFile';
import { DEFAULT_TRIGGER_EVENT } from '../../../common/domain/filePlan';
import type { CaseFileState } from '../../../common/domain/lifecycle';
import { indexWords } from '../../../common/domain/search';
import type { CaseFileProfile } from '../../../common/erms/model';
import type { UradovnaDatabase } from '../../db/schema';

function stateOf(profile: CaseFileProfile, local: CaseFileState | null): CaseFileState {
  // Custody and disposal happen on the device; the interface reports no such state.
  if (local && local !== 'inProgress' && local !== 'closed') return local;
  return profile.state === 'uzavren' || profile.closedAt ? 'closed' : 'inProgress';
}

/**
 * Applies a case file the eSSL changed (inside the pull's transaction): one made
 * elsewhere becomes a row here; a known one takes the eSSL's state and title.
 */
export async function applyCaseFileProfile(
  db: UradovnaDatabase,
  profile: CaseFileProfile,
  changedAt: string | null,
  ownName: (owner: string) => string,
): Promise<'created' | 'updated'> {
  const id = profile.id.value;
  const existing = await db.caseFiles.get(id);
  const link = { id: profile.id, changedAt, base: {}, keptHere: profile.keptBy === 'URADOVNA' };
  const title = profile.description ?? profile.title;
  if (existing) {
    await db.caseFiles.update(id, {
      title,
      state: stateOf(profile, existing.state),
      closedAt:
        profile.closedAt ??
        (stateOf(profile, existing.state) === 'inProgress' ? null : existing.closedAt),
      reference: profile.numbers?.referenceNumber ?? existing.reference,
      words: indexWords([
        profile.numbers?.referenceNumber ?? existing.reference,
        title,
        existing.fileMark,
      ]),
      essl: link,
      revision: existing.revision + 1,
    });
    return 'updated';
  }
  const fileMark = profile.subjectGroup?.fileMark ?? '';
  const group = fileMark
    ? await db.planGroups.where('fileMark').equals(fileMark).last()
    : undefined;
  const rule = profile.retention ?? profile.subjectGroup?.retention ?? group?.retention;
  const reference = profile.numbers?.referenceNumber ?? id;
  const active = profile.documents.filter((document) => document.state === 'Vlozen');
  const record: CaseFileRecord = {
    id,
    reference,
    year: profile.numbers?.year ?? Number(profile.createdAt.slice(0, 4)),
    sequence: profile.numbers?.sequence ?? 0,
    title,
    fileMark,
    planGroupId: group?.id ?? '',
    retention: rule
      ? { mark: rule.mark, period: rule.period, triggerEvent: rule.triggerEvent }
      : { mark: 'A', period: 0, triggerEvent: DEFAULT_TRIGGER_EVENT },
    mode: profile.mode === 'SbernyArch' ? 'collectionSheet' : 'linking',
    initiatorPid:
      active.find((document) => document.order === 1)?.id.value ?? active[0]?.id.value ?? null,
    handler: ownName(profile.owner),
    openedAt: profile.createdAt,
    state: stateOf(profile, null),
    closedAt: profile.closedAt,
    triggerYear: null,
    disposalYear: null,
    documentCount: active.length,
    nextOrder: Math.max(0, ...profile.documents.map((document) => document.order)) + 1,
    custody: null,
    words: indexWords([reference, title, fileMark]),
    createdBy: profile.owner,
    revision: 1,
    numberStatus: 'confirmed',
    essl: link,
  };
  await db.caseFiles.add(record);
  return 'created';
}
