import type { Catalog } from '../../catalog';
import type { caseFiles as cs } from '../cs/caseFiles';

export const caseFiles: Catalog<typeof cs> = {
  title: 'Case files',
};
