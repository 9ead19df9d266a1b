import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { handlersWithCurrentUser, ORGANIZATION_LIMITS } from '../db/commands/updateOrganization';
import { Field } from '../ui/Field';

export interface HandlersEditorProps {
  currentUser: string;
  handlers: string[];
  onChange: (handlers: string[]) => void;
}

/** The list of handlers; the current user always belongs to it and cannot be removed. */
export function HandlersEditor({ currentUser, handlers, onChange }: HandlersEditorProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const you = currentUser.trim().replace(/\s+/g, ' ');
  const shown = handlersWithCurrentUser(currentUser, handlers);

  const add = () => {
    const name = newName.trim().replace(/\s+/g, ' ');
    if (name.length === 0) return setError(t('settings.organization.handlerEmpty'));
    if (name.length > ORGANIZATION_LIMITS.person)
      return setError(t('validation.tooLong', { max: ORGANIZATION_LIMITS.person }));
    if (shown.some((handler) => handler.toLocaleLowerCase('cs') === name.toLocaleLowerCase('cs'))) {
      return setError(t('settings.organization.handlerDuplicate', { name }));
    }
    onChange([...handlers, name]);
    setNewName('');
    setError(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the name here instead of saving the whole form.
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  return (
    <div className="settings-handlers">
      <h3 id={titleId} className="settings-handlers__title">
        {t('settings.organization.handlers')}
      </h3>
      <p className="field__hint">{t('settings.organization.handlersHint')}</p>
      <ul className="settings-handlers__list" aria-labelledby={titleId}>
        {shown.map((name) => (
          <li key={name} className="settings-handlers__item">
            <span className="settings-handlers__name">{name}</span>
            {name === you ? (
              <span className="settings-handlers__you">{t('settings.organization.you')}</span>
            ) : (
              <button
                type="button"
                className="button button--small"
                aria-label={t('settings.organization.removeHandler', { name })}
                onClick={() =>
                  onChange(
                    handlers.filter((handler) => handler.trim().replace(/\s+/g, ' ') !== name),
                  )
                }
              >
                {t('common.actions.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="settings-handlers__add">
        <Field label={t('settings.organization.newHandler')} error={error}>
          <input
            className="input"
            value={newName}
            autoComplete="off"
            maxLength={ORGANIZATION_LIMITS.person + 20}
            onChange={(event) => {
              setNewName(event.target.value);
              setError(null);
            }}
            onKeyDown={onKeyDown}
          />
        </Field>
        <button type="button" className="button" onClick={add}>
          {t('settings.organization.addHandler')}
        </button>
      </div>
    </div>
  );
}
