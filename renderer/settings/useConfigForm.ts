import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig, AppConfigPatch } from '../../common/contract/types';
import type { ValidationIssue } from '../../common/domain/validation';
import { configChanged } from '../app/appSlice';
import { useServices } from '../app/services';
import { useAppDispatch } from '../app/store';
import { errorText, issueText } from '../i18n';
import { useNotify } from '../ui/useNotify';

/** The settings sections whose texts (`notSaved`, `saved`, `failed`, `save`, `saving`) the form uses. */
export type ConfigFormTexts = 'conversionSettings' | 'signingSettings';

/** The patch to save, or that something in the form is wrong (each field says what). */
export type CheckedConfig = { ok: true; patch: AppConfigPatch } | { ok: false };

export interface ConfigFormOptions<Draft> {
  config: AppConfig;
  draftOf: (config: AppConfig) => Draft;
  /**
   * A check that answers at once refuses at once; one that must read something first (a
   * certificate, say) runs while the form shows it saves.
   */
  check: (draft: Draft) => CheckedConfig | Promise<CheckedConfig>;
  texts: ConfigFormTexts;
}

export interface ConfigForm<Draft, Path extends string> {
  draft: Draft;
  change: (patch: Partial<Draft>) => void;
  touch: (path: Path) => void;
  /** The issue's text once the field was left or a save was tried; null before, or with none. */
  errorAt: (path: Path, issue: ValidationIssue | null) => string | null;
  saving: boolean;
  failure: string | null;
  submit: (event: FormEvent) => Promise<void>;
}

/**
 * A settings form over part of the configuration: a draft of it, field problems shown once the
 * field is left (or a save is tried), and the save through `config.update`, after which the
 * draft is what main saved.
 */
export function useConfigForm<Draft, Path extends string>({
  config,
  draftOf,
  check,
  texts,
}: ConfigFormOptions<Draft>): ConfigForm<Draft, Path> {
  const { t } = useTranslation();
  const { api } = useServices();
  const dispatch = useAppDispatch();
  const notify = useNotify();
  const [draft, setDraft] = useState<Draft>(() => draftOf(config));
  const [touched, setTouched] = useState<ReadonlySet<Path>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const change = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setFailure(null);
  };
  const touch = (path: Path) => setTouched((current) => new Set([...current, path]));
  const errorAt = (path: Path, issue: ValidationIssue | null) =>
    issue && (submitted || touched.has(path)) ? issueText(t, issue) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const checking = check(draft);
    if (!(checking instanceof Promise) && !checking.ok) {
      setFailure(t(`${texts}.notSaved`));
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      const checked = await checking;
      if (!checked.ok) {
        setFailure(t(`${texts}.notSaved`));
        return;
      }
      const next = await api['config.update'](checked.patch);
      dispatch(configChanged(next));
      setDraft(draftOf(next));
      setSubmitted(false);
      setTouched(new Set());
      notify.success(t(`${texts}.saved`));
    } catch (error) {
      setFailure(t(`${texts}.failed`, { reason: errorText(t, error) }));
    } finally {
      setSaving(false);
    }
  };

  return { draft, change, touch, errorAt, saving, failure, submit };
}
