import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisposalProposal, ParsedDecisionList } from '../../common/domain/disposal';
import { parseDecisionXml } from '../../common/nsesss/daXml';
import { useServices } from '../app/services';
import {
  applyDisposalDecision,
  type DecisionOutcome,
} from '../db/commands/recordsOffice/applyDecision';
import type { UradovnaDatabase } from '../db/schema';
import { errorText, issueText } from '../i18n';
import { pickXmlFile } from '../filePlan/pickXmlFile';
import { decisionPreview, type DecisionPreview } from './proposalGroups';

export type DecisionImportState =
  | { step: 'idle' }
  | { step: 'refused'; fileName: string | null; problems: string[] }
  | {
      step: 'confirm';
      fileName: string;
      list: ParsedDecisionList;
      preview: DecisionPreview;
    }
  | { step: 'done'; outcome: DecisionOutcome };

/** Identifiers the list names outside the proposal: unknown here, or records of another procedure. */
async function splitOutside(db: UradovnaDatabase, identifiers: readonly string[]) {
  const unknown: string[] = [];
  const elsewhere: string[] = [];
  for (const id of identifiers) {
    const known = (await db.caseFiles.get(id)) ?? (await db.documents.get(id));
    (known ? elsewhere : unknown).push(id);
  }
  return { unknown, elsewhere };
}

const listed = (ids: readonly string[]) => ({
  count: ids.length,
  identifiers: ids.slice(0, 10).join(', '),
});

/**
 * The archive's decision, from its file to the records: read and check it, refuse a
 * list that names anything outside this proposal (nothing changes), and only after
 * the clerk has seen how many records will be destroyed, carry it out.
 */
export function useDecisionImport(proposal: DisposalProposal) {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const [state, setState] = useState<DecisionImportState>({ step: 'idle' });
  const [working, setWorking] = useState(false);

  const start = useCallback(async () => {
    setWorking(true);
    try {
      const picked = await pickXmlFile(api);
      if (picked.kind === 'canceled') return;
      if (picked.kind === 'refused') {
        const problems = picked.issues.map((issue) => issueText(t, issue));
        setState({ step: 'refused', fileName: picked.fileName, problems });
        return;
      }
      const parsed = parseDecisionXml(picked.text);
      if (!parsed.ok) {
        const problems = parsed.issues.map((issue) =>
          issue.path
            ? t('recordsOffice.decisionDialog.issueAt', {
                text: issueText(t, issue),
                path: issue.path,
              })
            : issueText(t, issue),
        );
        setState({ step: 'refused', fileName: picked.fileName, problems });
        return;
      }
      const preview = decisionPreview(proposal.items, parsed.value);
      if (preview.outside.length > 0) {
        const { unknown, elsewhere } = await splitOutside(db, preview.outside);
        const problems = [
          ...(unknown.length > 0 ? [t('errors.disposal.unknownEntities', listed(unknown))] : []),
          ...(elsewhere.length > 0 ? [t('errors.disposal.notInProposal', listed(elsewhere))] : []),
        ];
        setState({ step: 'refused', fileName: picked.fileName, problems });
        return;
      }
      setState({ step: 'confirm', fileName: picked.fileName, list: parsed.value, preview });
    } catch (error) {
      setState({ step: 'refused', fileName: null, problems: [errorText(t, error)] });
    } finally {
      setWorking(false);
    }
  }, [api, db, proposal.items, t]);

  const confirm = useCallback(async () => {
    if (state.step !== 'confirm') return;
    setWorking(true);
    try {
      const outcome = await applyDisposalDecision(db, proposal.id, state.list);
      setState({ step: 'done', outcome });
    } catch (error) {
      setState({ step: 'refused', fileName: state.fileName, problems: [errorText(t, error)] });
    } finally {
      setWorking(false);
    }
  }, [db, proposal.id, state, t]);

  const close = useCallback(() => setState({ step: 'idle' }), []);

  return { state, working, start, confirm, close };
}
