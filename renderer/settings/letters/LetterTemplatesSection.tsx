import { useState } from 'react';
import type { LetterTemplate } from '../../../common/letters/model';
import { useServices } from '../../app/services';
import { GuardedButton } from '../../caseFiles/GuardedButton';
import { saveLetterTemplate } from '../../letters/db/saveLetterTemplate';
import { useLetterText } from '../../letters/ui/text';
import { useLetterTemplates } from '../../letters/ui/useLetterTemplates';
import { useNotify } from '../../ui/useNotify';
import { SettingsCard } from '../SettingsCard';
import '../../letters/letters.css';
import { RemoveTemplateDialog } from './RemoveTemplateDialog';
import { TemplateEditorDialog } from './TemplateEditorDialog';
import { duplicateTemplate } from './templateForm';

type Open =
  { kind: 'edit'; template: LetterTemplate } | { kind: 'remove'; template: LetterTemplate };

/** Settings → "Šablony dopisů": the office's letter templates, edited with a live preview. */
export function LetterTemplatesSection() {
  const text = useLetterText();
  const notify = useNotify();
  const { db } = useServices();
  const loaded = useLetterTemplates();
  const [open, setOpen] = useState<Open | null>(null);

  const duplicate = async (template: LetterTemplate) => {
    try {
      const copy = duplicateTemplate(template, (name) => text('templates.copyName', { name }));
      const result = await saveLetterTemplate(db, copy);
      notify.success(text('templates.saved', { name: result.template.name }));
      setOpen({ kind: 'edit', template: result.template });
    } catch (error) {
      notify.failure(error);
    }
  };

  return (
    <SettingsCard title={text('templates.title')} description={text('templates.description')}>
      {loaded ? (
        <>
          {loaded.saved ? null : <p className="field__hint">{text('templates.defaultsNote')}</p>}
          <ul
            className="letter-templates"
            aria-label={text('templates.listLabel')}
            data-testid="letter-templates"
          >
            {loaded.templates.map((template) => (
              <li
                key={template.id}
                className="letter-templates__item"
                data-testid={`letter-template-${template.id}`}
              >
                <span className="letter-templates__name">{template.name}</span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={text('templates.editNamed', { name: template.name })}
                  data-testid="letter-template-edit"
                  onClick={() => setOpen({ kind: 'edit', template })}
                >
                  {text('templates.edit')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={text('templates.duplicateNamed', { name: template.name })}
                  data-testid="letter-template-duplicate"
                  onClick={() => void duplicate(template)}
                >
                  {text('templates.duplicate')}
                </button>
                <span className="letter-action" data-testid="letter-template-remove">
                  <GuardedButton
                    label={text('templates.remove')}
                    refusal={
                      loaded.templates.length <= 1
                        ? { key: 'letterEditor.templates.lastOne' }
                        : null
                    }
                    onClick={() => setOpen({ kind: 'remove', template })}
                    variant="danger"
                    small
                  />
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p aria-busy="true">{text('templates.loading')}</p>
      )}
      {open?.kind === 'edit' ? (
        <TemplateEditorDialog
          key={open.template.id}
          template={open.template}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'remove' ? (
        <RemoveTemplateDialog template={open.template} onClose={() => setOpen(null)} />
      ) : null}
    </SettingsCard>
  );
}
