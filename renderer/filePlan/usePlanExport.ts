import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilePlanGroup, FilePlanVersion } from '../../common/domain/filePlan';
import { writePlanXml } from '../../common/nsesss/planXml';
import { useServices } from '../app/services';
import { getSetting } from '../db/settings';
import { useNotify } from '../ui/useNotify';
import { planFileName, planForXml } from './planExport';

/** Saves a version of the plan with its groups as an nsesss-plan XML file. */
export function usePlanExport() {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const notify = useNotify();
  const [working, setWorking] = useState(false);

  const run = useCallback(
    async (version: FilePlanVersion, groups: readonly FilePlanGroup[]) => {
      setWorking(true);
      try {
        const organization = (await getSetting(db, 'organization')) ?? null;
        const plan = planForXml(version, groups, organization);
        const xml = writePlanXml(plan.version, plan.groups);
        const result = await api['files.save']({
          suggestedName: planFileName(new Date()),
          mime: 'application/xml',
          bytes: new TextEncoder().encode(xml),
        });
        if (result.saved) {
          notify.success(t('filePlan.export.done', { count: groups.length }));
        }
      } catch (error) {
        notify.failure(error);
      } finally {
        setWorking(false);
      }
    },
    [api, db, notify, t],
  );

  return { working, run };
}
