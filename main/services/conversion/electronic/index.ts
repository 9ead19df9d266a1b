/** Electronic → paper: examining the input's signatures and the printable output with its clause. */
export { examineElectronic, type ExamineDeps } from './examineElectronic';
export {
  renderElectronicToPaper,
  electronicToPaperContent,
  ELECTRONIC_TO_PAPER_HEADING,
  type ElectronicToPaperDeps,
} from './electronicToPaper';
export { examinationOf, isSeal } from './examination';
export { needsConfirmation } from '../../../../common/domain/conversionRules';
export { sheetsOf } from './sheets';
