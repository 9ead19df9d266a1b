/**
 * Změna datového formátu (§ 69a zákona č. 499/2004 Sb.): a component of a document in the
 * records management becomes PDF/A-2b, the output format, and gets the clause of § 24
 * vyhlášky č. 259/2012 Sb. as its last page. The original stays in the record beside it
 * (the caller keeps it); nothing here changes it.
 *
 * The clause's content, as we read § 24 of the vyhláška (from our knowledge of the text
 * as amended, not checked against the Sbírka here): the original data format, the output
 * data format, the date of the change, the name of the person who made it, and the
 * statement that the content of the document stayed complete. Where the input bore a
 * signature, seal or timestamp, § 69a also wants the result of their verification
 * recorded; signed PDFs are refused by the PDF import (the rewrite would break their
 * signatures), so that case does not arise here. We add the name of the body
 * (veřejnoprávní původce) so the clause says who made the change, as the § 25 clauses do.
 */
import { PDFDocument } from 'pdf-lib';
import type { FormatChangeClause, FormatChanged } from '../../../../common/contract/conversion';
import type { FontSet } from '../../pdf/fonts';
import type { ColorProfile } from '../../pdf/pdfa/colorProfile';
import { importPdfAsPdfA } from '../../pdf/pdfa/import/importPdf';
import { savePdfA } from '../../pdf/pdfa/savePdfA';
import { stripInvisible } from '../../pdf/textSafety';
import { clauseDate } from '../clauses/clauseFormat';
import {
  fixedItem,
  foreignItem,
  statement,
  userItem,
  type ClauseContent,
} from '../clauses/clauseBlocks';
import { appendClausePage } from '../clauses/clausePage';
import { formatEmpty, formatUnsupported } from '../clauses/errors';
import { detectFormat } from './detectFormat';
import { textToPdfA } from './textToPdfA';

/** Images to PDF/A-2b, one page per image (or TIFF directory); main/services/conversion/scans. */
export type ImagesToPdfA = (
  files: { name: string; bytes: Uint8Array }[],
  deps: { colorProfile: ColorProfile; now: () => Date },
) => Promise<{ pdf: Uint8Array; pages: number; notices: string[] }>;

export interface FormatChangeDeps {
  fonts: FontSet;
  colorProfile: ColorProfile;
  now: () => Date;
  imagesToPdfA: ImagesToPdfA;
}

export interface FormatChangeInput {
  bytes: Uint8Array;
  name: string;
  mime: string;
  clause: FormatChangeClause;
}

export const FORMAT_CHANGE_HEADING = 'Doložka o změně datového formátu';
export const OUTPUT_FORMAT = 'PDF/A-2b (ISO 19005-2, úroveň shody B)';

export function formatChangeContent(
  clause: FormatChangeClause,
  file: { name: string; originalFormat: string },
): ClauseContent {
  return {
    heading: FORMAT_CHANGE_HEADING,
    blocks: [
      userItem('Veřejnoprávní původce, který změnu provedl:', clause.body, 'název původce'),
      foreignItem('Převedený soubor:', file.name),
      fixedItem('Původní datový formát:', file.originalFormat),
      fixedItem('Výstupní datový formát:', OUTPUT_FORMAT),
      statement(
        'Obsah dokumentu byl převeden úplně; změnou datového formátu nedošlo ke změně ani ke ztrátě jeho obsahu.',
      ),
      fixedItem('Datum změny datového formátu:', clauseDate(clause.changedAt)),
      userItem(
        'Jméno a příjmení osoby, která změnu datového formátu provedla:',
        clause.person,
        'jméno a příjmení',
      ),
    ],
  };
}

/** The input as PDF/A-2b without the clause, with what the conversion changed. */
async function convert(
  input: FormatChangeInput,
  deps: FormatChangeDeps,
  now: Date,
): Promise<{ pdf: Uint8Array; changes: string[]; originalFormat: string }> {
  if (input.bytes.byteLength === 0) throw formatEmpty();
  const format = detectFormat(input.bytes, { name: input.name, mime: input.mime });
  const title = stripInvisible(input.name) || 'Dokument';
  switch (format.kind) {
    case 'pdf': {
      // Its refusals (encrypted, scripts, signed, …) are the PDF import's Czech errors.
      const imported = await importPdfAsPdfA(
        input.bytes,
        { title, author: input.clause.body, importedAt: now },
        deps.colorProfile,
      );
      return { pdf: imported.pdf, changes: imported.changes, originalFormat: format.name };
    }
    case 'image': {
      const built = await deps.imagesToPdfA([{ name: input.name, bytes: input.bytes }], {
        colorProfile: deps.colorProfile,
        now: () => now,
      });
      return { pdf: built.pdf, changes: built.notices, originalFormat: format.name };
    }
    case 'text': {
      const rendered = await textToPdfA(
        format.text,
        { title, author: input.clause.body },
        { fonts: deps.fonts, colorProfile: deps.colorProfile, now },
      );
      return { pdf: rendered.pdf, changes: rendered.changes, originalFormat: format.name };
    }
    case 'unsupported':
      throw formatUnsupported(format.name);
  }
}

export async function changeFormat(
  input: FormatChangeInput,
  deps: FormatChangeDeps,
): Promise<FormatChanged> {
  const now = deps.now();
  const converted = await convert(input, deps, now);
  // Our own PDF/A from the step before: it loads, and savePdfA keeps it PDF/A.
  const doc = await PDFDocument.load(converted.pdf, { updateMetadata: false });
  await appendClausePage(
    doc,
    deps.fonts,
    formatChangeContent(input.clause, {
      name: input.name,
      originalFormat: converted.originalFormat,
    }),
  );
  if (!doc.getSubject())
    doc.setSubject('Změna datového formátu podle § 69a zákona č. 499/2004 Sb.');
  doc.setModificationDate(now);
  const pdf = await savePdfA(doc, { part: 2, colorProfile: deps.colorProfile });
  return {
    pdf,
    pages: doc.getPageCount(),
    originalFormat: converted.originalFormat,
    changes: [
      ...converted.changes,
      `Připojena doložka o změně datového formátu (${converted.originalFormat} → ${OUTPUT_FORMAT}) jako poslední strana.`,
    ],
  };
}
