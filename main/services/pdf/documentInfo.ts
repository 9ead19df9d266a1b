import { PDFDocument } from 'pdf-lib';
import { stripInvisible } from './textSafety';

export const PRODUCT_NAME = 'Úřadovna';

export interface DocumentInfo {
  title: string;
  author: string;
  subject?: string;
  createdAt: Date;
}

/** A new document with our metadata (pdf-lib's own defaults name pdf-lib instead). */
export async function createDocument(info: DocumentInfo): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(stripInvisible(info.title), { showInWindowTitleBar: true });
  const author = stripInvisible(info.author);
  if (author.length > 0) doc.setAuthor(author);
  if (info.subject) doc.setSubject(stripInvisible(info.subject));
  doc.setCreator(PRODUCT_NAME);
  doc.setProducer(PRODUCT_NAME);
  doc.setLanguage('cs');
  doc.setCreationDate(info.createdAt);
  doc.setModificationDate(info.createdAt);
  return doc;
}
