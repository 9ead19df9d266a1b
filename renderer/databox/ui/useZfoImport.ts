import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { errorText } from '../../i18n';
import { useNotify } from '../../ui/useNotify';
import { importOne } from './importOne';
import { zfoFileRefusal } from './zfoDrop';

/** One imported file's outcome as the screen lists it. */
export interface ImportRow {
  id: string;
  name: string;
  outcome: 'imported' | 'duplicate' | 'delivery' | 'refused';
  /** Why it was refused, in words. */
  reason: string | null;
  /** Imported, but its seal does not verify: flagged loudly. */
  sealInvalid: boolean;
  /** The stored message, to open. */
  messageId: string | null;
}

/**
 * ZFO files picked in the dialog or dropped on the screen, imported one by one; each
 * says whether it was imported, was here already, or was refused and why.
 */
export function useZfoImport() {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const notify = useNotify();
  const [rows, setRows] = useState<ImportRow[]>([]);
  const [busy, setBusy] = useState(false);

  const refused = useCallback(
    (name: string, reason: string): ImportRow => ({
      id: crypto.randomUUID(),
      name,
      outcome: 'refused',
      reason,
      sealInvalid: false,
      messageId: null,
    }),
    [],
  );

  const run = useCallback(
    async (
      files: ReadonlyArray<{ name: string; read: () => Promise<Uint8Array> }>,
      early: ImportRow[],
    ) => {
      setBusy(true);
      setRows(early);
      try {
        for (const file of files) {
          let row: ImportRow;
          try {
            row = await importOne(db, api, t, file.name, await file.read());
          } catch (error) {
            row = refused(file.name, errorText(t, error));
          }
          setRows((current) => [...current, row]);
        }
      } finally {
        setBusy(false);
      }
    },
    [api, db, refused, t],
  );

  const importPicked = useCallback(async () => {
    try {
      const result = await api['files.open']({ purpose: 'zfo' });
      if (result.canceled && result.files.length === 0 && result.rejected.length === 0) return;
      const early = result.rejected.map((issue) =>
        refused(
          String(issue.params?.name ?? ''),
          t(issue.message as never, issue.params ?? {}) as string,
        ),
      );
      await run(
        result.files.map((file) => ({ name: file.name, read: async () => file.bytes })),
        early,
      );
    } catch (error) {
      notify.failure(error);
    }
  }, [api, notify, refused, run, t]);

  const importDropped = useCallback(
    async (files: ReadonlyArray<File>) => {
      const early: ImportRow[] = [];
      const readable: Array<{ name: string; read: () => Promise<Uint8Array> }> = [];
      for (const file of files) {
        const refusal = zfoFileRefusal(file.name, file.size);
        if (refusal) early.push(refused(file.name, t(`databox.import.${refusal}`)));
        else
          readable.push({
            name: file.name,
            read: async () => new Uint8Array(await file.arrayBuffer()),
          });
      }
      await run(readable, early);
    },
    [refused, run, t],
  );

  const dismiss = useCallback(() => setRows([]), []);
  return { rows, busy, importPicked, importDropped, dismiss };
}
