/**
 * Electronic → paper: the input's pages as they print and the verification clause of
 * § 25 odst. 2 zákona 300/2008 Sb. (form per vyhláška 193/2009 Sb.) as the last page,
 * with the space for the handwritten signature and the official stamp, as one PDF/A-2b
 * to print. Main verifies the input itself, here: the clause states what main found,
 * whatever the renderer was shown before.
 */
import { PDFName, rgb, type PDFDocument, type PDFPage } from 'pdf-lib';
import {
  CONVERSION_LIMITS,
  type ElectronicInputExamination,
  type ElectronicToPaperClauseInput,
  type PrintableConversion,
} from '../../../../common/contract/conversion';
import { createDocument } from '../../pdf/documentInfo';
import type { FontSet } from '../../pdf/fonts';
import { mm, type Pen } from '../../pdf/pen';
import type { ColorProfile } from '../../pdf/pdfa/colorProfile';
import {
  contentStreamsOf,
  decodeStream,
  deviceColorsIn,
} from '../../pdf/pdfa/import/contentColors';
import { inspectObjects } from '../../pdf/pdfa/import/inspect';
import { firstRefusal, refusalError, type Refusal } from '../../pdf/pdfa/import/refusals';
import { savePdfA } from '../../pdf/pdfa/savePdfA';
import { stripInvisible } from '../../pdf/textSafety';
import type { VerifyPdfOptions } from '../../signing/verify';
import {
  converterAndNumber,
  dateAndPerson,
  fixedItem,
  foreignItem,
  statement,
  type ClauseBlock,
  type ClauseContent,
} from '../clauses/clauseBlocks';
import { clauseDate, clauseDateTime, clauseSerial } from '../clauses/clauseFormat';
import { appendClausePage, CLAUSE_MARGIN } from '../clauses/clausePage';
import { invalidNotConfirmed, outputTooManyPages } from '../clauses/errors';
import { openInputPdf } from '../clauses/openInputPdf';
import { needsConfirmation } from '../../../../common/domain/conversionRules';
import { examineOpened } from './examineElectronic';
import { copyPrintablePages } from './printablePages';
import { problemText } from './problemTexts';
import { sheetsOf } from './sheets';

export interface ElectronicToPaperDeps {
  fonts: FontSet;
  colorProfile: ColorProfile;
  trust: VerifyPdfOptions['trust'];
  now: () => Date;
}

export const ELECTRONIC_TO_PAPER_HEADING =
  'Ověřovací doložka konverze z elektronické do listinné podoby dokumentu';

/** The two empty fields under the clause: for the signature and for the official stamp. */
const HAND = { width: mm(70), height: mm(38), gap: mm(10), label: 8, labelGap: 4, top: 10 };

/** The sentences of písm. f) and g) about the signature or seal and the timestamp. */
function signatureBlocks(examination: ElectronicInputExamination, checkedAt: Date): ClauseBlock[] {
  const blocks: ClauseBlock[] = [];
  const sealed = examination.kind === 'sealed';
  if (examination.kind === 'none') {
    blocks.push(
      statement('Vstup nebyl podepsán elektronickým podpisem ani zapečetěn elektronickou pečetí.'),
    );
  } else {
    const what = sealed ? 'zapečetěn elektronickou pečetí' : 'podepsán elektronickým podpisem';
    const certificate = examination.qualified
      ? sealed
        ? 'založenou na kvalifikovaném certifikátu'
        : 'založeným na kvalifikovaném certifikátu'
      : sealed
        ? 'jejíž certifikát se neprokazuje jako kvalifikovaný'
        : 'jehož certifikát se neprokazuje jako kvalifikovaný';
    const joint = examination.qualified ? ' ' : ', ';
    blocks.push(
      statement(`Vstup byl ${what}${joint}${certificate}.`),
      foreignItem(
        'Sériové číslo certifikátu:',
        clauseSerial(examination.certificate?.serialNumber ?? 'neuvedeno'),
      ),
      foreignItem(
        'Certifikát vydal (poskytovatel služeb vytvářejících důvěru):',
        examination.provider ?? 'neuvedeno',
      ),
      foreignItem(
        sealed ? 'Pečetící osoba:' : 'Podepisující osoba:',
        examination.signer ?? 'neuvedeno',
      ),
    );
  }
  const stamp = examination.timestamp;
  if (stamp) {
    blocks.push(
      fixedItem('Vstup byl opatřen časovým razítkem — datum a čas:', clauseDateTime(stamp.time)),
      foreignItem('Číslo časového razítka:', clauseSerial(stamp.serialNumber)),
      foreignItem('Časové razítko vydal:', stamp.provider),
    );
  } else {
    blocks.push(statement('Vstup nebyl opatřen časovým razítkem.'));
  }
  const checked = clauseDate(checkedAt.toISOString());
  if (examination.valid) {
    const what = sealed ? 'Pečeť' : 'Podpis';
    blocks.push(
      statement(
        stamp
          ? `${what} i časové razítko byly ověřeny dne ${checked} jako platné.`
          : sealed
            ? `Pečeť byla ověřena dne ${checked} jako platná.`
            : `Podpis byl ověřen dne ${checked} jako platný.`,
      ),
    );
  } else if (needsConfirmation(examination)) {
    blocks.push(
      fixedItem(
        `Ověření dne ${checked} nebylo úspěšné:`,
        `${examination.problems.map(problemText).join('; ')}.`,
      ),
      statement('Konverze byla provedena, přestože ověření nebylo úspěšné.'),
    );
  } else if (stamp?.valid) {
    blocks.push(statement(`Časové razítko bylo ověřeno dne ${checked} jako platné.`));
  }
  return blocks;
}

