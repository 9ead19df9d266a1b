import { useLiveQuery } from 'dexie-react-hooks';
import { isValidOn, type FilePlanGroup } from '../../common/domain/filePlan';
import { officeDateString } from '../../common/domain/time';
import { useServices } from '../app/services';
import { getSetting } from '../db/settings';

export interface ClassificationChoices {
  /** Groups of the plan open today: a new case file is classified only with these. */
  groups: FilePlanGroup[];
  handlers: string[];
  currentUser: string;
}

export function useClassificationChoices(): ClassificationChoices | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const today = officeDateString(new Date());
    const [plan, handlers, currentUser] = await Promise.all([
      db.planGroups.toArray(),
      getSetting(db, 'handlers'),
      getSetting(db, 'currentUser'),
    ]);
    const user = currentUser ?? '';
    const list = handlers ?? [];
    return {
      groups: plan.filter((group) => isValidOn(group, today)),
      handlers: user && !list.includes(user) ? [user, ...list] : list,
      currentUser: user,
    };
  }, [db]);
}
