import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../common/domain/document';
import {
  SETTLEMENT_TEXT_MAX,
  settlementMethodKeys,
  type SettlementMethod,
} from '../../common/domain/settlement';
import { officeDateString } from '../../common/domain/time';
import { useServices } from '../app/services';
import { settleDocument } from '../db/commands/caseFiles/settleDocument';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { useCommand } from '../ui/useCommand';
import { methodText } from './format';
import {
  emptySettlementForm,
  settlementInput,
  settlementIssues,
  type SettlementForm,
} from './settlementForm';
import { useFocusOnOpen } from '../ui/useFocusOnOpen';
import { useSettlingCandidates } from './useSettlingCandidates';

const FIELDS = ['date', 'method', 'content', 'reason', 'settlingPid'] as const;

const candidateLabel = (doc: DocumentRecord) => `${doc.referenceNumber} — ${doc.subject}`;

/**
 * Vyřízení dokumentu: date, the NSESSS method, what was done; "jiný způsob" needs a
 * reason and "vyřízení dokumentem" the settling document (linked both ways).
 */
export function SettleDialog({ doc, onClose }: { doc: DocumentRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const candidates = useSettlingCandidates(doc);
  const [form, setForm] = useState<SettlementForm>(() =>
    emptySettlementForm(officeDateString(new Date())),
  );
  const dateRef = useRef<HTMLInputElement>(null);
  useFocusOnOpen(dateRef);
  const change = (patch: Partial<SettlementForm>) =>
    setForm((current) => ({ ...current, ...patch }));

  const submit = async () => {
    const issues = settlementIssues(form);
    if (issues.length > 0) {
      command.showIssues(issues);
      return;
    }
    const ok = await command.run(
      () => settleDocument(db, doc.pid, settlementInput(form)),
      () => t('caseFiles.settle.done', { referenceNumber: doc.referenceNumber }),
    );
    if (ok) onClose();
  };

  return (
    <CommandDialog
      title={t('caseFiles.settle.title', { referenceNumber: doc.referenceNumber })}
      onClose={onClose}
      confirmLabel={t('caseFiles.settle.confirm')}
      workingLabel={t('caseFiles.working')}
      working={command.working}
      onSubmit={submit}
      failure={command.failure}
      failureDetails={command.otherIssues(FIELDS)}
    >
      <p className="dialog-form__subject">{doc.subject}</p>
      <div className="case-form__row">
        <Field label={t('caseFiles.settle.date')} required error={command.fieldError('date')}>
          <input
            ref={dateRef}
            type="date"
            className="input"
            value={form.date}
            onChange={(event) => change({ date: event.target.value })}
          />
        </Field>
        <Field label={t('caseFiles.settle.method')} required error={command.fieldError('method')}>
          <select
            className="select"
            value={form.method}
            onChange={(event) => change({ method: event.target.value as SettlementMethod | '' })}
          >
            <option value="">{t('caseFiles.settle.methodEmpty')}</option>
            {settlementMethodKeys.map((method) => (
              <option key={method} value={method}>
                {methodText(t, method)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {form.method === 'document' ? (
        <Field
          label={t('caseFiles.settle.settlingDocument')}
          required
          error={command.fieldError('settlingPid')}
          hint={t('caseFiles.settle.settlingDocumentHint')}
        >
          <select
            className="select"
            value={form.settlingPid}
            onChange={(event) => change({ settlingPid: event.target.value })}
          >
            <option value="">{t('caseFiles.settle.settlingDocumentEmpty')}</option>
            {candidates && candidates.sameCaseFile.length > 0 ? (
              <optgroup label={t('caseFiles.settle.sameCaseFile')}>
                {candidates.sameCaseFile.map((other) => (
                  <option key={other.pid} value={other.pid}>
                    {candidateLabel(other)}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {candidates && candidates.recentOwn.length > 0 ? (
              <optgroup label={t('caseFiles.settle.recentOwn')}>
                {candidates.recentOwn.map((other) => (
                  <option key={other.pid} value={other.pid}>
                    {candidateLabel(other)}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </Field>
      ) : null}
      {form.method === 'other' ? (
        <Field
          label={t('caseFiles.settle.reason')}
          required
          error={command.fieldError('reason')}
          hint={t('caseFiles.settle.reasonHint')}
        >
          <textarea
            className="textarea"
            value={form.reason}
            maxLength={SETTLEMENT_TEXT_MAX}
            onChange={(event) => change({ reason: event.target.value })}
          />
        </Field>
      ) : null}
      <Field
        label={t('caseFiles.settle.content')}
        error={command.fieldError('content')}
        hint={t('caseFiles.settle.contentHint')}
      >
        <textarea
          className="textarea"
          value={form.content}
          maxLength={SETTLEMENT_TEXT_MAX}
          onChange={(event) => change({ content: event.target.value })}
        />
      </Field>
    </CommandDialog>
  );
}
