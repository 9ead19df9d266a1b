import type { TFunction } from 'i18next';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../common/domain/validation';
import type { LetterLayout, LetterLogo, LetterTemplate } from '../../../common/letters/model';
import { validateLetterTemplate } from '../../../common/letters/schemas';
import { letterIssueDisplay } from '../../letters/ui/letterErrorText';
import {
  formOfTemplate,
  templateFieldOfPath,
  templateOfForm,
  type TemplateForm,
  type TemplateTextField,
} from './templateForm';

export type TemplateFormField = TemplateTextField | 'logo';

function issuesByField(t: TFunction, issues: readonly ValidationIssue[]) {
  const byField = new Map<TemplateFormField, string>();
  for (const issue of issues) {
    const field = templateFieldOfPath(issue.path);
    if (field && !byField.has(field)) byField.set(field, letterIssueDisplay(t, issue));
  }
  return byField;
}

/**
 * A template's settings form. The schema runs on every change; a field shows its issue
 * once left or after a save attempt, and issues of the logo picker or the save command
 * stay until that field changes.
 */
export function useTemplateForm(initial: LetterTemplate) {
  const { t } = useTranslation();
  const [form, setForm] = useState<TemplateForm>(() => formOfTemplate(initial));
  const [touched, setTouched] = useState<ReadonlySet<TemplateFormField>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [pinned, setPinned] = useState<ValidationIssue[]>([]);

  const template = useMemo(() => templateOfForm(form), [form]);
  const validated = useMemo(() => validateLetterTemplate(template), [template]);
  const local = useMemo(
    () => issuesByField(t, validated.ok ? [] : validated.issues),
    [t, validated],
  );
  const pinnedByField = useMemo(() => issuesByField(t, pinned), [t, pinned]);

  const unpin = (field: TemplateFormField) =>
    setPinned((issues) => issues.filter((issue) => templateFieldOfPath(issue.path) !== field));

  const setText = useCallback((field: TemplateTextField, value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setPinned((issues) => issues.filter((issue) => templateFieldOfPath(issue.path) !== field));
  }, []);

  const setLayout = useCallback(
    <K extends keyof LetterLayout>(key: K, value: LetterLayout[K]) =>
      setForm((current) => ({ ...current, layout: { ...current.layout, [key]: value } })),
    [],
  );

  const setLogo = (logo: LetterLogo | null) => {
    setForm((current) => ({ ...current, logo }));
    unpin('logo');
  };

  const touch = useCallback(
    (field: TemplateFormField) =>
      setTouched((current) => (current.has(field) ? current : new Set([...current, field]))),
    [],
  );

  const errorFor = (field: TemplateFormField): string | null =>
    pinnedByField.get(field) ??
    (submitted || touched.has(field) || field === 'logo' ? local.get(field) : undefined) ??
    null;

  return {
    form,
    template,
    valid: validated.ok ? validated.value : null,
    /** The first issue as text, for the preview's note; null when the template is valid. */
    firstIssue:
      !validated.ok && validated.issues[0] ? letterIssueDisplay(t, validated.issues[0]) : null,
    setText,
    setLayout,
    setLogo,
    touch,
    errorFor,
    /** Issues found outside the schema (the logo picker, the save command). */
    pinIssues: setPinned,
    markSubmitted: () => setSubmitted(true),
  };
}

export type TemplateFormState = ReturnType<typeof useTemplateForm>;
