/** The verification clause of paper → electronic conversion, and what the clauses share. */
export {
  finishPaperToElectronic,
  paperToElectronicContent,
  PAPER_TO_ELECTRONIC_HEADING,
  type ClauseDeps,
  type FinishedPaperToElectronic,
} from './paperToElectronic';
export { appendClausePage, A4, CLAUSE_MARGIN } from './clausePage';
export type { ClauseBlock, ClauseContent } from './clauseBlocks';
export { openInputPdf } from './openInputPdf';
