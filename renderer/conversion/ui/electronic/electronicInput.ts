import type { DataMessageRecord } from '../../../../common/domain/databox';
import type { DocumentRecord } from '../../../../common/domain/document';
import { CONVERSION_TEXT_MAX } from '../../../../common/domain/conversionRules';
import { isCalendarDate, officeDateString } from '../../../../common/domain/time';
import type { ComponentRecord, UradovnaDatabase } from '../../../db/schema';

/** What the electronic → paper dialog works with: the document, its files, its data messages. */
export interface ElectronicInput {
  doc: DocumentRecord;
  /** PDF files that can be printed with the clause, oldest first. */
  pdfs: ComponentRecord[];
  /** Files that cannot (not PDF): named so the clerk knows why they are not offered. */
  others: ComponentRecord[];
  messages: DataMessageRecord[];
}

const PDF = 'application/pdf';

/** A conversion's own printout is not offered: printing it again with a second clause makes no sense. */
function isOwnPrintout(component: ComponentRecord): boolean {
  return component.role === 'conversionPrint';
}

function isPdf(component: ComponentRecord): boolean {
  return component.mime.toLowerCase() === PDF;
}

/** A file that can be printed with the § 25(2) clause. */
export function isPrintablePdf(component: ComponentRecord): boolean {
  return isPdf(component) && !isOwnPrintout(component);
}

/**
 * The document and its files split into what can be converted and what cannot; a
 * conversion's own printout is neither. Dexie reads only, so a live query may run it.
 */
export async function loadElectronicInput(
  db: UradovnaDatabase,
  pid: string,
): Promise<ElectronicInput | null> {
  const doc = await db.documents.get(pid);
  if (!doc) return null;
  const components = (await db.components.where('pid').equals(pid).toArray()).sort((a, b) =>
    a.addedAt.localeCompare(b.addedAt),
  );
  const messages = await db.isdsMessages.where('documentPid').equals(pid).toArray();
  const candidates = components.filter((component) => !isOwnPrintout(component));
  return {
    doc,
    pdfs: candidates.filter(isPdf),
    others: candidates.filter((component) => !isPdf(component)),
    messages,
  };
}

/** The data message the file came in (one of its files is this component), if any. */
export function messageOf(
  messages: readonly DataMessageRecord[],
  componentId: string,
): DataMessageRecord | null {
  return (
    messages.find((message) => message.files.some((file) => file.componentId === componentId)) ??
    null
  );
}

function clip(text: string): string {
  return text.length <= CONVERSION_TEXT_MAX ? text : `${text.slice(0, CONVERSION_TEXT_MAX - 1)}…`;
}

/**
 * How the input is named in the conversion register, as the clerk would write it: the
 * file and the data message it came in (with its sender and subject), else the file and
 * its document. Czech whatever the UI language: it is the register's record.
 */
export function defaultDescription(
  doc: DocumentRecord,
  component: ComponentRecord,
  message: DataMessageRecord | null,
): string {
  if (message?.dmID) {
    const details = [
      message.envelope.dmSender ? `odesílatel ${message.envelope.dmSender}` : null,
      message.envelope.dmAnnotation ? `věc: ${message.envelope.dmAnnotation}` : null,
    ].filter(Boolean);
    const suffix = details.length > 0 ? ` (${details.join(', ')})` : '';
    return clip(`soubor „${component.name}“ z datové zprávy č. ${message.dmID}${suffix}`);
  }
  const subject = doc.subject ? ` (${doc.subject})` : '';
  return clip(`soubor „${component.name}“ dokumentu č. j. ${doc.referenceNumber}${subject}`);
}

/** The input's own date: the message's delivery, else the document's date (office calendar). */
export function defaultInputDate(doc: DocumentRecord, message: DataMessageRecord | null): string {
  const instant = message?.deliveryTime ?? message?.acceptanceTime ?? null;
  if (instant && !Number.isNaN(Date.parse(instant))) return officeDateString(new Date(instant));
  if (isCalendarDate(doc.documentDate)) return doc.documentDate;
  return Number.isNaN(Date.parse(doc.documentDate))
    ? ''
    : officeDateString(new Date(doc.documentDate));
}
