import type { CaseFileProfile, DocumentProfile } from '../../common/erms/model';
import type { EsslCore } from './rules';
import type { StoredCaseFile, StoredDocument } from './types';

/**
 * Writes a new version of a document: the profile with `changes`, a new change instant.
 * Profiles are replaced, never edited in place (they share parts such as the věcná
 * skupina, and a profile already handed out must not change under its reader).
 */
export function saveDocument(
  core: EsslCore,
  doc: StoredDocument,
  changes: Partial<DocumentProfile>,
  keeperUser: string | null = doc.keeperUser,
): StoredDocument {
  const next: StoredDocument = {
    profile: { ...doc.profile, ...changes },
    keeperUser,
    changedAt: core.clock.next(),
  };
  core.store.record({ k: 'document', doc: next });
  return next;
}

export function saveNewDocument(
  core: EsslCore,
  profile: DocumentProfile,
  changedAt: number,
): StoredDocument {
  const doc: StoredDocument = { profile, keeperUser: null, changedAt };
  core.store.record({ k: 'document', doc });
  return doc;
}

export function saveCaseFile(
  core: EsslCore,
  file: StoredCaseFile,
  changes: Partial<CaseFileProfile>,
): StoredCaseFile {
  const next: StoredCaseFile = {
    profile: { ...file.profile, ...changes },
    changedAt: core.clock.next(),
  };
  core.store.record({ k: 'caseFile', caseFile: next });
  return next;
}

export function saveNewCaseFile(
  core: EsslCore,
  profile: CaseFileProfile,
  changedAt: number,
): StoredCaseFile {
  const file: StoredCaseFile = { profile, changedAt };
  core.store.record({ k: 'caseFile', caseFile: file });
  return file;
}
