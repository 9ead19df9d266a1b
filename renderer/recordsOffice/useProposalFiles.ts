import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisposalProposal } from '../../common/domain/disposal';
import { writeDecisionXml } from '../../common/nsesss/daXml';
import { useServices } from '../app/services';
import { exportSip } from '../db/commands/recordsOffice/exportSip';
import { getSetting } from '../db/settings';
import { formatFileSize } from '../ui/formatFileSize';
import { useNotify } from '../ui/useNotify';
import { demoDecisionFileName, demoDecisionList } from './demoDecision';

/** What the last SIP export wrote, shown beside the button. */
export interface SipExportSummary {
  fileName: string;
  entities: number;
  files: number;
  size: string;
}

/** The files a proposal sends out: the SIP package for the archive, and (demo) a sample decision. */
export function useProposalFiles(proposal: DisposalProposal) {
  const { t, i18n } = useTranslation();
  const { api, db } = useServices();
  const notify = useNotify();
  const [working, setWorking] = useState(false);
  const [exported, setExported] = useState<SipExportSummary | null>(null);
  /** Percent of the files packed while a SIP export runs; null otherwise. */
  const [progress, setProgress] = useState<number | null>(null);

  const saveSip = useCallback(async () => {
    setWorking(true);
    setProgress(0);
    try {
      const sip = await exportSip(db, proposal.id, new Date(), ({ bytes, totalBytes }) =>
        setProgress(totalBytes > 0 ? Math.floor((bytes / totalBytes) * 100) : 0),
      );
      const bytes = new Uint8Array(await sip.blob.arrayBuffer());
      const result = await api['files.save']({
        suggestedName: sip.fileName,
        mime: 'application/zip',
        bytes,
      });
      if (result.saved) {
        setExported({
          fileName: sip.fileName,
          entities: sip.entities,
          files: sip.files,
          size: formatFileSize(sip.bytes, i18n.language),
        });
      }
    } catch (error) {
      notify.failure(error);
    } finally {
      setWorking(false);
      setProgress(null);
    }
  }, [api, db, i18n.language, notify, proposal.id]);

  const saveDemoDecision = useCallback(async () => {
    setWorking(true);
    try {
      const organization = await getSetting(db, 'organization');
      if (!organization) {
        notify.info(t('errors.notConfigured'));
        return;
      }
      const xml = writeDecisionXml(demoDecisionList(proposal, organization, new Date()));
      const result = await api['files.save']({
        suggestedName: demoDecisionFileName(proposal.year),
        mime: 'application/xml',
        bytes: new TextEncoder().encode(xml),
      });
      if (result.saved) notify.success(t('recordsOffice.demoDecision.saved'));
    } catch (error) {
      notify.failure(error);
    } finally {
      setWorking(false);
    }
  }, [api, db, notify, proposal, t]);

  return { working, exported, progress, saveSip, saveDemoDecision };
}
