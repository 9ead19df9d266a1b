import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParsedPlan } from '../../common/domain/filePlan';
import type { ValidationIssue } from '../../common/domain/validation';
import { parsePlanXml } from '../../common/nsesss/planXml';
import { useServices } from '../app/services';
import { importFilePlan } from '../db/commands/filePlan/importFilePlan';
import { errorText } from '../i18n';
import { useNotify } from '../ui/useNotify';
import { planImportPreview, type PlanImportPreview } from './importPreview';
import { pickXmlFile } from './pickXmlFile';

export type PlanImportState =
  | { step: 'idle' }
  | { step: 'issues'; fileName: string | null; issues: ValidationIssue[] }
  | { step: 'confirm'; fileName: string; parsed: ParsedPlan; preview: PlanImportPreview }
  | { step: 'failed'; fileName: string; message: string };

/**
 * Reading a plan file, showing what is wrong with it or what importing it will do,
 * and importing it once the clerk confirms. A refused file changes nothing.
 */
export function usePlanImport() {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const notify = useNotify();
  const [state, setState] = useState<PlanImportState>({ step: 'idle' });
  const [working, setWorking] = useState(false);

  const start = useCallback(async () => {
    setWorking(true);
    try {
      const picked = await pickXmlFile(api);
      if (picked.kind === 'canceled') return;
      if (picked.kind === 'refused') {
        setState({ step: 'issues', fileName: picked.fileName, issues: picked.issues });
        return;
      }
      const parsed = parsePlanXml(picked.text);
      if (!parsed.ok) {
        setState({ step: 'issues', fileName: picked.fileName, issues: parsed.issues });
        return;
      }
      const stored = await db.planGroups.toArray();
      setState({
        step: 'confirm',
        fileName: picked.fileName,
        parsed: parsed.value,
        preview: planImportPreview(parsed.value, stored),
      });
    } catch (error) {
      notify.failure(error);
    } finally {
      setWorking(false);
    }
  }, [api, db, notify]);

  const confirm = useCallback(async () => {
    if (state.step !== 'confirm') return;
    setWorking(true);
    try {
      const result = await importFilePlan(db, state.parsed);
      notify.success(
        t('filePlan.importDialog.done', {
          title: state.parsed.version.title,
          count: result.groups,
          retired: result.retired,
        }),
      );
      setState({ step: 'idle' });
    } catch (error) {
      setState({ step: 'failed', fileName: state.fileName, message: errorText(t, error) });
    } finally {
      setWorking(false);
    }
  }, [db, notify, state, t]);

  const close = useCallback(() => setState({ step: 'idle' }), []);

  return { state, working, start, confirm, close };
}
