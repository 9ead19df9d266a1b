import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import { useAppSelector } from '../app/store';
import { useServices } from '../app/services';

export interface IntakeCaseFile {
  caseFile: CaseFileRecord;
  initiatorReference: string | null;
}

/** The open case file Podatelna registers into ("Nový dokument do spisu"), kept live. */
export function useIntakeCaseFile(): IntakeCaseFile | null {
  const { db } = useServices();
  const id = useAppSelector((state) => state.app.intakeCaseFileId);
  return (
    useLiveQuery(async () => {
      if (!id) return null;
      const caseFile = await db.caseFiles.get(id);
      // A file closed meanwhile takes no new documents; the banner goes away.
      if (!caseFile || caseFile.state !== 'inProgress') return null;
      const initiator = caseFile.initiatorPid
        ? await db.documents.get(caseFile.initiatorPid)
        : undefined;
      return { caseFile, initiatorReference: initiator?.referenceNumber ?? null };
    }, [db, id]) ?? null
  );
}
