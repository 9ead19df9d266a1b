import type { Catalog } from '../../catalog';
import type { stamp as cs } from '../cs/stamp';

export const stamp: Catalog<typeof cs> = {
  title: 'Intake stamp — {{referenceNumber}}',
  loading: 'Preparing the stamp…',
  preview: 'Intake stamp {{referenceNumber}}',
  save: 'Save PDF',
  print: 'Print',
  saved: 'The intake stamp was saved.',
  size: 'Label size {{width}} × {{height}} mm; printed at its actual size.',
};
