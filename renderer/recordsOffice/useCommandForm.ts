import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandError } from '../db/errors';
import { errorText, issueText } from '../i18n';

/**
 * Runs a command from a dialog's form: a refusal about one of `fields` is shown at
 * that field, any other refusal above the buttons; the dialog stays open until it
 * succeeds.
 */
export function useCommandForm(fields: readonly string[]) {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const run = useCallback(
    async (work: () => Promise<void>): Promise<boolean> => {
      setWorking(true);
      setFieldErrors({});
      setFailure(null);
      try {
        await work();
        return true;
      } catch (caught) {
        const issues = caught instanceof CommandError ? caught.issues : [];
        const atFields = issues.filter((issue) => fields.includes(issue.path));
        const elsewhere = issues.filter((issue) => !fields.includes(issue.path));
        setFieldErrors(
          Object.fromEntries(atFields.map((issue) => [issue.path, issueText(t, issue)])),
        );
        if (elsewhere.length > 0) {
          setFailure(elsewhere.map((issue) => issueText(t, issue)).join(' '));
        } else if (atFields.length === 0) {
          setFailure(errorText(t, caught));
        }
        return false;
      } finally {
        setWorking(false);
      }
    },
    [fields, t],
  );

  return { fieldErrors, failure, working, run };
}
