import type { LetterTemplate } from '../../../common/letters/model';
import { useServices } from '../../app/services';
import { removeLetterTemplate } from '../../letters/db/removeLetterTemplate';
import { useLetterText } from '../../letters/ui/text';
import { CommandDialog } from '../../ui/CommandDialog';
import { useCommand } from '../../ui/useCommand';

export interface RemoveTemplateDialogProps {
  template: LetterTemplate;
  onClose: () => void;
}

/** Confirms deleting a template; letters written with it keep their text. */
export function RemoveTemplateDialog({ template, onClose }: RemoveTemplateDialogProps) {
  const text = useLetterText();
  const { db } = useServices();
  const command = useCommand();
  return (
    <CommandDialog
      title={text('templates.removeNamed', { name: template.name })}
      onClose={onClose}
      confirmLabel={text('templates.remove')}
      working={command.working}
      danger
      failure={command.failure}
      testId="letter-template-remove-dialog"
      onSubmit={async () => {
        const done = await command.run(
          () => removeLetterTemplate(db, template.id),
          () => text('templates.removed', { name: template.name }),
        );
        if (done) onClose();
      }}
    >
      <p>{text('templates.confirmRemove', { name: template.name })}</p>
    </CommandDialog>
  );
}
