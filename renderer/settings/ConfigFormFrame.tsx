import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfigForm, ConfigFormTexts } from './useConfigForm';

export interface ConfigFormFrameProps {
  form: Pick<ConfigForm<unknown, string>, 'saving' | 'failure' | 'submit'>;
  texts: ConfigFormTexts;
  /** `<testId>-form`, `-failure` and `-save` name the form's parts for tests. */
  testId: string;
  children: ReactNode;
}

/** A settings form's frame: its fields, then why it was not saved, then the save button. */
export function ConfigFormFrame({ form, texts, testId, children }: ConfigFormFrameProps) {
  const { t } = useTranslation();
  return (
    <form
      className="settings-form"
      noValidate
      data-testid={`${testId}-form`}
      onSubmit={(event) => void form.submit(event)}
    >
      {children}
      {form.failure ? (
        <p className="settings-form__failure" role="alert" data-testid={`${testId}-failure`}>
          {form.failure}
        </p>
      ) : null}
      <div className="settings-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={form.saving}
          data-testid={`${testId}-save`}
        >
          {form.saving ? t(`${texts}.saving`) : t(`${texts}.save`)}
        </button>
      </div>
    </form>
  );
}