/** The clause's wording, point by point of § 25 odst. 2 písm. a)–h). */
export function electronicToPaperContent(
  clause: ElectronicToPaperClauseInput,
  examination: ElectronicInputExamination,
  printout: { pages: number; sheets: number },
  checkedAt: Date,
): ClauseContent {
  const sides = clause.duplex ? 'oboustranný tisk' : 'jednostranný tisk';
  return {
    heading: ELECTRONIC_TO_PAPER_HEADING,
    blocks: [
      ...converterAndNumber(clause),
      statement(
        'Ověřuji, že obsah tohoto dokumentu v listinné podobě (výstupu konverze) odpovídá obsahu dokumentu v elektronické podobě (vstupu konverze), z něhož byl převeden.',
      ),
      fixedItem(
        'Počet listů výstupu:',
        `${printout.sheets} (stran: ${printout.pages}, ${sides}, včetně této doložky)`,
      ),
      ...signatureBlocks(examination, checkedAt),
      ...dateAndPerson(clause),
    ],
  };
}

/** Two framed empty fields side by side, labelled below: "podpis", "otisk úředního razítka". */
function drawHandFields(page: PDFPage, pen: Pen, top: number): void {
  const y = top - HAND.top - HAND.height;
  const fields = [
    { x: CLAUSE_MARGIN, label: 'podpis' },
    { x: CLAUSE_MARGIN + HAND.width + HAND.gap, label: 'otisk úředního razítka' },
  ];
  for (const field of fields) {
    page.drawRectangle({
      x: field.x,
      y,
      width: HAND.width,
      height: HAND.height,
      borderColor: rgb(0.45, 0.45, 0.45),
      borderWidth: 0.6,
    });
    const width = pen.width(field.label, HAND.label, 'regular');
    const baseline = y - HAND.labelGap - pen.face('regular').ascent * HAND.label;
    pen.draw(
      page,
      field.label,
      field.x + (HAND.width - width) / 2,
      baseline,
      HAND.label,
      'regular',
    );
  }
}

const HAND_RESERVE = HAND.top + HAND.height + HAND.labelGap + HAND.label * 1.3;

/**
 * Device colours must match the sRGB output intent the printout gets (as the PDF/A import
 * requires); CMYK page content without a CMYK profile is refused, as there.
 */
function cmykRefusal(doc: PDFDocument, named: boolean): Refusal | undefined {
  let cmyk = named;
  for (const stream of contentStreamsOf(doc)) {
    if (cmyk) break;
    try {
      cmyk = deviceColorsIn(decodeStream(stream)).deviceCMYK;
    } catch {
      return { kind: 'unsupported', feature: 'obsah stránky, který nelze dekódovat' };
    }
  }
  return cmyk
    ? { kind: 'unsupported', feature: 'barvy CMYK bez barevného profilu CMYK' }
    : undefined;
}

export async function renderElectronicToPaper(
  input: { pdf: Uint8Array; clause: ElectronicToPaperClauseInput },
  deps: ElectronicToPaperDeps,
): Promise<PrintableConversion> {
  const checkedAt = deps.now();
  // One parse serves the examination and the copy of the pages.
  const source = await openInputPdf(input.pdf);
  const examination = await examineOpened(input.pdf, source, {
    trust: deps.trust,
    now: checkedAt,
  });
  if (needsConfirmation(examination) && !input.clause.confirmedInvalid) throw invalidNotConfirmed();
  const pages = examination.pages + 1;
  if (pages > CONVERSION_LIMITS.pages) throw outputTooManyPages(pages, CONVERSION_LIMITS.pages);

  const number = stripInvisible(input.clause.number);
  const out = await createDocument({
    title: `Listinný výstup konverze, ověřovací doložka č. ${number}`,
    author: input.clause.body,
    subject: 'Autorizovaná konverze z elektronické do listinné podoby',
    createdAt: checkedAt,
  });
  await copyPrintablePages(source, out);
  // What PDF/A forbids in the input's pages (fonts not embedded, transparency, …) cannot
  // go into the printout either: refused with the PDF/A import's Czech reasons.
  const inspection = inspectObjects(out.context);
  const refusal = firstRefusal(inspection.refusals) ?? cmykRefusal(out, inspection.deviceCMYK);
  if (refusal) throw refusalError(refusal);

  const sheets = sheetsOf(pages, input.clause.duplex);
  const content = electronicToPaperContent(input.clause, examination, { pages, sheets }, checkedAt);
  const drawn = await appendClausePage(out, deps.fonts, content, HAND_RESERVE);
  drawHandFields(drawn.page, drawn.pen, drawn.bottom);
  out.catalog.delete(PDFName.of('AcroForm'));
  const pdf = await savePdfA(out, { part: 2, colorProfile: deps.colorProfile });
  return { pdf, pages, sheets, examination };
}
