import type { Catalog } from '../../catalog';
import type { recordsOffice as cs } from '../cs/recordsOffice';

export const recordsOffice: Catalog<typeof cs> = {
  title: 'Records office',
};
