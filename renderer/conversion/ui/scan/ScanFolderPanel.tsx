import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanFolderEntry } from '../../../../common/contract/conversion';
import { useServices } from '../../../app/services';
import { errorText } from '../../../i18n';
import { SCAN_FOLDER_POLL_MS, startPolling } from './poller';
import type { ScanInputFile } from './scanFiles';
import { ScanFolderList } from './ScanFolderList';

export interface ScanFolderPanelProps {
  added: ReadonlySet<string>;
  /** Adding is going on (or the output is being built): no second read. */
  busy: boolean;
  onFiles: (files: ScanInputFile[]) => void;
}

/**
 * "Ze složky skeneru": the folder listed at once and every 3 s while the panel is open
 * (the scanner saves to it meanwhile); the chosen files read and added in order.
 */
export function ScanFolderPanel({ added, busy, onFiles }: ScanFolderPanelProps) {
  const { t } = useTranslation();
  const { api } = useServices();
  const [listing, setListing] = useState<{
    folder: string | null;
    files: ScanFolderEntry[];
  } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  useEffect(() => {
    let live = true;
    const stop = startPolling(async () => {
      try {
        const result = await api['scanFolder.list']({});
        if (!live) return;
        setListing(result);
        setFailure(null);
      } catch (error) {
        if (live) setFailure(errorText(t, error));
      }
    }, SCAN_FOLDER_POLL_MS);
    return () => {
      live = false;
      stop();
    };
  }, [api, t]);

  const add = async (names: string[]) => {
    setReading(true);
    setFailure(null);
    try {
      const files: ScanInputFile[] = [];
      for (const name of names) {
        const read = await api['scanFolder.read']({ name });
        files.push({
          name: read.name,
          bytes: new Uint8Array(read.bytes) as Uint8Array<ArrayBuffer>,
          fromFolder: true,
        });
      }
      onFiles(files);
    } catch (error) {
      // Nothing of this choice is added: the clerk sees why and chooses again.
      setFailure(errorText(t, error));
    } finally {
      setReading(false);
    }
  };

  return (
    <section className="scan-input__folder" aria-label={t('conversionScan.folder.heading')}>
      <h4>{t('conversionScan.folder.heading')}</h4>
      <ScanFolderList
        listing={listing}
        failure={failure}
        added={added}
        busy={busy || reading}
        onAdd={(names) => void add(names)}
      />
    </section>
  );
}
