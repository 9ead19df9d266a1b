import type { RenderedLetter } from '../../../common/contract/letters';
import type { LetterContent, LetterTemplate } from '../../../common/letters/model';
import { createDocument } from './documentInfo';
import { fileNamePart } from './fileNames';
import { LetterBody } from './letterBody';
import { drawAddress, drawLetterhead, drawReferences } from './letterFirstPage';
import { PageFlow } from './letterFlow';
import { embedLetterFonts, type LetterAssets } from './letterFonts';
import { drawFoldMarks, drawFooter, drawRunningHead } from './letterFrame';
import { BODY, PAGE } from './letterGeometry';
import { embedLogo, prepareLogo } from './letterLogo';
import { LetterPen } from './letterPen';
import { prepareLetter } from './letterPrepare';
import { savePdfA } from './pdfa/savePdfA';

export type { SignatureBox } from './letterBody';
export type { RenderedLetter };

export function letterFileName(ourRef: string): string {
  return `dopis-${fileNamePart(ourRef, 'bez-cisla')}.pdf`;
}

/**
 * An outgoing letter on A4 in the spirit of ČSN 01 6910: letterhead, the address in
 * the envelope window, reference data, "Věc:", the body text over as many pages as it
 * takes ("Strana 1 z 3", the reference number atop later pages), the signature block
 * with its box for a visible signature, and the attachments. Saved as PDF/A-2b. Input is validated and
 * every character checked against the font before anything is drawn.
 */
export async function renderLetter(
  template: LetterTemplate,
  content: LetterContent,
  assets: LetterAssets,
  now: Date,
): Promise<RenderedLetter> {
  const { fonts } = assets;
  const letter = prepareLetter(template, content, fonts);
  const logo = letter.logo ? prepareLogo(letter.logo) : null;

  const doc = await createDocument({
    title: `Dopis ${letter.ourRef} – ${letter.subject}`,
    author: letter.organizationName,
    subject: letter.subject,
    createdAt: now,
  });
  const pen = new LetterPen(fonts, await embedLetterFonts(doc, fonts, letter.styles));
  const first = doc.addPage([PAGE.width, PAGE.height]);
  drawLetterhead(first, pen, letter, logo ? await embedLogo(doc, logo) : null);
  drawAddress(first, pen, letter.addressLines, letter.layout);
  const textTop = drawReferences(first, pen, letter, BODY.leading);

  const flow = new PageFlow(doc, first, textTop);
  const body = new LetterBody(flow, pen, fonts, letter);
  body.subject();
  body.heading();
  body.blocks(letter.blocks);
  const signatureBox = body.signature();
  body.attachments();

  const pages = flow.pages.length;
  flow.pages.forEach((page, index) => {
    if (index === 0 && letter.layout.foldMarks) drawFoldMarks(page);
    if (index > 0) drawRunningHead(page, pen, letter);
    drawFooter(page, pen, letter, index, pages);
  });

  const pdf = await savePdfA(doc, { part: 2, colorProfile: assets.colorProfile });
  return { pdf, fileName: letterFileName(letter.ourRef), pages, signatureBox };
}
