import { useLiveQuery } from 'dexie-react-hooks';
import type { OrganizationProfile } from '../../common/contract/types';
import type { FilePlanGroup } from '../../common/domain/filePlan';
import { useServices } from '../app/services';
import { getSetting } from '../db/settings';

export interface IntakeSetup {
  organization: OrganizationProfile | null;
  currentUser: string;
  /** Who may handle a document; the current user is always among them. */
  handlers: string[];
  filePlan: FilePlanGroup[];
}

/** What the form offers to choose from, read live from the device's database. */
export function useIntakeSetup(): IntakeSetup | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const [organization, currentUser, handlers, filePlan] = await Promise.all([
      getSetting(db, 'organization'),
      getSetting(db, 'currentUser'),
      getSetting(db, 'handlers'),
      db.planGroups.toArray(),
    ]);
    const user = currentUser ?? '';
    const list = handlers ?? [];
    return {
      organization: organization ?? null,
      currentUser: user,
      handlers: user && !list.includes(user) ? [user, ...list] : list,
      filePlan,
    };
  }, [db]);
}
