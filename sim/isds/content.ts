import type { MessageFile } from '../../common/isds/model';
import { demoPdf } from './pdf';
import type { SimBox } from './types';

/** How big the demo's letters are: the ~20 kB of a one-page scanned-and-OCRed letter. */
export const DEMO_ATTACHMENT_BYTES = 20 * 1024;

function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'dokument'
  );
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The main document of a letter: a PDF named after its subject. */
export function letterPdf(
  subject: string,
  sender: SimBox,
  recipient: SimBox,
  size: number,
  seed: number,
  metaType: MessageFile['dmFileMetaType'] = 'main',
  suffix = '',
): MessageFile {
  return {
    dmMimeType: 'application/pdf',
    dmFileMetaType: metaType,
    dmFileDescr: `${slug(subject)}${suffix}.pdf`,
    dmFileGuid: null,
    dmUpFileGuid: null,
    dmFormat: null,
    content: demoPdf(
      [sender.name, `${recipient.name}, ${recipient.adCity}`, '', subject, '', 'S pozdravem'],
      size,
      seed,
    ),
    xml: false,
  };
}

/** A structured attachment, as firms send an invoice next to its PDF. */
export function structuredXml(subject: string, sender: SimBox, number: string): MessageFile {
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<doklad xmlns="urn:uradovna:demo:doklad" cislo="${xmlEscape(number)}">\n` +
    `  <dodavatel ico="${xmlEscape(sender.ic ?? '')}">${xmlEscape(sender.name)}</dodavatel>\n` +
    `  <predmet>${xmlEscape(subject)}</predmet>\n` +
    `</doklad>\n`;
  return {
    dmMimeType: 'application/xml',
    dmFileMetaType: 'enclosure',
    dmFileDescr: `${slug(subject)}.xml`,
    dmFileGuid: null,
    dmUpFileGuid: null,
    dmFormat: null,
    content: new Uint8Array(Buffer.from(xml, 'utf8')),
    xml: false,
  };
}

/** `count` PDFs of about `size` bytes: the first is the main document, the rest enclosures. */
export function letterFiles(
  subject: string,
  sender: SimBox,
  recipient: SimBox,
  count: number,
  size: number,
  seed: number,
): MessageFile[] {
  return Array.from({ length: Math.max(1, count) }, (_, index) =>
    letterPdf(
      subject,
      sender,
      recipient,
      size,
      (seed + index * 7919) >>> 0,
      index === 0 ? 'main' : 'enclosure',
      index === 0 ? '' : `-priloha-${index}`,
    ),
  );
}
