/**
 * What crosses the contract about outgoing letters: rendering a letter from its template
 * (PDF/A-2b), an envelope or address label for the post, and turning an existing PDF
 * into a PDF/A letter.
 */
import { z } from 'zod';
import type { SignatureBox } from '../domain/letter';
import {
  letterContentSchema,
  letterTemplateSchema,
  postLabelInputSchema,
} from '../letters/schemas';
import { POST_LABEL_FORMATS } from '../letters/model';
import type { RenderedPdf } from './types';

/** The largest PDF accepted for import as a letter (the attachment limit of the journal). */
export const MAX_IMPORTED_PDF_BYTES = 64 * 1024 * 1024;

export interface RenderedLetter extends RenderedPdf {
  /** Where the visible signature appearance goes (PDF points, origin bottom left, page 0-based). */
  signatureBox: SignatureBox;
}

export interface ImportedPdf {
  pdf: Uint8Array;
  pages: number;
  /** What the conversion to PDF/A changed, in Czech, for the user and the transaction log. */
  changes: string[];
}

export const renderLetterSchema = z
  .object({ template: letterTemplateSchema, content: letterContentSchema })
  .strict();

export const renderPostLabelSchema = z
  .object({ input: postLabelInputSchema, format: z.enum(POST_LABEL_FORMATS) })
  .strict();

export const importPdfSchema = z
  .object({
    bytes: z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.length > 0 && bytes.length <= MAX_IMPORTED_PDF_BYTES),
    title: z.string().trim().min(1).max(500),
  })
  .strict();
