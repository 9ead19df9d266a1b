import type { Catalog } from '../../catalog';
import type { filePlan as cs } from '../cs/filePlan';

export const filePlan: Catalog<typeof cs> = {
  title: 'File plan',
};
