import type { TFunction } from 'i18next';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../common/domain/validation';
import type { LetterContent, LetterTemplate } from '../../../common/letters/model';
import { validateLetterContent } from '../../../common/letters/schemas';
import {
  contentOfForm,
  formFieldOfPath,
  type LetterForm,
  type LetterFormField,
} from '../model/letterForm';
import { letterIssueDisplay } from './letterErrorText';

export interface LetterEditorForm {
  form: LetterForm;
  template: LetterTemplate | undefined;
  /** The content when it validates (what the preview renders), else null. */
  valid: LetterContent | null;
  /** The first issue of the content as text, for the preview's note; null when valid. */
  firstIssue: string | null;
  setField: (field: LetterFormField, value: string) => void;
  setTemplate: (id: string) => void;
  touch: (field: LetterFormField) => void;
  /** Shows every field's issue (after a save attempt). */
  markSubmitted: () => void;
  /** Issues the save command found; they stay until their field changes. */
  setCommandIssues: (issues: ValidationIssue[]) => void;
  errorFor: (field: LetterFormField) => string | null;
}

function issuesByField(t: TFunction, issues: readonly ValidationIssue[]) {
  const byField = new Map<LetterFormField, string>();
  for (const issue of issues) {
    const field = formFieldOfPath(issue.path);
    if (field && !byField.has(field)) byField.set(field, letterIssueDisplay(t, issue));
  }
  return byField;
}

/**
 * The letter editor's state. The content is checked by the letter schema on every
 * change (cheap); a field shows its issue once left or after a save attempt.
 */
export function useLetterEditorForm(
  initial: LetterForm,
  templates: readonly LetterTemplate[],
): LetterEditorForm {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<LetterFormField>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [commandIssues, setCommandIssues] = useState<ValidationIssue[]>([]);

  const template = templates.find((item) => item.id === form.templateId) ?? templates[0];
  const validated = useMemo(() => validateLetterContent(contentOfForm(form)), [form]);
  const localErrors = useMemo(
    () => issuesByField(t, validated.ok ? [] : validated.issues),
    [t, validated],
  );
  const commandErrors = useMemo(() => issuesByField(t, commandIssues), [t, commandIssues]);

  const setField = useCallback((field: LetterFormField, value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setCommandIssues((issues) => issues.filter((issue) => formFieldOfPath(issue.path) !== field));
  }, []);

  // A signer still as the old template had it follows the new template's default.
  const setTemplate = useCallback(
    (id: string) =>
      setForm((current) => {
        const before = templates.find((item) => item.id === current.templateId);
        const after = templates.find((item) => item.id === id);
        const followSigner =
          after &&
          (!before ||
            (current.signerName === before.signer.name &&
              current.signerFunction === before.signer.function));
        return followSigner
          ? {
              ...current,
              templateId: id,
              signerName: after.signer.name,
              signerFunction: after.signer.function,
            }
          : { ...current, templateId: id };
      }),
    [templates],
  );

  const touch = useCallback(
    (field: LetterFormField) =>
      setTouched((current) => (current.has(field) ? current : new Set([...current, field]))),
    [],
  );

  const errorFor = (field: LetterFormField): string | null =>
    commandErrors.get(field) ??
    (submitted || touched.has(field) ? localErrors.get(field) : undefined) ??
    null;

  const firstIssue = validated.ok
    ? null
    : validated.issues[0]
      ? letterIssueDisplay(t, validated.issues[0])
      : null;

  return {
    form,
    template,
    valid: validated.ok ? validated.value : null,
    firstIssue,
    setField,
    setTemplate,
    touch,
    markSubmitted: () => setSubmitted(true),
    setCommandIssues,
    errorFor,
  };
}
