import type { NumberStatus } from '../../common/domain/sync';
import type { IntakeForm } from './formState';
import type { Refusal, ScanFile } from './scanFile';

export interface SavedDocument {
  pid: string;
  referenceNumber: string;
  /** How the number stood when it was given (absent in drafts kept from before sync). */
  numberStatus?: NumberStatus;
  renamedFiles: Array<[string, string]>;
}

/** Everything the clerk has on the intake screen. */
export interface Draft {
  form: IntakeForm;
  /** The form as it was when started: what "nothing typed yet" looks like. */
  baseline: IntakeForm;
  files: ScanFile[];
  refusals: Refusal[];
  /** Set after a save: the screen shows the confirmation instead of the form. */
  saved: SavedDocument | null;
}

// The draft outlives the screen, so a look into the journal does not wipe a half-typed
// letter. It lives only in memory: nothing unregistered is written anywhere.
let remembered: Draft | null = null;
let handledNewDocumentRequest = 0;

export function recallDraft(): Draft | null {
  return remembered;
}

export function rememberDraft(draft: Draft): void {
  remembered = draft;
}

/** The last press of the new-document shortcut that a screen acted on. */
export function recallHandledNewDocumentRequest(): number {
  return handledNewDocumentRequest;
}

export function rememberHandledNewDocumentRequest(request: number): void {
  handledNewDocumentRequest = Math.max(handledNewDocumentRequest, request);
}
