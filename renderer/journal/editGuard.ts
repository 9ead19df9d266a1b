import type { Refusal } from '../../common/domain/caseFileGuards';
import type { DocumentRecord, DocumentState } from '../../common/domain/document';

/**
 * States whose description a clerk may still correct. The same rule as
 * `updateDocument`'s (a test holds the two together): what is closed, handed over or
 * cancelled is a record already, and its description stays as it was.
 */
const EDITABLE: ReadonlySet<DocumentState> = new Set(['registered', 'inProgress', 'settled']);

/** Why "Upravit" is not possible now, or null when it is. */
export function editRefusal(doc: Pick<DocumentRecord, 'state'>): Refusal | null {
  return EDITABLE.has(doc.state) ? null : { key: 'errors.document.notEditable' };
}
