/**
 * Paper → electronic: the prepared PDF/A-2b of the scans gets the verification clause of
 * § 25 odst. 1 zákona 300/2008 Sb. (form per vyhláška 193/2009 Sb.) as its last page,
 * with a box where the converting person's qualified signature will show (they sign the
 * result afterwards with signPdf; nothing here signs). The scan pages are not touched:
 * pdf-lib keeps their image streams as they were read, so the JPEG data passes through.
 */
import type { PDFDocument } from 'pdf-lib';
import type { PaperToElectronicClause } from '../../../../common/contract/conversion';
import type { SignatureBox } from '../../../../common/domain/letter';
import type { FontSet } from '../../pdf/fonts';
import { mm } from '../../pdf/pen';
import type { ColorProfile } from '../../pdf/pdfa/colorProfile';
import { firstRefusal, refusalError } from '../../pdf/pdfa/import/refusals';
import { inspectObjects } from '../../pdf/pdfa/import/inspect';
import { savePdfA } from '../../pdf/pdfa/savePdfA';
import { stripInvisible } from '../../pdf/textSafety';
import {
  converterAndNumber,
  dateAndPerson,
  fixedItem,
  statement,
  userItem,
  type ClauseContent,
} from './clauseBlocks';
import { appendClausePage, CLAUSE_MARGIN } from './clausePage';
import { openInputPdf } from './openInputPdf';

export interface ClauseDeps {
  fonts: FontSet;
  colorProfile: ColorProfile;
  now: () => Date;
}

export interface FinishedPaperToElectronic {
  /** PDF/A-2b: the scan pages and the clause page, ready to be signed. */
  pdf: Uint8Array;
  pages: number;
  /** Where the converting person's visible signature goes, on the clause page (0-based). */
  signatureBox: SignatureBox;
}

export const PAPER_TO_ELECTRONIC_HEADING =
  'Ověřovací doložka konverze z listinné do elektronické podoby dokumentu';

/** Room for the visible signature block (two or three lines of it). */
const SIGNATURE = { width: mm(85), height: mm(24), gap: 6 };

/** The clause's wording, point by point of § 25 odst. 1 písm. a)–g); h) is the signature. */
export function paperToElectronicContent(clause: PaperToElectronicClause): ClauseContent {
  const lost = clause.lostElement;
  return {
    heading: PAPER_TO_ELECTRONIC_HEADING,
    blocks: [
      ...converterAndNumber(clause),
      statement(
        'Ověřuji, že obsah tohoto dokumentu v elektronické podobě (výstupu konverze) odpovídá obsahu dokumentu v listinné podobě (vstupu konverze), z něhož byl převeden.',
      ),
      fixedItem('Počet listů vstupu:', String(clause.inputSheets)),
      lost.lost
        ? userItem(
            'Vstup obsahuje viditelný prvek, který nelze plně přenést na výstup:',
            lost.description ?? '',
            'popis prvku, který nelze přenést',
          )
        : statement(
            'Vstup neobsahuje viditelný prvek, který by nebylo možné plně přenést na výstup.',
          ),
      ...dateAndPerson(clause),
      fixedItem('Kvalifikovaný elektronický podpis osoby, která konverzi provedla:', ''),
    ],
  };
}

function setClauseMetadata(doc: PDFDocument, clause: PaperToElectronicClause, now: Date): void {
  doc.setSubject(
    `Autorizovaná konverze z listinné do elektronické podoby, ověřovací doložka č. ${stripInvisible(clause.number)}`,
  );
  const pid = stripInvisible(clause.pid ?? '');
  doc.setKeywords(['autorizovaná konverze', ...(pid ? [`PID ${pid}`] : [])]);
  doc.setModificationDate(now);
}

/** The clause page appended to the prepared scans; refusals are Czech ServiceErrors. */
export async function finishPaperToElectronic(
  input: { pdf: Uint8Array; clause: PaperToElectronicClause },
  deps: ClauseDeps,
): Promise<FinishedPaperToElectronic> {
  const doc = await openInputPdf(input.pdf);
  // A file that was not made by buildScanPdf could hold what PDF/A forbids; savePdfA
  // would then fail as if it were our bug.
  const refusal = firstRefusal(inspectObjects(doc.context).refusals);
  if (refusal) throw refusalError(refusal);
  const drawn = await appendClausePage(
    doc,
    deps.fonts,
    paperToElectronicContent(input.clause),
    SIGNATURE.gap + SIGNATURE.height,
  );
  const pages = doc.getPageCount();
  const signatureBox: SignatureBox = {
    page: pages - 1,
    x: CLAUSE_MARGIN,
    y: drawn.bottom - SIGNATURE.gap - SIGNATURE.height,
    width: SIGNATURE.width,
    height: SIGNATURE.height,
  };
  setClauseMetadata(doc, input.clause, deps.now());
  const pdf = await savePdfA(doc, { part: 2, colorProfile: deps.colorProfile });
  return { pdf, pages, signatureBox };
}
