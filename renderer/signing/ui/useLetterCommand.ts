import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord } from '../../../common/domain/letter';
import { useCommand, type CommandRun } from '../../ui/useCommand';

/** What every dialog about one letter is opened with. */
export interface LetterDialogProps {
  letter: LetterRecord;
  doc: DocumentRecord;
  onClose: () => void;
}

export interface LetterCommandRun extends CommandRun {
  /** Runs the command; on success shows `done` as a notice and closes the dialog. */
  submit: (command: () => Promise<unknown>, done: () => string) => Promise<void>;
}

/**
 * A letter dialog's one command: a refused command keeps the dialog open with its reason,
 * a done one is confirmed in the notice area and closes it.
 */
export function useLetterCommand(onClose: () => void): LetterCommandRun {
  const command = useCommand();
  const submit = async (work: () => Promise<unknown>, done: () => string) => {
    if (await command.run(work, done)) onClose();
  };
  return { ...command, submit };
}
