import { useLiveQuery } from 'dexie-react-hooks';
import type { FilePlanGroup, FilePlanVersion } from '../../common/domain/filePlan';
import { useServices } from '../app/services';

export interface FilePlanData {
  versions: FilePlanVersion[];
  groups: FilePlanGroup[];
}

/** Every stored version of the plan and every group of them, kept live (an import shows at once). */
export function useFilePlan(): FilePlanData | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const [versions, groups] = await Promise.all([
      db.filePlanVersions.toArray(),
      db.planGroups.toArray(),
    ]);
    return { versions, groups };
  }, [db]);
}
