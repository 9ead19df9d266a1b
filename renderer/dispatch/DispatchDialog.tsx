import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsdsBoxInfo } from '../../common/contract/isds';
import type { DocumentRecord } from '../../common/domain/document';
import { useServices } from '../app/services';
import type { ComponentRecord } from '../db/schema';
import { errorText, issueText } from '../i18n';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { useNotify } from '../ui/useNotify';
import {
  checkDispatchDraft,
  includedFiles,
  initialDraft,
  type DispatchDraft,
} from './dispatchForm';
import { DispatchFiles } from './DispatchFiles';
import { LegalTitleFields } from './LegalTitleFields';
import { RecipientPicker } from './RecipientPicker';
import { queueDispatch } from '../databox/dispatch/queueDispatch';
import { CommandError } from '../db/errors';
import { useLimitIssues } from './useLimitIssues';

export interface DispatchDialogProps {
  doc: DocumentRecord;
  files: ComponentRecord[];
  boxes: IsdsBoxInfo[];
  onClose: () => void;
  /** Files sent by default, first in this order (a signed letter); the others start unticked. */
  preselectedIds?: string[];
  /** Runs once the message is queued (marks a signed letter dispatched). */
  onQueued?: (messageId: string) => Promise<void>;
}

/**
 * "Odeslat datovou schránkou": the sending box, the recipient found in ISDS, the
 * envelope, and the document's files within the ISDS limits. Sending only queues the
 * message: it goes out at once when online, or after the connection returns.
 */
export function DispatchDialog({
  doc,
  files,
  boxes,
  onClose,
  preselectedIds,
  onQueued,
}: DispatchDialogProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const notify = useNotify();
  const [draft, setDraft] = useState<DispatchDraft>(() => {
    const initial = initialDraft(
      doc,
      files.map((file) => ({
        componentId: file.id,
        name: file.name,
        mime: file.mime,
        size: file.size,
      })),
      boxes[0]?.key ?? '',
    );
    if (!preselectedIds) return initial;
    const rank = (id: string) =>
      preselectedIds.includes(id) ? preselectedIds.indexOf(id) : preselectedIds.length;
    const ordered = [...initial.files].sort((a, b) => rank(a.componentId) - rank(b.componentId));
    return {
      ...initial,
      files: ordered.map((file) => ({
        ...file,
        include: preselectedIds.includes(file.componentId),
      })),
    };
  });
  const [submitted, setSubmitted] = useState(false);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string[]>([]);
  const check = checkDispatchDraft(draft);
  const limitIssues = useLimitIssues(includedFiles(draft));
  const limits = limitIssues.map((issue) => issueText(t, issue));
  const change = (patch: Partial<DispatchDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));
  const errorOf = (path: string) => {
    if (!submitted || check.ok) return null;
    const issue = check.issues.find((item) => item.path === path);
    return issue ? issueText(t, issue) : null;
  };

  const submit = async () => {
    setSubmitted(true);
    setFailure([]);
    if (!check.ok || limits.length > 0) return;
    setWorking(true);
    try {
      const { messageId } = await queueDispatch(db, {
        pid: doc.pid,
        boxKey: draft.boxKey,
        envelope: check.envelope,
        fileComponentIds: check.fileComponentIds,
        recipient: {
          name: draft.recipient?.name ?? null,
          address: draft.recipient?.address ?? null,
        },
      });
      // The message is queued whatever follows: the dialog closes, so it is never queued twice.
      if (onQueued) await onQueued(messageId).catch((error: unknown) => notify.failure(error));
      notify.success(t('dispatch.queued', { reference: doc.referenceNumber }));
      onClose();
    } catch (error) {
      // A refusal lists every field it found wrong; anything else is one sentence.
      setFailure(
        error instanceof CommandError && error.issues.length > 0
          ? error.issues.map((issue) => issueText(t, issue))
          : [errorText(t, error)],
      );
    } finally {
      setWorking(false);
    }
  };

  return (
    <CommandDialog
      title={t('dispatch.title', { reference: doc.referenceNumber })}
      wide
      onClose={onClose}
      confirmLabel={t('dispatch.send')}
      workingLabel={t('dispatch.sending')}
      working={working}
      onSubmit={submit}
      failure={failure[0] ?? null}
      failureDetails={failure.length > 1 ? failure.slice(1) : undefined}
      formClassName="dispatch-form"
      testId="dispatch-dialog"
    >
      <Field label={t('dispatch.box')} error={errorOf('boxKey')} required>
        <select
          className="select"
          value={draft.boxKey}
          data-testid="dispatch-box"
          onChange={(event) => change({ boxKey: event.target.value, recipient: null })}
        >
          {boxes.map((box) => (
            <option key={box.key} value={box.key}>
              {box.dbID ? `${box.label} (${box.dbID})` : box.label}
            </option>
          ))}
        </select>
      </Field>
      <RecipientPicker
        boxKey={draft.boxKey}
        value={draft.recipient}
        error={errorOf('recipient')}
        onChange={(recipient) => change({ recipient })}
      />
      <Field
        label={t('dispatch.annotation')}
        hint={t('dispatch.annotationHint')}
        error={errorOf('annotation')}
        required
      >
        <input
          className="input"
          value={draft.annotation}
          data-testid="dispatch-annotation"
          onChange={(event) => change({ annotation: event.target.value })}
        />
      </Field>
      <div className="dispatch-form__grid">
        <Field label={t('dispatch.senderRef')} hint={t('dispatch.senderRefHint')}>
          <input
            className="input"
            value={draft.senderRef}
            readOnly
            data-testid="dispatch-sender-ref"
          />
        </Field>
        <Field label={t('dispatch.recipientRef')} error={errorOf('recipientRef')}>
          <input
            className="input"
            value={draft.recipientRef}
            onChange={(event) => change({ recipientRef: event.target.value })}
          />
        </Field>
        <Field label={t('dispatch.toHands')} error={errorOf('toHands')}>
          <input
            className="input"
            value={draft.toHands}
            onChange={(event) => change({ toHands: event.target.value })}
          />
        </Field>
      </div>
      <div className="dispatch-form__checks">
        <label>
          <input
            type="checkbox"
            checked={draft.personalDelivery}
            data-testid="dispatch-personal"
            onChange={(event) => change({ personalDelivery: event.target.checked })}
          />{' '}
          {t('dispatch.personalDelivery')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={draft.allowFiction}
            data-testid="dispatch-fiction"
            onChange={(event) => change({ allowFiction: event.target.checked })}
          />{' '}
          {t('dispatch.allowFiction')}
        </label>
        <p className="field__hint">{t('dispatch.allowFictionHint')}</p>
      </div>
      <LegalTitleFields draft={draft} errorOf={errorOf} onChange={change} />
      <DispatchFiles
        files={draft.files}
        problems={limits}
        error={errorOf('files')}
        onChange={(next) => change({ files: next })}
      />
      <p className="field__hint">{t('dispatch.offlineNote')}</p>
    </CommandDialog>
  );
}
