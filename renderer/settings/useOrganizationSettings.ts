import { useLiveQuery } from 'dexie-react-hooks';
import type { OrganizationProfile } from '../../common/contract/types';
import { useServices } from '../app/services';
import { getSetting } from '../db/settings';

export interface StoredOrganizationSettings {
  /** Absent on a real installation until the first save (the demo brings its own). */
  organization: OrganizationProfile | undefined;
  currentUser: string;
  handlers: string[];
}

/** The organisation settings as stored in Dexie; undefined while loading. */
export function useOrganizationSettings(): StoredOrganizationSettings | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const [organization, currentUser, handlers] = await Promise.all([
      getSetting(db, 'organization'),
      getSetting(db, 'currentUser'),
      getSetting(db, 'handlers'),
    ]);
    return { organization, currentUser: currentUser ?? '', handlers: handlers ?? [] };
  }, [db]);
}
