import type { AssignedEntry } from '../../common/erms/model';
import type { RequestOf, ResponseOf } from '../../common/erms/operations';
import { MAX_PAGE } from './constants';
import { OK, fileNotFound, invalid, iso, type CallContext, type EsslCore } from './rules';
import { entityKey } from './store';
import type { StoredCaseFile, StoredDocument } from './types';

function entryOf(
  kind: 'document' | 'caseFile',
  entity: StoredDocument | StoredCaseFile,
): AssignedEntry {
  const profile = entity.profile;
  return {
    kind,
    id: profile.id,
    title: profile.title,
    reference: profile.numbers?.referenceNumber ?? null,
    createdAt: profile.createdAt,
    fileMark: profile.subjectGroup?.fileMark ?? '',
    changedAt: iso(entity.changedAt),
  };
}

/**
 * PrideleneSeznam: what the caller owns (VlastniKdo), changed at or after the cursor,
 * ordered by change time then identifier, one page from `odZaznamu` (1-based).
 */
export function assignedList(
  core: EsslCore,
  ctx: CallContext,
  request: RequestOf<'PrideleneSeznam'>,
): ResponseOf<'PrideleneSeznam'> {
  const { query } = request;
  let since: number | null = null;
  if (query.changedSince !== null) {
    since = Date.parse(query.changedSince);
    if (Number.isNaN(since)) {
      return {
        entries: [],
        status: invalid(`Neplatný čas CasPosledniZmenyOd: „${query.changedSince}“.`),
      };
    }
  }
  if (!Number.isInteger(query.from) || query.from < 1) {
    return {
      entries: [],
      status: invalid('odZaznamu musí být kladné celé číslo (první záznam je 1).'),
    };
  }
  if (!Number.isInteger(query.count) || query.count < 1) {
    return {
      entries: [],
      status: invalid(`pocetZaznamu musí být celé číslo od 1 do ${MAX_PAGE}.`),
    };
  }
  const count = Math.min(query.count, MAX_PAGE);
  const entries = core.store
    .ownedPage(ctx.user, query.kind, since, query.from - 1, count)
    .map(({ kind, entity }) => entryOf(kind, entity));
  return { entries, status: OK };
}

export function fileContent(
  core: EsslCore,
  request: RequestOf<'SouborZadost'>,
): ResponseOf<'SouborZadost'> {
  const file = core.store.files.get(entityKey(request.id));
  return file ? { file, status: OK } : { file: null, status: fileNotFound(request.id) };
}

export function wsTest(request: RequestOf<'WsTest'>): ResponseOf<'WsTest'> {
  return { testId: request.testId, status: OK };
}
