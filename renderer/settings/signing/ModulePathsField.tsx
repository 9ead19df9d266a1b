import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { issueText } from '../../i18n';
import { Field } from '../../ui/Field';
import { checkModulePath } from './modulePaths';

export interface ModulePathsFieldProps {
  modules: string[];
  onChange: (modules: string[]) => void;
}

/** The PKCS#11 libraries cards are looked for with; each path is checked as it is added. */
export function ModulePathsField({ modules, onChange }: ModulePathsFieldProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    const checked = checkModulePath(path, modules);
    if (!checked.ok) {
      setError(issueText(t, checked.issue));
      return;
    }
    onChange([...modules, checked.value]);
    setPath('');
    setError(null);
  };
  // Enter adds the path rather than saving the whole form with it still typed in.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <fieldset className="signing-settings__modules" aria-labelledby={labelId}>
      <legend id={labelId} className="field__label">
        {t('signingSettings.modules.label')}
      </legend>
      <p className="field__hint">{t('signingSettings.modules.hint')}</p>
      {modules.length === 0 ? (
        <p className="settings-note" data-testid="signing-settings-modules-none">
          {t('signingSettings.modules.none')}
        </p>
      ) : (
        <ul className="signing-settings__list" aria-label={t('signingSettings.modules.listLabel')}>
          {modules.map((module) => (
            <li
              key={module}
              className="signing-settings__row"
              data-testid="signing-settings-module"
            >
              <span className="settings-path">{module}</span>
              <button
                type="button"
                className="button button--small"
                data-testid="signing-settings-module-remove"
                aria-label={t('signingSettings.modules.removeNamed', { path: module })}
                onClick={() => onChange(modules.filter((item) => item !== module))}
              >
                {t('signingSettings.modules.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="signing-settings__add">
        <Field
          label={t('signingSettings.modules.newLabel')}
          hint={t('signingSettings.modules.newHint')}
          error={error}
          className="signing-settings__grow"
        >
          <input
            className="input"
            type="text"
            value={path}
            spellCheck={false}
            autoComplete="off"
            data-testid="signing-settings-module-input"
            onChange={(event) => {
              setPath(event.target.value);
              setError(null);
            }}
            onKeyDown={onKeyDown}
          />
        </Field>
        <button
          type="button"
          className="button"
          data-testid="signing-settings-module-add"
          onClick={add}
        >
          {t('signingSettings.modules.add')}
        </button>
      </div>
    </fieldset>
  );
}
