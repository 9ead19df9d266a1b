import { useCallback, useEffect, useState } from 'react';
import type { Direction } from '../../common/domain/document';
import {
  emptyForm,
  emptyParty,
  hasTypedContent,
  nextForm,
  type IntakeForm,
  type PartyForm,
} from './formState';
import { recallDraft, rememberDraft, type Draft, type SavedDocument } from './intakeDraft';
import type { CheckedFiles } from './scanFile';

function freshDraft(currentUser: string, previous?: IntakeForm): Draft {
  const now = new Date();
  const form = previous ? nextForm(previous, now, currentUser) : emptyForm({ now, currentUser });
  return { form, baseline: form, files: [], refusals: [], saved: null };
}

/** The intake draft and every edit of it; one place so the screen's parts stay simple. */
export function useIntakeDraft(currentUser: string) {
  const [draft, setDraft] = useState<Draft>(() => recallDraft() ?? freshDraft(currentUser));
  useEffect(() => rememberDraft(draft), [draft]);

  const updateForm = useCallback(
    (patch: Partial<IntakeForm>) => setDraft((d) => ({ ...d, form: { ...d.form, ...patch } })),
    [],
  );
  const updateSender = useCallback(
    (patch: Partial<PartyForm>) =>
      setDraft((d) => ({ ...d, form: { ...d.form, sender: { ...d.form.sender, ...patch } } })),
    [],
  );
  const updateAddressee = useCallback(
    (index: number, patch: Partial<PartyForm>) =>
      setDraft((d) => ({
        ...d,
        form: {
          ...d.form,
          addressees: d.form.addressees.map((party, i) =>
            i === index ? { ...party, ...patch } : party,
          ),
        },
      })),
    [],
  );
  const addAddressee = useCallback(
    () =>
      setDraft((d) => ({
        ...d,
        form: { ...d.form, addressees: [...d.form.addressees, emptyParty()] },
      })),
    [],
  );
  const removeAddressee = useCallback(
    (index: number) =>
      setDraft((d) => ({
        ...d,
        form: { ...d.form, addressees: d.form.addressees.filter((_, i) => i !== index) },
      })),
    [],
  );
  const setDirection = useCallback(
    (direction: Direction) => updateForm({ direction }),
    [updateForm],
  );

  const addFiles = useCallback(
    (checked: CheckedFiles) =>
      setDraft((d) => ({
        ...d,
        files: [...d.files, ...checked.accepted],
        refusals: [...d.refusals, ...checked.refused],
      })),
    [],
  );
  const removeFile = useCallback(
    (id: string) => setDraft((d) => ({ ...d, files: d.files.filter((file) => file.id !== id) })),
    [],
  );
  const dismissRefusals = useCallback(() => setDraft((d) => ({ ...d, refusals: [] })), []);

  const markSaved = useCallback((saved: SavedDocument) => setDraft((d) => ({ ...d, saved })), []);
  /** A blank form that keeps the kind, channel and handler of the last one. */
  const startNew = useCallback(
    () => setDraft((d) => freshDraft(currentUser, d.form)),
    [currentUser],
  );

  const dirty =
    draft.saved === null && (hasTypedContent(draft.form, draft.baseline) || draft.files.length > 0);

  return {
    draft,
    dirty,
    updateForm,
    updateSender,
    updateAddressee,
    addAddressee,
    removeAddressee,
    setDirection,
    addFiles,
    removeFile,
    dismissRefusals,
    markSaved,
    startNew,
  };
}

export type IntakeDraftApi = ReturnType<typeof useIntakeDraft>;
