import type { DocumentRecord } from '../../domain/document';

/**
 * Paper or electronic: what NSESSS calls an analogue document (AnalogovyDokument) and
 * how its files are kept (forma_uchovani). The record does not say it in one field,
 * so it is read from how the document came to the office.
 */

type PhysicalFacts = Pick<DocumentRecord, 'direction' | 'channel'>;

/**
 * A letter that came by post or was handed in exists on paper; so does any document
 * with no file at all. The archive requires every electronic document to have its
 * components, so "no file" can only mean paper.
 */
export function isAnalogDocument(document: PhysicalFacts, componentCount: number): boolean {
  if (componentCount === 0) return true;
  return (
    document.direction === 'incoming' &&
    (document.channel === 'post' || document.channel === 'personal')
  );
}

/** The files of a paper document are its scans; those of an electronic one its originals. */
export function componentForm(analog: boolean): 'digitalizát' | 'originál' {
  return analog ? 'digitalizát' : 'originál';
}

/**
 * Components are listed in the order they were added; the first is the document
 * itself (intake attaches the letter before its attachments), the rest are attachments.
 */
export function componentKind(order: number): string {
  return order === 1 ? 'hlavní dokument' : 'příloha';
}

/** Czech needs three forms after a number: 1 list, 2–4 listy, 5 and more listů. */
function czechForm(count: number, one: string, few: string, many: string): string {
  return count === 1 ? one : count >= 2 && count <= 4 ? few : many;
}

/** Delivered or created quantity of a paper document: `2 listy, 1 příloha listinná (výkres)`. */
export function quantityText(document: Pick<DocumentRecord, 'sheets' | 'attachments'>): string {
  const { sheets } = document;
  const parts = [`${sheets} ${czechForm(sheets, 'list', 'listy', 'listů')}`];
  const { count, kind, description } = document.attachments;
  if (count > 0) {
    const noun = czechForm(count, 'příloha', 'přílohy', 'příloh');
    const adjective =
      kind === 'paper'
        ? czechForm(count, 'listinná', 'listinné', 'listinných')
        : czechForm(count, 'nelistinná', 'nelistinné', 'nelistinných');
    parts.push(`${count} ${noun} ${adjective}${description ? ` (${description})` : ''}`);
  }
  return parts.join(', ');
}
