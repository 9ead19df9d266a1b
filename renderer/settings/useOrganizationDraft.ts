import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationProfile } from '../../common/contract/types';
import { DEFAULT_REFERENCE_MASK } from '../../common/domain/referenceNumber';
import type { ValidationIssue } from '../../common/domain/validation';
import {
  validateOrganizationSettings,
  type OrganizationSettings,
} from '../db/commands/updateOrganization';
import { issueText } from '../i18n';
import { issuesByPath } from './issuesByPath';
import type { StoredOrganizationSettings } from './useOrganizationSettings';

const BLANK_PROFILE: OrganizationProfile = {
  name: '',
  abbreviation: '',
  pidPrefix: '',
  referenceMask: DEFAULT_REFERENCE_MASK,
  ico: '',
  dataBoxId: '',
  address: '',
};

export function draftFrom(stored: StoredOrganizationSettings): OrganizationSettings {
  return {
    organization: stored.organization ?? BLANK_PROFILE,
    currentUser: stored.currentUser,
    handlers: stored.handlers,
  };
}

/**
 * The organisation form's state. Rules run on every keystroke (they are cheap); a
 * field shows its message once left or after a save attempt, so nobody is scolded
 * for a field not reached yet. Issues the command found (a locked PID prefix) stay
 * until that field changes.
 */
export function useOrganizationDraft(stored: StoredOrganizationSettings) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<OrganizationSettings>(() => draftFrom(stored));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [commandIssues, setCommandIssues] = useState<ValidationIssue[]>([]);

  const validated = useMemo(() => validateOrganizationSettings(draft), [draft]);
  const localIssues = useMemo(
    () => issuesByPath(validated.ok ? [] : validated.issues),
    [validated],
  );
  const storedIssues = useMemo(() => issuesByPath(commandIssues), [commandIssues]);
  const dirty = useMemo(
    () => JSON.stringify(draft) !== JSON.stringify(draftFrom(stored)),
    [draft, stored],
  );

  const errorFor = (path: string): string | null => {
    const issue =
      storedIssues.get(path) ?? ((submitted || touched.has(path)) && localIssues.get(path));
    return issue ? issueText(t, issue) : null;
  };

  const forget = useCallback(
    (path: string) => setCommandIssues((issues) => issues.filter((issue) => issue.path !== path)),
    [],
  );

  const setField = useCallback(
    (field: keyof OrganizationProfile, value: string) => {
      setDraft((current) => ({
        ...current,
        organization: { ...current.organization, [field]: value },
      }));
      forget(`organization.${field}`);
    },
    [forget],
  );

  const setCurrentUser = useCallback(
    (value: string) => {
      setDraft((current) => ({ ...current, currentUser: value }));
      forget('currentUser');
    },
    [forget],
  );

  const setHandlers = useCallback(
    (handlers: string[]) => setDraft((current) => ({ ...current, handlers })),
    [],
  );

  const touch = useCallback(
    (path: string) =>
      setTouched((current) => (current.has(path) ? current : new Set([...current, path]))),
    [],
  );

  const reset = useCallback((next: OrganizationSettings) => {
    setDraft(next);
    setTouched(new Set());
    setSubmitted(false);
    setCommandIssues([]);
  }, []);

  return {
    draft,
    validated,
    dirty,
    submitted,
    errorFor,
    setField,
    setCurrentUser,
    setHandlers,
    touch,
    reset,
    markSubmitted: () => setSubmitted(true),
    setCommandIssues,
  };
}
